import { describe, expect, test } from 'vitest';
import { findingsOf, at, spans } from '../helpers/rules';

const rule = 'hashtag-stuffing';

describe(rule, () => {
  test('flags more than three hashtags on X, from the first extra one', () => {
    const text = 'Nouveau menu ! #food #lyon #brunch #weekend #miam';
    expect(spans(findingsOf(rule, text, { platform: 'x' }))).toEqual([at(text, '#weekend #miam')]);
  });

  test('allows more on Facebook', () => {
    const text = 'New menu! #food #lyon #brunch #weekend #yum';
    expect(findingsOf(rule, text, { platform: 'facebook' })).toEqual([]);
    expect(findingsOf(rule, `${text} #eat`, { platform: 'facebook' })).toHaveLength(1);
  });

  test.each([
    ['en', 'Join us Friday for #TacoTuesday at the Elm St store.'],
    ['fr', 'Rendez-vous vendredi au #SalonDuVélo, stand 12.'],
  ])('does not flag one or two hashtags (%s)', (_lang, text) => {
    expect(findingsOf(rule, text, { platform: 'x' })).toEqual([]);
  });
});
