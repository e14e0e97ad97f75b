// What the genre rules quote: the words of the draft that weighed most in the
// learned judgement. Where those words are part of a known formula (a tag
// request, a wish, an announcement), the quote takes the whole formula and the
// rule's precise message names it; otherwise the `weighed` message quotes the
// model's words. With no words that weighed, the formulas alone are quoted.
import type { Evidence } from '../types';
import type { Draft } from '../draft';
import type { Hit } from '../rules/types';

const overlaps = (a: Evidence, b: Evidence) => a.start < b.end && a.end > b.start;

/**
 * Hits for the draft's genre evidence, at most `limit`, one per message.
 * `kinds` maps a signal to the message that names it. A judgement not sure
 * enough to stop publishing lowers the hit to a warning.
 */
export function genreHits(draft: Draft, kinds: Readonly<Record<string, string>>, limit = 2): Hit[] {
  const formulas = Object.keys(kinds)
    .flatMap((kind) => (draft.signals as Record<string, Evidence[]>)[kind] ?? [])
    .sort((a, b) => a.start - b.start);
  const unsure = draft.judgement !== null && !draft.judgement.stop;
  const severity = unsure ? { severity: 'warning' as const } : {};
  // Passages copied from a linked release have their own finding; an emoji alone says little when words weighed too.
  const words = draft.genre.evidence.filter((e) => e.kind !== 'copied');
  const worded = words.filter((e) => /[\p{L}\p{N}]/u.test(e.text));
  const weighed = worded.length ? worded : words;
  const quoted = weighed.length ? weighed : formulas;
  const seen = new Set<string>();
  const hits: Hit[] = [];
  for (const e of quoted) {
    // The longest formula the words belong to ("RT if" rather than "RT").
    const formula =
      e.kind in kinds
        ? e
        : formulas.filter((f) => overlaps(f, e)).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    const messageId = formula ? kinds[formula.kind]! : 'weighed';
    if (seen.has(messageId)) continue;
    seen.add(messageId);
    let start = Math.min(e.start, formula?.start ?? e.start);
    let end = Math.max(e.end, formula?.end ?? e.end);
    while (start < end && /\s/u.test(draft.text[start]!)) start++;
    while (end > start && /\s/u.test(draft.text[end - 1]!)) end--;
    hits.push({ messageId, start, end, data: { quote: draft.text.slice(start, end) }, ...severity });
    if (hits.length === limit) break;
  }
  return hits.length ? hits : [{ messageId: 'default', ...severity }];
}
