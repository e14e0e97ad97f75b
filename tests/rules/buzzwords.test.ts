import { describe, expect, test } from 'vitest';
import { findingsOf, at, spans } from '../helpers/rules';

const rule = 'buzzwords';

describe(rule, () => {
  test.each([
    [
      'en',
      'Our best-in-class platform creates synergy across your ecosystem.',
      ['best-in-class', 'synergy', 'ecosystem'],
    ],
    ['en', 'A real game changer for retail.', ['game changer']],
    ['fr', 'Une solution innovante et disruptive, leader du marché.', ['innovante', 'disruptive', 'leader du marché']],
    ['fr', 'Des synergies au cœur de notre écosystème.', ['synergies', 'écosystème']],
  ])('flags jargon (%s)', (_lang, text, expected) => {
    expect(spans(findingsOf(rule, text))).toEqual(expected.map((words) => at(text, words)));
  });

  test.each([
    ['en', 'Our bakery opens at 7am with fresh sourdough.'],
    ['fr', 'Notre boulangerie ouvre à 7 h avec du pain au levain.'],
  ])('does not flag plain words (%s)', (_lang, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });
});
