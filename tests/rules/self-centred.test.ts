import { describe, expect, test } from 'vitest';
import { findingsOf, at, spans } from '../helpers/rules';

const rule = 'self-centred';

describe(rule, () => {
  test.each([
    ['en', 'We are proud of our team. Our values drive us and our people make us who we are.', 'We'],
    ['fr', 'Nous sommes fiers de notre équipe. Nos valeurs nous guident et notre histoire nous porte.', 'Nous'],
  ])('flags a post about "we" (%s)', (_lang, text, first) => {
    const found = findingsOf(rule, text);
    expect(spans(found)).toEqual([at(text, first)]);
    expect(Number(found[0]!.data.we)).toBeGreaterThanOrEqual(3);
  });

  test.each([
    ['en', 'We open early so you can grab your coffee before your train. Our baristas know your order.'],
    ['fr', 'Nous ouvrons tôt pour que vous preniez votre café avant votre train.'],
  ])('does not flag a post that speaks to the reader (%s)', (_lang, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });
});
