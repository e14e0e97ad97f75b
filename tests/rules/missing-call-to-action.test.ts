import { describe, expect, test } from 'vitest';
import { brand, findingsOf, quotes } from '../helpers/rules';
import { analyze } from '../../analyzers';

const rule = 'missing-call-to-action';

describe(rule, () => {
  test.each([
    ['en', 'Our autumn collection is made from recycled wool and organic cotton.'],
    ['fr', "Notre collection d'automne est faite de laine recyclée et de coton bio."],
  ])('flags a post that asks nothing, as a whole (%s)', (_lang, text) => {
    expect(quotes(findingsOf(rule, text))).toEqual([null]);
  });

  test('names bait as no real action', () => {
    expect(findingsOf(rule, 'Tag a friend who loves pizza! 🍕')[0]?.messageId).toBe('bait');
  });

  test.each([
    ['en', 'Book your table for Friday at https://resto.example/book'],
    ['fr', 'Réservez votre table pour vendredi sur https://resto.example/reserver'],
    ['fr', 'Inscrivez-vous à notre atelier du 12 mars : https://atelier.example'],
  ])('does not flag a call to action (%s): %s', (_lang, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });

  test('does not ask a reply to a customer for a call to action', () => {
    expect(findingsOf(rule, 'Hi Sam, your refund went out this morning.', { kind: 'reply' })).toEqual([]);
  });

  test('suggests the brand’s own call to action as the example', () => {
    const critique = analyze('Our autumn collection is here.', {
      brand: brand({ callsToAction: ['Shop the collection at shop.example'] }),
    });
    expect(critique.brief['call-to-action'].example).toBe('Shop the collection at shop.example');
  });
});
