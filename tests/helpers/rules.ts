// Helpers for rule tests: run the whole analyzer and keep one rule's findings.
import { analyze, parseBrand, type AnalyzeOptions, type Brand, type BrandInput, type Finding } from '../../analyzers';

export function findingsOf(rule: string, text: string, options: AnalyzeOptions = {}): Finding[] {
  return analyze(text, options).findings.filter((f) => f.rule === rule);
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
