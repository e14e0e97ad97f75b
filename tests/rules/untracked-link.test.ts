import { describe, expect, test } from 'vitest';
import { brand, findingsOf, at, spans } from '../helpers/rules';

const rule = 'untracked-link';

describe(rule, () => {
  test.each([
    ['en', 'Book now at https://resto.example/book', 'https://resto.example/book'],
    ['fr', 'Réservez sur resto-lyon.fr/reserver dès maintenant', 'resto-lyon.fr/reserver'],
  ])('flags a link with no tracking (%s)', (_lang, text, quote) => {
    const found = findingsOf(rule, text);
    expect(spans(found)).toEqual([at(text, quote)]);
    expect(found[0]!.severity).toBe('suggestion');
  });

  test.each([
    ['en', 'Book now at https://resto.example/book?utm_source=x&utm_medium=social'],
    ['fr', 'Réservez sur https://bit.ly/resto-brunch'],
    ['fr', 'Dans les bacs : https://t.co/abc123'],
    ['en', 'Donate at https://give.example/?mtm_campaign=winter'],
  ])('does not flag tracked, counted or opaque links (%s): %s', (_lang, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });

  test('applies the brand’s UTM policy, naming the missing parameters', () => {
    const b = brand({ utm: [{ domains: ['*.lamontagne.example'], parameters: ['utm_source', 'utm_campaign'] }] });
    const text = 'Commandez sur https://shop.lamontagne.example/pain?utm_source=facebook';
    const [finding] = findingsOf(rule, text, { brand: b });
    expect(finding?.messageId).toBe('policy');
    expect(finding?.data.params).toBe('utm_campaign');
    expect(finding?.severity).toBe('warning');
  });
});
