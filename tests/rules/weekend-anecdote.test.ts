import { describe, expect, test } from 'vitest';
import { findingsOf, pointsAt, quotes } from '../helpers/rules';

const rule = 'weekend-anecdote';

describe(rule, () => {
  test.each([
    ['en', 'I went to the beach with my kids on Saturday, what a weekend!'],
    ['fr', "Ce week-end j'ai fait une rando magnifique avec ma famille, on a pique-niqué au bord du lac."],
    ['fr', "Quelle fin de semaine au chalet! J'ai fait du ski avec mes chums, on est rentrés crevés."],
    ['en', 'Just spoke with my mom on the phone for an hour. She finally finished season 4. So exciting.'],
  ])('flags a personal story (%s): %s', (_lang, text) => {
    const found = findingsOf(rule, text);
    expect(found.length).toBeGreaterThan(0);
    for (const quote of quotes(found)) expect(quote === null || text.includes(quote)).toBe(true);
  });

  test('points at the words of the story that weighed most', () => {
    const text = "Samedi dernier j'ai passé la journée à la plage avec mes enfants.";
    const found = findingsOf(rule, text);
    expect(found.length).toBeGreaterThan(0);
    expect(pointsAt(found, text, "j'ai passé la journée à la plage avec mes enfants")).toBe(true);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.quote);
  });

  test.each([
    ['fr', 'Ouvert ce week-end : venez essayer notre nouveau menu brunch, samedi et dimanche de 10 h à 15 h !'],
    ['en', 'Open this weekend: come try our new brunch menu, Sat & Sun 10am–3pm. Book at https://cafe.example/book'],
    [
      'fr',
      "Ce dimanche j'ai testé notre nouvelle recette de crêpes : elle arrive au menu lundi, 6 € la crêpe. Réservez au 01 23 45 67 89 !",
    ],
  ])('does not flag a weekend offer (%s): %s', (_lang, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });
});
