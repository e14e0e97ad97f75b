import { describe, expect, test } from 'vitest';
import { at, findingsOf, spans } from '../helpers/rules';

const rule = 'tag-for-reach';
const linkedin = { platform: 'linkedin' } as const;

describe(rule, () => {
  test.each([
    [
      'en',
      'Our Q3 hiring report is out: 212 B2B teams surveyed.\n\ncc @annalee @bmartin @cruiz @dkim',
      '@annalee @bmartin @cruiz @dkim',
    ],
    [
      'fr',
      'Notre baromètre RH 2026 est sorti.\n\nJ’identifie @amartin, @bdupuis et @clegrand 🙏',
      '@amartin, @bdupuis et @clegrand',
    ],
  ])('flags a line made of tags only (%s)', (_lang, text, words) => {
    const findings = findingsOf(rule, text, linkedin);
    expect(spans(findings)).toEqual([at(text, words)]);
    expect(findings[0]?.messageId).toBe('list');
  });

  test('reads the names the composer shows as mentions (LinkedIn’s carry no @)', () => {
    const text = 'Our Q3 hiring report is out.\n\nAnna Lee Bob Martin Carla Ruiz';
    const mentions = ['Anna Lee', 'Bob Martin', 'Carla Ruiz'];
    expect(spans(findingsOf(rule, text, { ...linkedin, mentions }))).toEqual([
      at(text, 'Anna Lee Bob Martin Carla Ruiz'),
    ]);
    // Without them, the same words are only names.
    expect(findingsOf(rule, text, linkedin)).toEqual([]);
  });

  test('flags more than five people tagged, from the sixth on', () => {
    const text =
      'Merci à @amartin pour l’accueil, à @bdupuis et @clegrand pour les ateliers, à @dnoel pour la logistique, à @efaure pour les photos, à @fgarnier et @hroux pour le buffet.';
    const findings = findingsOf(rule, text, linkedin);
    expect(findings[0]?.messageId).toBe('many');
    expect(findings[0]?.data).toMatchObject({ count: 7, limit: 5 });
    expect(spans(findings)).toEqual([at(text, '@fgarnier et @hroux')]);
  });

  test.each([
    ['en', 'Thanks to @annalee, @bmartin and @cruiz for a great panel on hiring in B2B SaaS.'],
    ['en', 'Great chat with @annalee about pricing pages.\n\n@bmartin'],
    ['fr', 'Bravo à @amartin et @bdupuis, qui ont mené le projet de bout en bout.'],
  ])('does not flag a few people named in a sentence (%s)', (_lang, text) => {
    expect(findingsOf(rule, text, linkedin)).toEqual([]);
  });

  test('ignores mentions that are not names', () => {
    const text = 'New report.\n\nAnna Lee';
    const mentions = [42, '', ' ', 'x'.repeat(500), null] as unknown as string[];
    expect(findingsOf(rule, text, { ...linkedin, mentions })).toEqual([]);
  });

  test('applies on LinkedIn only', () => {
    const text = 'New report.\n\ncc @annalee @bmartin @cruiz @dkim';
    expect(findingsOf(rule, text, { platform: 'x' })).toEqual([]);
    expect(findingsOf(rule, text)).toEqual([]);
  });
});
