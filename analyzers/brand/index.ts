// Reading brand rule sets from outside: validation with messages that name the
// field (and the line, for a file), and the presets.
import * as v from 'valibot';
import { BRAND_SCHEMA_VERSION, BrandSchema, type Brand } from './schema';
import { jsonLines } from './json-lines';
import { PRESETS, type PresetId } from './presets';
import { RULE_IDS } from '../rules';

export * from './schema';
export { accountKey, sameAccount } from './accounts';
export { PRESETS, type PresetId } from './presets';
export { brandErrorMessage } from './messages';

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
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value;
    return { ok: false, errors: [{ path: '(root)', message: `a brand rule set must be a JSON object, got ${got}` }] };
  }
  const version = (value as Record<string, unknown>).version;
  if (typeof version === 'number' && version > BRAND_SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [
        {
          path: 'version',
          message: `version ${version} is newer than this Whypost understands (${BRAND_SCHEMA_VERSION}); update Whypost`,
        },
      ],
    };
  }
  const result = v.safeParse(BrandSchema, value, { abortPipeEarly: true });
  if (!result.success) {
    return {
      ok: false,
      errors: result.issues.map((issue) => ({ path: v.getDotPath(issue) ?? '(root)', message: describe(issue) })),
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
  // A strict object reports an unknown key as "expected never".
  if (issue.expected === 'never') return `unknown field ${issue.received}`;
  if (!issue.message.startsWith('Invalid')) return issue.message;
  const received = issue.received === 'undefined' ? 'nothing' : issue.received;
  return `expected ${issue.expected ?? 'a valid value'}, got ${received}`;
}

/** Validates the text of a brand rule set file, with line numbers. */
export function parseBrandText(source: string): BrandResult {
  const located = jsonLines(source);
  if (!located.ok) {
    return {
      ok: false,
      errors: [
        {
          path: '(file)',
          message: `not valid JSON: ${located.message} (column ${located.column})`,
          line: located.line,
        },
      ],
    };
  }
  const result = parseBrand(JSON.parse(source) as unknown);
  if (result.ok) return result;
  return {
    ok: false,
    errors: result.errors.map((e) => {
      // The line of the field, or of the nearest enclosing one that exists (a missing field).
      const parts = e.path.split('.');
      while (parts.length && !located.lines.has(parts.join('.'))) parts.pop();
      const line = parts.length ? located.lines.get(parts.join('.')) : undefined;
      return line ? { ...e, line } : e;
    }),
  };
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
