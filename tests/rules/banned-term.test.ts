import { describe, expect, test } from 'vitest';
import { brand, findingsOf, at, spans } from '../helpers/rules';

const rule = 'banned-term';

describe(rule, () => {
  const b = brand({
    bannedTerms: ['Boulangerie Dupain', { term: 'meilleur pain du monde', reason: 'allégation invérifiable' }],
  });

  test('flags banned terms, whatever their case and accents, with the reason', () => {
    const text = 'Notre MEILLEUR PAIN DU MONDE, bien meilleur que chez boulangerie dupain !';
    const found = findingsOf(rule, text, { brand: b });
    expect(spans(found)).toEqual([at(text, 'MEILLEUR PAIN DU MONDE'), at(text, 'boulangerie dupain')]);
    expect(found[0]!.messageId).toBe('with-reason');
    expect(found[0]!.message).toContain('allégation invérifiable');
    expect(found[0]!.severity).toBe('blocker');
  });

  test('runs on drafts in any language', () => {
    expect(findingsOf(rule, '¡El mejor pan del mundo, mejor que Boulangerie Dupain!', { brand: b })).toHaveLength(1);
  });

  test('does not flag parts of words', () => {
    const c = brand({ bannedTerms: ['pain'] });
    expect(findingsOf(rule, 'Painting class on Friday, book now.', { brand: c })).toEqual([]);
  });
});
