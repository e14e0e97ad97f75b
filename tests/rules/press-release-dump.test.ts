import { describe, expect, test } from 'vitest';
import { findingsOf, pointsAt } from '../helpers/rules';

const rule = 'press-release-dump';

describe(rule, () => {
  test.each([
    [
      'en',
      'Harbor Bank is pleased to announce that Maria Lopez will join the Company as Chief Financial Officer, effective March 1.',
      'is pleased to announce',
    ],
    [
      'fr',
      "Le groupe Berthier a le plaisir d'annoncer la nomination de Claire Martin au poste de directrice financière.",
      "a le plaisir d'annoncer",
    ],
    ['fr', '[Communiqué] Vélocité signe un partenariat avec la Région Occitanie pour 2027.', '[Communiqué]'],
    [
      'en',
      'FOR IMMEDIATE RELEASE\nNorthwind Logistics reports record third-quarter revenue of $2.1 billion.',
      'FOR IMMEDIATE RELEASE',
    ],
  ])('flags a release (%s): %s', (_lang, text, quote) => {
    const found = findingsOf(rule, text);
    expect(found.length).toBeGreaterThan(0);
    expect(pointsAt(found, text, quote)).toBe(true);
    expect(found[0]!.severity).toBe('warning');
  });

  test.each([
    ['en', 'Our new downtown store opens Saturday at 9am: the first 50 customers get a free tote. Come by 12 King St!'],
    [
      'fr',
      'Nouveau : votre agence Lyon Part-Dieu vous accueille désormais le samedi de 9 h à 12 h. Prenez rendez-vous sur https://banque.example/rdv',
    ],
    ['fr', 'Réservez votre table pour le brunch de dimanche : 24 €, de 10 h à 14 h. Appelez-nous au 04 78 29 61 10.'],
  ])('does not flag a post written for the reader (%s): %s', (_lang, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });
});
