// What the command line prints, as pure functions of a critique: the report a
// person reads, the line a batch writes, the errors of a brand file. No I/O
// here, so the wording is tested without starting a process.
import { CATALOGS, ELEMENTS, describeSource } from '../index';
import type {
  BrandError,
  Critique,
  Element,
  Evidence,
  Finding,
  Genre,
  Lang,
  Severity,
  Status,
  Verdict,
} from '../index';

/** Exit statuses, documented in --help. */
export const EXIT = { ok: 0, blocker: 1, usage: 2 } as const;

/** Whether a pipeline should stop on this critique (`blocker` severity, whatever the brand's policy says). */
export function hasBlocker(critique: Critique): boolean {
  return critique.findings.some((f) => f.severity === 'blocker');
}

export interface ReportOptions {
  /** ANSI colours, for a terminal only: a file or a pipe gets plain text. */
  color: boolean;
}

const ANSI = { red: 31, green: 32, yellow: 33, cyan: 36, bold: 1, dim: 2 } as const;
type Paint = keyof typeof ANSI;

const STATUS_MARK: Record<Status, { mark: string; paint: Paint }> = {
  present: { mark: '✔', paint: 'green' },
  weak: { mark: '~', paint: 'yellow' },
  missing: { mark: '✘', paint: 'red' },
};
const SEVERITY_PAINT: Record<Severity, Paint> = { blocker: 'red', warning: 'yellow', suggestion: 'cyan' };
const VERDICT_PAINT: Record<Verdict, Paint> = {
  ready: 'green',
  'needs-work': 'yellow',
  'posting-for-posting-sake': 'red',
  empty: 'dim',
};
/** Evidence quoted after a brief item; more would bury the checklist. */
const MAX_EVIDENCE = 3;

// French puts a no-break space before a colon and inside guillemets.
const colon = (lang: Lang) => (lang === 'fr' ? '\u00a0: ' : ': ');
const quote = (lang: Lang, words: string) => (lang === 'fr' ? `«\u00a0${words}\u00a0»` : `“${words}”`);

/** 1-based line and column (in characters as a person counts them) of an offset. */
export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: [...lines[lines.length - 1]!].length + 1 };
}

// Line breaks inside a quote would break the layout of the report.
const oneLine = (words: string) => words.replace(/\s*\n\s*/g, ' ⏎ ');

/** The report a person reads, in the critique's message language. */
export function formatReport(critique: Critique, text: string, options: ReportOptions): string {
  const lang = critique.locale;
  const catalog = CATALOGS[lang];
  const words = catalog.report;
  const paint = (style: Paint, s: string) => (options.color ? `\x1b[${ANSI[style]}m${s}\x1b[0m` : s);
  const label = (word: string) => word + colon(lang);
  const out: string[] = [];

  out.push(
    `${paint('bold', paint(VERDICT_PAINT[critique.verdict], catalog.verdicts[critique.verdict]))} — ${label(words.score)}${critique.score}/100`,
  );
  // An empty draft has no genre, language or brief to speak of: the verdict says it all.
  if (critique.verdict === 'empty') return out.join('\n') + '\n';
  out.push(`${label(words.genre)}${catalog.genres[critique.genre]} · ${label(words.language)}${critique.lang}`);
  if (critique.confidence) out.push(paint('dim', critique.confidence.message));

  if (critique.notices.length) {
    out.push('', paint('bold', label(words.notices).trimEnd()));
    for (const notice of critique.notices) out.push(`  • ${notice.message}`);
  }

  out.push('', paint('bold', label(words.brief).trimEnd()));
  for (const element of ELEMENTS) {
    const item = critique.brief[element];
    const { mark, paint: style } = STATUS_MARK[item.status];
    const seen = [...new Set(item.evidence.map((e: Evidence) => oneLine(e.text)))].slice(0, MAX_EVIDENCE);
    const shown = seen.length ? `${colon(lang)}${seen.map((w) => quote(lang, w)).join(', ')}` : '';
    out.push(
      `  ${paint(style, mark)} ${catalog.names.elements[element]} (${catalog.statuses[item.status]})${paint('dim', shown)}`,
    );
    if (item.status !== 'present') {
      if (item.question) out.push(`      ${item.question}`);
      if (item.example) out.push(`      ${label(words.example)}${quote(lang, item.example)}`);
    }
  }

  if (critique.sources?.length) {
    out.push('', paint('bold', label(catalog.links.heading).trimEnd()));
    for (const source of critique.sources) {
      const said = describeSource(source, lang);
      out.push(`  • ${said.name} — ${said.status}`);
      if (said.name !== source.url) out.push(`      ${paint('dim', source.url)}`);
      for (const detail of said.details) out.push(`      ${detail}`);
    }
  }

  out.push('');
  if (!critique.findings.length) {
    out.push(`${paint('bold', label(words.findings))}${words.none}`);
  } else {
    out.push(paint('bold', label(`${words.findings} (${critique.findings.length})`).trimEnd()));
    // The reason and the fix are the rule's, not the finding's: said once per rule.
    const explained = new Set<string>();
    for (const finding of critique.findings) {
      out.push(...formatFinding(finding, text, lang, paint, !explained.has(finding.rule)));
      explained.add(finding.rule);
    }
  }
  return out.join('\n') + '\n';
}

function formatFinding(
  finding: Finding,
  text: string,
  lang: Lang,
  paint: (style: Paint, s: string) => string,
  explain: boolean,
): string[] {
  const catalog = CATALOGS[lang];
  const name = catalog.rules[finding.rule]?.name ?? finding.rule;
  const severity = paint(SEVERITY_PAINT[finding.severity], `[${catalog.severities[finding.severity]}]`);
  const out = [`  ${severity} ${name} (${finding.rule})`, `      ${finding.message}`];
  if (finding.start !== undefined) {
    const { line, column } = position(text, finding.start);
    const words = finding.quote ?? text.slice(finding.start, finding.end);
    out.push(`      ${paint('dim', `${line}:${column}`)} ${quote(lang, oneLine(words))}`);
  }
  if (explain) {
    out.push(`      ${catalog.report.why}${colon(lang)}${finding.reason}`);
    out.push(`      ${catalog.report.fix}${colon(lang)}${finding.suggestion}`);
  }
  return out;
}

export interface JsonlFinding {
  rule: string;
  severity: Severity;
  /** `null` for whole-draft findings, so that every line has the same keys. */
  start: number | null;
  end: number | null;
}

/** One output line of `--jsonl`, keys in the documented order. */
export interface JsonlRecord {
  id: string;
  lang: string;
  genre: Genre;
  verdict: Verdict;
  score: number;
  findings: JsonlFinding[];
  missing: Element[];
  /** With --fetch-links: each linked page, read or not. */
  sources?: {
    url: string;
    state: string;
    pressRelease: boolean | null;
    copiedShare: number | null;
    dump: boolean;
    problem?: string;
  }[];
}

/** The output line of an input line that could not be read. */
export interface JsonlError {
  id: null;
  line: number;
  error: string;
}

export function toJsonlRecord(id: string, critique: Critique): JsonlRecord {
  return {
    id,
    lang: critique.lang,
    genre: critique.genre,
    verdict: critique.verdict,
    score: critique.score,
    findings: critique.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      start: f.start ?? null,
      end: f.end ?? null,
    })),
    missing: ELEMENTS.filter((e) => critique.brief[e].status === 'missing'),
    ...(critique.sources
      ? {
          sources: critique.sources.map((s) => ({
            url: s.url,
            state: s.state,
            pressRelease: s.pressRelease ?? null,
            copiedShare: s.copiedShare ?? null,
            dump: s.dump ?? false,
            ...(s.problem ? { problem: s.problem.kind } : {}),
          })),
        }
      : {}),
  };
}

/** `FILE:LINE: PATH: MESSAGE`, the form editors and CI logs link to the line. */
export function formatBrandErrors(file: string, errors: readonly BrandError[]): string[] {
  return errors.map((e) => `${file}${e.line === undefined ? '' : `:${e.line}`}: ${e.path}: ${e.message}`);
}
