import { describe, expect, test } from 'vitest';
import { brand, findingsOf, quotes, at, spans } from '../helpers/rules';

const rule = 'missing-audience';

describe(rule, () => {
  test.each([
    ['en', 'New opening hours from Monday: 8am to 8pm.'],
    ['fr', 'Nouveaux horaires dès lundi : de 8 h à 20 h.'],
  ])('flags a post that addresses nobody (%s)', (_lang, text) => {
    expect(quotes(findingsOf(rule, text))).toEqual([null]);
  });

  test('points at a post addressed to everyone', () => {
    const text = 'Bonne semaine à tous !';
    expect(spans(findingsOf(rule, text))).toEqual([at(text, 'à tous')]);
  });

  test.each([
    ['en', 'Parents: the school bus timetable changes on Monday.'],
    ['fr', 'PME : le nouveau crédit d’impôt est ouvert jusqu’au 30 juin.'],
    ['fr', 'Vous pouvez désormais payer en trois fois sans frais.'],
    ['en', 'You can now pay in three instalments at no extra cost.'],
  ])('does not flag a post with a reader (%s): %s', (_lang, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });

  test('counts the brand’s own audiences', () => {
    const b = brand({ audiences: ['cyclo-touristes'] });
    expect(
      findingsOf(rule, 'Les cyclo-touristes ont leur nouvelle carte des routes du Vercors.', { brand: b }),
    ).toEqual([]);
  });
});
