import type { Rule, Hit } from './types';
import type { Evidence } from '../types';

// One finding per kind of boilerplate, on its first occurrence: enough to show
// why, without underlining half a press release.
const ORDER = ['press', 'announcement', 'quote', 'corporate', 'third-person'] as const;

export const pressReleaseDump: Rule = {
  id: 'press-release-dump',
  category: 'value',
  severity: 'warning',
  enabledByDefault: true,
  languageNeutral: false,
  check({ draft, sources }) {
    if (draft.genre.genre !== 'press-release') return [];
    const hits: Hit[] = [];
    // The page it links to shows the copy: the longest copied passage, and the share of the draft it makes.
    const dump = sources.find((s) => s.dump && s.overlap?.copied.length);
    if (dump?.overlap) {
      const longest = dump.overlap.copied.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
      hits.push({
        messageId: dump.overlap.headline ? 'copied-headline' : 'copied',
        start: longest.start,
        end: longest.end,
        data: { share: Math.round(dump.overlap.share * 100), title: dump.source.page?.title ?? dump.source.url },
      });
    }
    for (const kind of ORDER) {
      const found: Evidence | undefined = draft.signals[kind][0];
      if (found) hits.push({ messageId: kind, start: found.start, end: found.end, data: { quote: found.text } });
      if (hits.length === 3) break;
    }
    return hits.length ? hits : [{ messageId: 'default' }];
  },
};
