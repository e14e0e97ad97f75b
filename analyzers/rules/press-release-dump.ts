import type { Rule, Hit } from './types';
import { genreHits } from '../model/hits';

// Boilerplate a release is made of, each with its message.
const BOILERPLATE = {
  press: 'press',
  announcement: 'announcement',
  quote: 'quote',
  corporate: 'corporate',
  'third-person': 'third-person',
};

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
    // A copied release is a fact: its finding keeps the rule's severity.
    if (hits.length)
      return [
        ...hits,
        ...genreHits(draft, BOILERPLATE, 2)
          .filter((hit) => hit.messageId !== 'default')
          .map(({ severity: _, ...hit }) => hit),
      ];
    return genreHits(draft, BOILERPLATE, 3);
  },
};
