import type { Rule, Hit } from './types';
import type { Evidence } from '../types';
import type { Condition } from '../brand/schema';
import type { RuleContext } from './types';
import { termSpans } from '../brief';
import { LIST } from '../messages';

const termEvidence = ({ draft }: RuleContext, term: string): Evidence[] => termSpans(draft, [term], 'term');

/** The words that trigger a condition, or none when it does not apply. */
function trigger(context: RuleContext, when: Condition['when']): Evidence[] {
  const { signals: s, genre } = context.draft;
  if ('term' in when) return termEvidence(context, when.term);
  switch (when.signal) {
    case 'promotion':
      return [...s['promo-code'], ...s.percent, ...s.offer, ...s.price];
    case 'event':
      return genre.facts.event ? [...s.event, ...s.when, ...s.time] : [];
    case 'contest':
      return s.contest;
    case 'job-offer':
      return s.job;
    case 'link':
      return s.url;
    case 'price':
      return s.price;
  }
}

function satisfied(context: RuleContext, requirement: Condition['require'][number]): boolean {
  const { signals: s } = context.draft;
  if (typeof requirement === 'object') return termEvidence(context, requirement.term).length > 0;
  switch (requirement) {
    case 'call-to-action':
      return context.brief['call-to-action'].status === 'present';
    case 'link':
      return s.url.length > 0;
    case 'tracked-link':
      return s.url.length > 0 && s['tracked-url'].filter((u) => u.kind === 'tracked-url').length === s.url.length;
    case 'date':
      return s.when.length + s['numeric-date'].length > 0;
    case 'price':
      return s.price.length > 0;
    case 'audience':
      return context.brief.audience.status === 'present';
  }
}

export const brandCondition: Rule = {
  id: 'brand-condition',
  category: 'brand-fit',
  severity: 'warning',
  enabledByDefault: true,
  languageNeutral: true,
  check(context) {
    const hits: Hit[] = [];
    for (const condition of context.draft.brand.conditions) {
      const found = trigger(context, condition.when).sort((a, b) => a.start - b.start)[0];
      if (!found) continue;
      const missing = condition.require.filter((r) => !satisfied(context, r));
      if (missing.length === 0) continue;
      hits.push({
        messageId: condition.message ? 'custom' : 'default',
        start: found.start,
        end: found.end,
        severity: condition.severity,
        data: {
          quote: found.text,
          condition: condition.id,
          trigger: 'term' in condition.when ? condition.when.term : `@${condition.when.signal}`,
          missing: missing.map((r) => (typeof r === 'object' ? r.term : `@${r}`)).join(LIST),
          'custom-fr': condition.message?.fr ?? condition.message?.en ?? '',
          'custom-en': condition.message?.en ?? condition.message?.fr ?? '',
        },
      });
    }
    return hits;
  },
};
