import { describe, expect, test } from 'vitest';
import { brand, findingsOf } from '../helpers/rules';

const rule = 'brand-condition';

describe(rule, () => {
  const b = brand({
    conditions: [
      { id: 'promo', when: { signal: 'promotion' }, require: ['call-to-action', 'link', 'tracked-link'] },
      {
        id: 'concours',
        when: { term: 'concours' },
        require: [{ term: 'règlement' }],
        severity: 'blocker',
        message: { fr: 'Un concours doit citer son règlement.', en: 'A contest must link to its rules.' },
      },
    ],
  });

  test('flags a promotion with no call to action, link or tracking, at the promotion', () => {
    const [finding] = findingsOf(rule, 'Soldes : -30 % sur toute la boutique ce week-end.', { brand: b });
    expect(finding?.quote).toBe('Soldes');
    expect(finding?.data.missing).toBe(['@call-to-action', '@link', '@tracked-link'].join('\u001f'));
    expect(finding?.message).toContain('un appel à l’action, un lien, un lien suivi (UTM)');
    expect(finding?.severity).toBe('warning');
  });

  test('is satisfied when everything required is there', () => {
    const text = 'Soldes : -30 % ce week-end, commandez sur https://shop.example/soldes?utm_source=facebook';
    expect(findingsOf(rule, text, { brand: b })).toEqual([]);
  });

  test('uses the brand’s own message and severity', () => {
    const [fr] = findingsOf(rule, 'Grand concours ce samedi en boutique !', { brand: b });
    expect(fr?.message).toBe('Un concours doit citer son règlement.');
    expect(fr?.severity).toBe('blocker');
    const [en] = findingsOf(rule, 'Grand concours ce samedi en boutique !', { brand: b, locale: 'en' });
    expect(en?.message).toBe('A contest must link to its rules.');
  });

  test('does not apply when nothing triggers it', () => {
    expect(findingsOf(rule, 'Bonne semaine à tous !', { brand: b })).toEqual([]);
  });
});
