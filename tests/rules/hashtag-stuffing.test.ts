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

describe(`${rule} on LinkedIn`, () => {
  test('allows five hashtags and flags the sixth on', () => {
    const text = 'Our 2026 B2B hiring report is out. #hiring #HR #B2B #SaaS #talent';
    expect(findingsOf(rule, text, { platform: 'linkedin' })).toEqual([]);
    const more = `${text} #recruiting #jobs`;
    expect(spans(findingsOf(rule, more, { platform: 'linkedin' }))).toEqual([at(more, '#recruiting #jobs')]);
  });
});
