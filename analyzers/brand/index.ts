// Reading brand rule sets from outside: validation with messages that name the
// field (and the line, for a file), and the presets.
import * as v from 'valibot';
import { BrandSchema, type Brand } from './schema';
import { PRESETS, type PresetId } from './presets';
import { RULE_IDS } from '../rules';

export * from './schema';
export { PRESETS, type PresetId } from './presets';

export interface BrandError {
  /** Dotted path of the field, such as `rules.buzzwords.severity` or `conditions.0.when`. */
  path: string;
  message: string;
  /** 1-based line in the source file, when the brand came from text. */
  line?: number;
}

export type BrandResult = { ok: true; brand: Brand } | { ok: false; errors: BrandError[] };

/** Validates a brand rule set (already parsed from JSON). */
export function parseBrand(value: unknown): BrandResult {
  const result = v.safeParse(BrandSchema, value, { abortPipeEarly: true });
  if (!result.success) {
    return {
      ok: false,
      errors: result.issues.map((issue) => ({
        path: v.getDotPath(issue) ?? '(root)',
        message: issue.message.startsWith('Invalid') ? describe(issue) : issue.message,
      })),
    };
  }
  const brand = result.output;
  const errors: BrandError[] = [];
  for (const id of Object.keys(brand.rules)) {
    if (!RULE_IDS.includes(id))
      errors.push({ path: `rules.${id}`, message: `unknown rule; known rules: ${RULE_IDS.join(', ')}` });
  }
  brand.blocking.rules.forEach((id, i) => {
    if (!RULE_IDS.includes(id)) errors.push({ path: `blocking.rules.${i}`, message: `unknown rule "${id}"` });
  });
  return errors.length ? { ok: false, errors } : { ok: true, brand };
}

function describe(issue: v.BaseIssue<unknown>): string {
  const received = issue.received === 'undefined' ? 'nothing' : issue.received;
  return `expected ${issue.expected ?? 'a valid value'}, got ${received}`;
}

/** Validates the text of a brand rule set file, with line numbers. */
export function parseBrandText(source: string): BrandResult {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const line = at ? source.slice(0, Number(at[1])).split('\n').length : undefined;
    return {
      ok: false,
      errors: [{ path: '(file)', message: `not valid JSON: ${message}`, ...(line ? { line } : {}) }],
    };
  }
  const result = parseBrand(value);
  if (result.ok) return result;
  return { ok: false, errors: result.errors.map((e) => withLine(source, e)) };
}

// The line of the deepest named key of the path; an index points into the
// array of the key before it.
function withLine(source: string, error: BrandError): BrandError {
  const keys = error.path.split('.').filter((k) => !/^\d+$/.test(k) && k !== '(root)');
  let from = 0;
  for (const key of keys) {
    const at = source.indexOf(`"${key}"`, from);
    if (at < 0) break;
    from = at;
  }
  return keys.length && from > 0 ? { ...error, line: source.slice(0, from).split('\n').length } : error;
}

const presets = new Map<string, Brand>();
/** A preset, validated once. */
export function preset(id: PresetId = 'default'): Brand {
  let brand = presets.get(id);
  if (!brand) {
    const result = parseBrand(PRESETS[id]);
    if (!result.ok)
      throw new Error(`Preset ${id} is invalid: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    brand = result.brand;
    presets.set(id, brand);
  }
  return brand;
}
