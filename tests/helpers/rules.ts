// Helpers for rule tests: run the whole analyzer and keep one rule's findings.
import { analyze, parseBrand, type AnalyzeOptions, type Brand, type BrandInput, type Finding } from '../../analyzers';

export function findingsOf(rule: string, text: string, options: AnalyzeOptions = {}): Finding[] {
  return analyze(text, options).findings.filter((f) => f.rule === rule);
}

/** Where each finding points, `{ quote, start, end }`, or `null` for a whole-draft finding. */
export function spans(findings: readonly Finding[]): ({ quote: string; start: number; end: number } | null)[] {
  return findings.map((f) => (f.start === undefined ? null : { quote: f.quote!, start: f.start, end: f.end! }));
}

/**
 * The span of `words` in `text` (its first occurrence at or after `from`), as a finding should
 * report it: rule tests pin offsets, not only the words.
 */
export function at(text: string, words: string, from = 0): { quote: string; start: number; end: number } {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" is not in "${text}"`);
  return { quote: words, start, end: start + words.length };
}

/** The words each finding points at, or `null` for a whole-draft finding. */
export function quotes(findings: readonly Finding[]): (string | null)[] {
  return findings.map((f) => (f.start === undefined ? null : f.quote!));
}

/** A validated brand built from the default preset and `extra`. */
export function brand(extra: Partial<BrandInput>): Brand {
  const result = parseBrand({ schema: 'whypost.brand', version: 1, name: 'Test brand', ...extra });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.brand;
}

/**
 * Whether a finding points at `words` of `text` (case aside): the learned
 * judgement quotes the words that weighed most, which may be part of a
 * formula or reach beyond it, but must be there.
 */
export function pointsAt(findings: readonly Finding[], text: string, words: string): boolean {
  const at = text.toLowerCase().indexOf(words.toLowerCase());
  if (at < 0) throw new Error(`"${words}" is not in "${text}"`);
  return findings.some((f) => f.start !== undefined && f.start < at + words.length && f.end! > at);
}

/** The severity a genre finding has: blocking only when the judgement is sure enough to stop the post. */
export function genreSeverity(text: string, options: AnalyzeOptions = {}, sure: Finding['severity'] = 'blocker') {
  return analyze(text, options).verdict === 'posting-for-posting-sake' ? sure : 'warning';
}
