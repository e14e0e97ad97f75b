import { describe, expect, test } from 'vitest';
import { brand, findingsOf } from '../helpers/rules';

const rule = 'missing-required-term';

describe(rule, () => {
  const b = brand({ requiredTerms: ['#Partenariat', 'Offre soumise à conditions'] });

  test('flags each required term that is missing, as a whole-draft finding', () => {
    const found = findingsOf(rule, 'Profitez de -20 % ce week-end ! #Partenariat', { brand: b });
    expect(found.map((f) => f.data.term)).toEqual(['Offre soumise à conditions']);
    expect(found[0]!.start).toBeUndefined();
  });

  test('is satisfied in any case', () => {
    expect(findingsOf(rule, 'Profitez de -20 % ! #partenariat. OFFRE SOUMISE À CONDITIONS.', { brand: b })).toEqual([]);
  });

  test('does not ask replies for the brand’s mentions', () => {
    expect(findingsOf(rule, 'Bonjour Julie, votre commande part demain.', { brand: b, kind: 'reply' })).toEqual([]);
  });
});
