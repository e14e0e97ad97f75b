// Styles of the UI Whypost puts in the page, inside its shadow roots. Colours
// follow the site's theme (data-theme on the host), contrast at least 4.5:1.
export const STYLES = `
:host { all: initial; }
* { box-sizing: border-box; }
.wp { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); }
:host, .wp { --fg: #0f1419; --bg: #ffffff; --muted: #536471; --line: #cfd9de; --focus: #1d4ed8;
  --ready: #166534; --work: #92400e; --sake: #b91c1c; --empty: #475569; }
:host([data-theme="dark"]), :host([data-theme="dark"]) .wp { --fg: #e7e9ea; --bg: #16181c; --muted: #8b98a5; --line: #38444d;
  --focus: #93c5fd; --ready: #4ade80; --work: #fbbf24; --sake: #f87171; --empty: #94a3b8; }
button, select { font: inherit; color: inherit; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }

.badge { display: inline-flex; align-items: center; gap: 6px; padding: 3px 10px 3px 8px; border-radius: 999px;
  border: 1px solid var(--line); background: var(--bg); cursor: pointer; white-space: nowrap; max-width: 320px; }
.badge .dot { width: 10px; height: 10px; border-radius: 50%; background: var(--empty); flex: none; }
.badge[data-verdict="ready"] .dot { background: var(--ready); }
.badge[data-verdict="needs-work"] .dot { background: var(--work); }
.badge[data-verdict="posting-for-posting-sake"] .dot { background: var(--sake); }
.badge .summary { overflow: hidden; text-overflow: ellipsis; }
.badge .lang { color: var(--muted); font-size: 11px; }
.note { display: flex; align-items: center; gap: 6px; margin: 0; padding: 3px 10px 3px 8px; border-radius: 999px;
  border: 1px solid var(--line); background: var(--bg); white-space: nowrap; }
.note .dot, .badge[data-state="checking"] .dot { width: 10px; height: 10px; border-radius: 50%; flex: none;
  background: var(--focus); animation: wp-pulse 1s ease-in-out infinite alternate; }
@keyframes wp-pulse { to { opacity: .35; } }
@media (prefers-reduced-motion: reduce) { .note .dot, .badge[data-state="checking"] .dot { animation: none; } }

.card, .confirm { background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 12px;
  box-shadow: 0 8px 28px rgba(0,0,0,.25); padding: 14px 16px; width: min(420px, calc(100vw - 24px));
  max-height: min(70vh, 560px); overflow: auto; }
.card h2, .confirm h2 { margin: 0 0 4px; font-size: 15px; }
.card h3 { margin: 12px 0 6px; font-size: 13px; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
.verdict { font-weight: 600; }
.verdict[data-verdict="ready"] { color: var(--ready); }
.verdict[data-verdict="needs-work"] { color: var(--work); }
.verdict[data-verdict="posting-for-posting-sake"] { color: var(--sake); }
ul { margin: 0; padding: 0; list-style: none; }
li { margin: 0 0 8px; }
.status { font-weight: 600; }
.status[data-status="present"] { color: var(--ready); }
.status[data-status="weak"] { color: var(--work); }
.status[data-status="missing"] { color: var(--sake); }
.question, .reason { color: var(--muted); }
q { font-style: italic; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 6px; }
.actions button, .footer button { border: 1px solid var(--line); background: transparent; border-radius: 999px; padding: 3px 10px; cursor: pointer; }
.footer { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; padding-top: 10px; border-top: 1px solid var(--line); }
.close { float: right; border: none; background: transparent; cursor: pointer; font-size: 18px; line-height: 1; }
.confirm .buttons { display: flex; gap: 8px; justify-content: flex-end; margin-top: 12px; }
.confirm .primary { background: var(--fg); color: var(--bg); border: 1px solid var(--fg); border-radius: 999px; padding: 6px 14px; cursor: pointer; font-weight: 600; }
.confirm .secondary { background: transparent; border: 1px solid var(--line); border-radius: 999px; padding: 6px 14px; cursor: pointer; }
.confirm label { display: block; margin-top: 10px; color: var(--muted); }
.confirm select { display: block; margin-top: 4px; padding: 4px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); }
.backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.4); display: flex; align-items: center; justify-content: center; z-index: 2147483647; }
`;
