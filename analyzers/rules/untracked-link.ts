import type { Rule, Hit } from './types';
import { requiredParameters } from '../brand/utm';
import { toUrl } from '../urls';

export const untrackedLink: Rule = {
  id: 'untracked-link',
  category: 'measurement',
  severity: 'suggestion',
  enabledByDefault: true,
  languageNeutral: true,
  check({ draft, sources }) {
    const tracked = new Set(draft.signals['tracked-url'].map((u) => u.start));
    const hits: Hit[] = [];
    for (const link of draft.signals.url) {
      const url = toUrl(link.text);
      if (!url) continue;
      const required = requiredParameters(draft.brand, url.hostname.toLowerCase());
      if (required.length > 0) {
        const missing = required.filter((p) => !url.searchParams.has(p));
        if (missing.length > 0) {
          hits.push({
            messageId: 'policy',
            start: link.start,
            end: link.end,
            severity: 'warning',
            data: { quote: link.text, params: missing.join(', ') },
          });
        }
      } else if (!tracked.has(link.start)) {
        hits.push({ messageId: 'default', start: link.start, end: link.end, data: { quote: link.text } });
      }
    }
    // Where a link leads, when the draft does not show it: the composer's preview, or a redirect.
    for (const source of sources) {
      if (source.utmMissing.length === 0) continue;
      const params = source.utmMissing.join(', ');
      if (source.link)
        hits.push({
          messageId: 'policy-redirect',
          start: source.link.start,
          end: source.link.end,
          severity: 'warning',
          data: { quote: source.link.text, target: source.checkedUrl ?? source.source.url, params },
        });
      else hits.push({ messageId: 'policy-preview', severity: 'warning', data: { quote: source.source.url, params } });
    }
    return hits;
  },
};
