// Which findings keep a draft held once the user has ignored some of them: the
// analyzer's knowledge, asked by the content script's pre-publish check. Kept
// apart (and free of imports but types) so that the content scripts can load it
// without the catalogs.
import type { Finding } from './types';

/** The rules that state the genre: ignoring all of them for a draft lifts a verdict-based block. */
export const GENRE_RULES: ReadonlySet<string> = new Set([
  'press-release-dump',
  'weekend-anecdote',
  'no-objective',
  'engagement-bait',
]);

/**
 * Whether a finding, while the user has not ignored it, keeps a blocked draft
 * held: a blocker does, and so does a rule that states the genre (a verdict-based
 * block rests on them). Ignoring every such finding lifts the block.
 */
export function holdsBlock(finding: Pick<Finding, 'rule' | 'severity'>): boolean {
  return finding.severity === 'blocker' || GENRE_RULES.has(finding.rule);
}
