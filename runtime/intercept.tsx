// The pre-publish check. Capture-phase listeners on `window`, registered at
// document_start, run before the sites' React handlers (docs/composers.md §5.3): a
// Post click or a send shortcut is held only when the draft's critique reaches
// the brand's blocking level, and anything that goes wrong lets it through.
// A critique still on its way is waited for, two seconds at most, and the page
// says so (issue 11); a worker that cannot answer lets the post through at once.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ELEMENTS, type Critique } from '../analyzers/types';
import { CheckingNote } from '../components/CheckingNote';
import { PublishCheck } from '../components/PublishCheck';
import { readComposer } from '../utils/composers/read';
import { MESSAGE, type RecordRequest } from '../utils/messages';
import type { Decision, DraftRecord, OverrideReason } from '../utils/records';
import { CHECK_TIMEOUT_MS, type Session, type Tracked } from './session';
import { createHost, siteTheme, type Host } from './ui';

interface Held {
  /** What the user did, to do it again if the post goes out. */
  replay: () => void;
  /** Every draft this action publishes (a thread has several). */
  drafts: Tracked[];
  /** The button that publishes, if any: the note that the check is waiting goes beside it. */
  button?: HTMLElement | undefined;
}

/** True while Whypost itself re-fires the site's action: its own events pass. */
let bypass = false;

/** Drafts whose check is under way: pressing Post again waits for that check instead of posting twice. */
const underCheck = new WeakSet<Tracked>();

function disabled(button: HTMLElement | undefined): boolean {
  if (!button) return false;
  return button.getAttribute('aria-disabled') === 'true' || (button as HTMLButtonElement).disabled === true;
}

/** The action an event stands for, if it publishes a tracked draft. */
function publishingAction(session: Session, event: Event): Held | null {
  // Inside an open shadow root (LinkedIn's share box, docs/composers.md §8.1) the event reaches
  // `window` retargeted to the host; its composed path still starts where it happened.
  const target = event.composedPath()[0] ?? event.target;
  if (event instanceof KeyboardEvent) {
    if (event.key !== 'Enter' || event.isComposing) return null;
    const found = session.composerForTarget(target);
    if (!found || found.via !== 'editor') return null;
    const t = found.tracked;
    // No key is known to publish on LinkedIn (docs/composers.md §8.2): only its buttons are checked.
    if (t.match.platform === 'linkedin') return null;
    const command = event.ctrlKey || event.metaKey;
    // X sends on Ctrl/Cmd+Enter; a Facebook comment or reply box on a bare Enter (docs/composers.md §5.5).
    const sends =
      command || (t.match.platform === 'facebook' && t.match.kind !== 'post' && !event.shiftKey && !event.altKey);
    if (!sends) return null;
    const button = t.match.sendButtons().find((b) => !disabled(b));
    const drafts = button ? session.siblings(button) : [t];
    return {
      drafts: drafts.length ? drafts : [t],
      button: button ?? t.match.sendButtons()[0],
      // Clicking the send button is the reliable way to resend (docs/composers.md §5.4).
      replay: () => {
        if (button) button.click();
        else
          t.match.editor.dispatchEvent(
            new KeyboardEvent('keydown', {
              key: 'Enter',
              code: 'Enter',
              ctrlKey: command,
              bubbles: true,
              cancelable: true,
            }),
          );
      },
    };
  }
  const found = session.composerForTarget(target);
  if (!found || found.via !== 'button' || disabled(found.button)) return null;
  const button = found.button!;
  const drafts = session.siblings(button);
  return { drafts: drafts.length ? drafts : [found.tracked], button, replay: () => button.click() };
}

async function record(
  session: Session,
  t: Tracked,
  critique: Critique | null,
  decision: Decision,
  held: boolean,
  reason?: OverrideReason,
): Promise<string | null> {
  try {
    // The last version abandoned in this composer: this one revises it (the worker marks it `revised` once published).
    const revisionOf = t.abandoned;
    if (decision === 'published' || decision === 'published-anyway') t.abandoned = null;
    const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const account = session.account(t);
    const record: DraftRecord = {
      id,
      at: Date.now(),
      text: t.text,
      platform: session.platform,
      surface: t.match.surface,
      brandId: t.brand?.id ?? 'default',
      brand: t.brand?.name ?? 'default',
      ...(account ? { account } : {}),
      lang: critique?.lang ?? 'und',
      genre: critique?.genre ?? 'purposeful',
      verdict: critique?.verdict ?? 'ready',
      ...(critique ? { score: critique.score, brief: briefRecord(critique) } : {}),
      findings: (critique?.findings ?? []).map(
        ({ rule, category, severity, message, suggestion, start, end, quote }) => ({
          rule,
          category,
          severity,
          message,
          suggestion,
          start,
          end,
          quote,
        }),
      ),
      decision,
      ...(reason ? { reason } : {}),
      held,
      ...(revisionOf ? { revisionOf } : {}),
    };
    const answer = (await browser.runtime.sendMessage({ type: MESSAGE.record, record } satisfies RecordRequest)) as
      { ok?: boolean } | undefined;
    return answer?.ok ? id : null;
  } catch {
    // Recording is a convenience; it never stands in the way of the post.
    return null;
  }
}

function briefRecord(critique: Critique): NonNullable<DraftRecord['brief']> {
  const out = {} as NonNullable<DraftRecord['brief']>;
  for (const element of ELEMENTS) {
    const item = critique.brief[element];
    out[element] = {
      status: item.status,
      evidence: item.evidence.map((e) => e.text),
      ...(item.question ? { question: item.question } : {}),
      ...(item.example ? { example: item.example } : {}),
    };
  }
  return out;
}

function replay(held: Held): void {
  bypass = true;
  try {
    held.replay();
  } finally {
    bypass = false;
  }
}

/** Shows the check and resolves with the user's decision. */
function ask(session: Session, t: Tracked, critique: Critique): Promise<{ publish: boolean; reason?: OverrideReason }> {
  return new Promise((resolve) => {
    const host = createHost('whypost-check', siteTheme());
    host.element.style.cssText += 'inset: 0; width: 100vw; height: 100vh;';
    const done = (answer: { publish: boolean; reason?: OverrideReason }) => {
      render(null, host.container);
      host.remove();
      resolve(answer);
    };
    render(
      <PublishCheck
        critique={critique}
        lang={session.lang}
        kind={t.match.kind}
        onKeepEditing={() => done({ publish: false })}
        onPublishAnyway={(reason) => done({ publish: true, ...(reason ? { reason } : {}) })}
      />,
      host.container,
    );
  });
}

/** The live region beside the Post button, kept in the page once made so that screen readers announce it. */
let note: Host | null = null;

/** Places the note left of the button, else below it, else above it, inside the window. */
function placeNote(host: Host, button: HTMLElement): void {
  const box = host.container.querySelector<HTMLElement>('.note');
  if (!box) return;
  const b = button.getBoundingClientRect();
  const width = box.offsetWidth;
  const height = box.offsetHeight;
  const gap = 8;
  let top = b.top + (b.height - height) / 2;
  let left = b.left - width - gap;
  if (left < 0) {
    left = Math.max(0, Math.min(b.right - width, innerWidth - width));
    top = b.bottom + gap + height <= innerHeight ? b.bottom + gap : b.top - height - gap;
  }
  host.element.style.top = `${Math.round(Math.max(0, top))}px`;
  host.element.style.left = `${Math.round(left)}px`;
}

/** Says on the badges, and beside the Post button, that the check waits for the critique; returns the undo. */
function showWaiting(session: Session, held: Held): () => void {
  for (const t of held.drafts) {
    t.checking = true;
    session.renderBadge(t);
  }
  const button = held.button;
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (button?.isConnected) {
    if (!note?.element.isConnected) {
      const made = createHost('whypost-checking', siteTheme());
      session.ctx.onInvalidated(() => made.remove());
      render(<CheckingNote lang={session.lang} shown={false} />, made.container);
      note = made;
    }
    const host = note;
    // The words come after the (empty) live region is in the page: a region inserted with its words is not announced.
    timer = setTimeout(() => {
      render(<CheckingNote lang={session.lang} shown />, host.container);
      placeNote(host, button);
    }, 0);
  }
  return () => {
    clearTimeout(timer);
    if (note) render(<CheckingNote lang={session.lang} shown={false} />, note.container);
    for (const t of held.drafts) {
      t.checking = false;
      session.renderBadge(t);
    }
  };
}

async function check(session: Session, held: Held): Promise<void> {
  let published = false;
  for (const t of held.drafts) underCheck.add(t);
  try {
    const waiting = held.drafts.some((t) => !session.fresh(t));
    const stop = waiting ? showWaiting(session, held) : () => undefined;
    let critiques: (Critique | null)[];
    try {
      critiques = await Promise.all(held.drafts.map((t) => session.critiqueNow(t, CHECK_TIMEOUT_MS)));
    } finally {
      stop();
    }
    const blocking = held.drafts.findIndex((t, i) => critiques[i] !== null && session.blocks(t));
    if (blocking < 0) {
      // Nothing blocks, or no critique came in time: the post goes out as typed.
      held.drafts.forEach((t, i) => void record(session, t, critiques[i] ?? null, 'published', false));
      published = true;
      replay(held);
      return;
    }
    const t = held.drafts[blocking]!;
    const answer = await ask(session, t, critiques[blocking]!);
    held.drafts.forEach((d, i) => {
      void record(
        session,
        d,
        critiques[i] ?? null,
        answer.publish ? 'published-anyway' : 'abandoned',
        true,
        answer.reason,
      ).then((id) => {
        if (!answer.publish && id) d.abandoned = id;
      });
    });
    if (answer.publish) {
      published = true;
      replay(held);
    } else {
      t.match.editor.focus();
    }
  } catch {
    // Fail open.
    if (!published) replay(held);
  } finally {
    for (const t of held.drafts) underCheck.delete(t);
  }
}

/** Registers the capture listeners; call at document_start, before the site's own. */
export function interceptPublishing(session: Session): void {
  const onEvent = (event: Event) => {
    if (bypass || !event.isTrusted) return;
    let held: Held | null;
    try {
      held = publishingAction(session, event);
    } catch {
      return;
    }
    if (!held) return;
    // Pressed again while its check is under way: that check publishes it, once.
    if (held.drafts.some((t) => underCheck.has(t))) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    for (const t of held.drafts) {
      const text = readComposer(t.match);
      if (text !== '') t.text = text;
    }
    if (held.drafts.every((t) => t.text.trim() === '')) return;
    // A fresh critique that does not block: leave the event alone entirely.
    const fresh = held.drafts.every((t) => session.fresh(t) && !session.blocks(t));
    if (fresh) {
      for (const t of held.drafts) void record(session, t, t.critique, 'published', false);
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    void check(session, held);
  };
  session.ctx.addEventListener(window, 'click', onEvent, { capture: true });
  session.ctx.addEventListener(window, 'keydown', onEvent, { capture: true });
}
