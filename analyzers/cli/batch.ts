// `--jsonl`: one draft per input line, one result per output line, in order.
// Lines come in and go out one at a time so that a batch of any size runs in
// constant memory; the caller owns the streams (see main.ts).
import { analyze } from '../index';
import { isKind, isPlatform, PLATFORMS, type AnalyzeOptions, type Kind, type Platform } from '../index';
import { EXIT, hasBlocker, toJsonlRecord, type JsonlError } from './report';

export interface BatchDraft {
  id: string;
  text: string;
  platform?: Platform;
  kind?: Kind;
}

export type LineResult = { ok: true; draft: BatchDraft } | { ok: false; error: string };

export interface BatchSummary {
  /** Drafts analysed. */
  drafts: number;
  /** Lines that gave an error object. */
  invalid: number;
  /** Drafts with at least one finding at blocker severity. */
  blockers: number;
}

/** `"x", "facebook" or "linkedin"` */
const quotedChoices = (values: readonly string[]) =>
  values
    .map((v) => `"${v}"`)
    .join(', ')
    .replace(/, ([^,]*)$/, ' or $1');

const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Reads one non-blank input line. Keys other than these four are ignored, so producers can carry their own. */
export function parseLine(line: string): LineResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeOf(value) !== 'object') return { ok: false, error: `expected a JSON object, got ${typeOf(value)}` };
  const record = value as Record<string, unknown>;
  const { id, text, platform, kind } = record;

  if (id === undefined) return { ok: false, error: 'missing "id"' };
  if (typeof id !== 'string') return { ok: false, error: `"id" must be a string, got ${typeOf(id)}` };
  if (id === '') return { ok: false, error: '"id" must not be empty' };
  if (text === undefined) return { ok: false, error: 'missing "text"' };
  if (typeof text !== 'string') return { ok: false, error: `"text" must be a string, got ${typeOf(text)}` };

  const draft: BatchDraft = { id, text };
  if (platform !== undefined) {
    if (!isPlatform(platform))
      return { ok: false, error: `"platform" must be ${quotedChoices(PLATFORMS)}, got ${JSON.stringify(platform)}` };
    draft.platform = platform;
  }
  if (kind !== undefined) {
    if (!isKind(kind))
      return { ok: false, error: `"kind" must be "post", "reply" or "comment", got ${JSON.stringify(kind)}` };
    draft.kind = kind;
  }
  return { ok: true, draft };
}

/**
 * Critiques every line of `lines` and writes one JSON line per draft through
 * `write`, awaiting it so that a slow reader holds the batch back instead of
 * letting output pile up in memory. `options` (brand, locale, and the
 * platform and kind for lines that do not set theirs) apply to every draft.
 */
export async function runBatch(
  lines: AsyncIterable<string> | Iterable<string>,
  write: (line: string) => void | Promise<void>,
  options: AnalyzeOptions = {},
  /** What else a draft's analysis needs, found asynchronously (its linked pages with --fetch-links). */
  prepare?: (text: string) => Promise<Partial<AnalyzeOptions>>,
): Promise<BatchSummary> {
  const summary: BatchSummary = { drafts: 0, invalid: 0, blockers: 0 };
  let number = 0;
  for await (const raw of lines) {
    number++;
    // A file saved by a Windows editor may start with a byte-order mark.
    const line = number === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;

    const parsed = parseLine(line);
    let output: string;
    if (parsed.ok) {
      const { id, text, platform, kind } = parsed.draft;
      try {
        const extra = prepare ? await prepare(text) : {};
        const critique = analyze(text, {
          ...options,
          ...extra,
          platform: platform ?? options.platform,
          kind: kind ?? options.kind,
        });
        summary.drafts++;
        if (hasBlocker(critique)) summary.blockers++;
        output = JSON.stringify(toJsonlRecord(id, critique));
      } catch (error) {
        // analyze() is meant never to throw; if it does on one draft, the
        // others still deserve their results, and the status says something went wrong.
        summary.invalid++;
        output = errorLine(number, `analysis failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    } else {
      summary.invalid++;
      output = errorLine(number, parsed.error);
    }
    await write(output + '\n');
  }
  return summary;
}

function errorLine(line: number, error: string): string {
  const record: JsonlError = { id: null, line, error };
  return JSON.stringify(record);
}

/** 2 if any line was invalid, else 1 if any draft had a blocker, else 0 (as --help says). */
export function batchExitStatus(summary: BatchSummary): number {
  if (summary.invalid) return EXIT.usage;
  if (summary.blockers) return EXIT.blocker;
  return EXIT.ok;
}
