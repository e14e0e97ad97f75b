import { describe, expect, test } from 'vitest';
import { findingsOf, pointsAt, quotes } from '../helpers/rules';

const rule = 'no-objective';

describe(rule, () => {
  test.each([
    ['en', 'Happy Monday everyone!', 'Happy Monday'],
    ['fr', 'Joyeux Noël à tous ! 🎄', 'Joyeux Noël'],
    ['fr', 'Bon lundi !', 'Bon lundi'],
    ['en', 'Happy #NationalPizzaDay! 🍕', 'Happy #NationalPizzaDay'],
  ])('flags filler (%s): %s', (_lang, text, quote) => {
    const found = findingsOf(rule, text);
    expect(found).toHaveLength(1);
    // The words that weighed most, which take in the wish.
    expect(pointsAt(found, text, quote)).toBe(true);
    expect(quotes(found)[0]).toContain(quote);
  });

  test('flags a draft with no words, as a whole', () => {
    expect(quotes(findingsOf(rule, '🎉🎉🎉'))).toEqual([null]);
  });

  test.each([
    ['fr', 'Joyeux Noël ! Nos boutiques ferment à 16 h le 24 décembre et rouvrent le 26 à 10 h.'],
    ['en', 'Merry Christmas! Our stores close at 4pm on Dec 24 and reopen on the 26th at 10am.'],
  ])('does not flag a wish with a practical notice (%s): %s', (_lang, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });
});
