import { describe, expect, test } from 'vitest';
import { findingsOf, quotes } from '../helpers/rules';

const rule = 'missing-value';

describe(rule, () => {
  test.each([
    ['en', 'Happy Monday everyone!'],
    ['fr', 'Bon lundi à tous !'],
  ])('flags a post with nothing to gain, as a whole (%s)', (_lang, text) => {
    expect(quotes(findingsOf(rule, text))).toEqual([null]);
  });

  test.each([
    ['en', 'Save 20% on all running shoes until Sunday with code RUN20 at https://shop.example'],
    ['fr', "Économisez 20 % sur toutes les chaussures jusqu'à dimanche avec le code COURIR20."],
    [
      'fr',
      'Travaux : la ligne 3 est interrompue entre Gare et Centre du 3 au 5 mai, des bus de remplacement circulent.',
    ],
  ])('does not flag a benefit (%s): %s', (_lang, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });
});
