// The business brief on a labelled set (tests/corpus/brief.jsonl): 80 posts,
// French and English, every genre, each with the status a careful reader gives
// each element. The labels were decided from the definitions before the
// analyzer was run; the rules of thumb are in docs/reviews/brief-review.md.
// The agreement per element must not fall below the floors recorded here
// (measured, then rounded down to the nearest 5%): raise them, never lower them.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze, ELEMENTS, type AnalyzeOptions, type Element, type Status } from '../analyzers/index';

interface BriefCase {
  id: string;
  text: string;
  lang: 'fr' | 'en';
  platform: 'x' | 'facebook';
  kind: 'post' | 'reply';
  expect: Record<Element, Status>;
  note: string;
}

const cases: BriefCase[] = readFileSync(new URL('./corpus/brief.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as BriefCase);

/**
 * Measured agreement (share of posts whose status matches the label), rounded down to 5%. The call
 * to action is now present or missing (decision 009: a bare link or a "learn more" is not one): a
 * label `weak` counts as missing, and the learned judgement, trained on real posts, agrees with these
 * in-house labels less than the rules written against them did; the real corpus measures it
 * (`npm run eval`).
 */
const FLOORS: Record<Element, number> = {
  objective: 0.95,
  audience: 0.9,
  value: 0.9,
  'call-to-action': 0.8,
  measurement: 0.95,
  'brand-fit': 0.85,
};

const STATUSES: readonly Status[] = ['present', 'weak', 'missing'];

interface Disagreement {
  id: string;
  element: Element;
  expected: Status;
  got: Status;
}

function run(): { agreement: Record<Element, number>; disagreements: Disagreement[] } {
  const hits = Object.fromEntries(ELEMENTS.map((e) => [e, 0])) as Record<Element, number>;
  const disagreements: Disagreement[] = [];
  for (const c of cases) {
    const { brief } = analyze(c.text, { platform: c.platform, kind: c.kind });
    for (const element of ELEMENTS) {
      const got = brief[element].status;
      const expected = element === 'call-to-action' && c.expect[element] === 'weak' ? 'missing' : c.expect[element];
      if (got === expected) hits[element]++;
      else disagreements.push({ id: c.id, element, expected: c.expect[element], got });
    }
  }
  const agreement = Object.fromEntries(ELEMENTS.map((e) => [e, hits[e] / cases.length])) as Record<Element, number>;
  return { agreement, disagreements };
}

describe('the labelled brief set', () => {
  test('is well formed: 80 posts, 40 French and 40 English, every element labelled', () => {
    expect(cases).toHaveLength(80);
    expect(cases.filter((c) => c.lang === 'fr')).toHaveLength(40);
    expect(cases.filter((c) => c.lang === 'en')).toHaveLength(40);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) {
      expect(['x', 'facebook']).toContain(c.platform);
      expect(['post', 'reply']).toContain(c.kind);
      expect(Object.keys(c.expect).sort()).toEqual([...ELEMENTS].sort());
      for (const element of ELEMENTS) expect(STATUSES).toContain(c.expect[element]);
    }
  });

  test('the brief agrees with the labels at least as often as recorded, element by element', () => {
    const { agreement, disagreements } = run();
    console.table(
      ELEMENTS.map((element) => ({
        element,
        agreement: `${(agreement[element] * 100).toFixed(1)}%`,
        floor: `${(FLOORS[element] * 100).toFixed(0)}%`,
        disagreements: disagreements.filter((d) => d.element === element).length,
      })),
    );
    const below = ELEMENTS.filter((e) => agreement[e] + 1e-9 < FLOORS[e]).map(
      (e) =>
        `${e}: ${(agreement[e] * 100).toFixed(1)}% < ${FLOORS[e] * 100}% — ` +
        disagreements
          .filter((d) => d.element === e)
          .map((d) => `${d.id} ${d.got}≠${d.expected}`)
          .join(', '),
    );
    expect(below).toEqual([]);
  });
});

const REPLY: AnalyzeOptions = { kind: 'reply' };

describe('clear-cut briefs', () => {
  test.each<[string, string, AnalyzeOptions, Partial<Record<Element, Status>>]>([
    [
      'a booking call with a UTM link',
      'Réservez votre table avant vendredi sur https://resto.fr/reserver?utm_source=facebook',
      { platform: 'facebook' },
      { objective: 'present', 'call-to-action': 'present', measurement: 'present' },
    ],
    [
      'a seasonal wish',
      'Joyeux Noël à tous !',
      { platform: 'facebook' },
      { objective: 'missing', 'call-to-action': 'missing', value: 'missing', measurement: 'missing' },
    ],
    [
      'a customer-service reply (fr)',
      'Bonjour Julie, toutes nos excuses pour ce colis en retard. Envoyez-nous votre numéro de commande en message privé, nous faisons le nécessaire.',
      REPLY,
      { audience: 'present', objective: 'present' },
    ],
    [
      'a customer-service reply (en)',
      'Hi Sam, sorry about the mix-up with your order! Please DM us your order number and we will sort it out today.',
      REPLY,
      { audience: 'present', objective: 'present', 'call-to-action': 'present' },
    ],
    [
      'a promo code',
      'Utilisez le code BIENVENUE10 pour 10 % de réduction sur votre première commande.',
      {},
      { value: 'present', measurement: 'present' },
    ],
    [
      'a counted short link',
      "Book your seat for Thursday's webinar: https://bit.ly/3xYzAb",
      { platform: 'x' },
      { 'call-to-action': 'present', measurement: 'present' },
    ],
    [
      'a plain link',
      'Inscrivez-vous à notre atelier du 12 avril : https://exemple.fr/atelier',
      { platform: 'x' },
      { 'call-to-action': 'present', measurement: 'weak' },
    ],
    [
      'a personal anecdote',
      'I went to the beach with my family. Best day ever!',
      { platform: 'x' },
      { objective: 'missing', value: 'missing', 'call-to-action': 'missing', 'brand-fit': 'missing' },
    ],
    [
      'like-bait',
      'Like si tu préfères le chocolat noir 🍫',
      { platform: 'facebook' },
      // An ask for likes is not a call to action: reported missing.
      { objective: 'missing', 'call-to-action': 'missing', value: 'missing' },
    ],
    [
      'an appointment press release',
      'Acme Corp annonce la nomination de Jean Dupont au poste de directeur général.',
      { platform: 'x' },
      { audience: 'missing', value: 'missing', 'call-to-action': 'missing' },
    ],
  ])('%s', (_name, text, options, expected) => {
    const { brief } = analyze(text, options);
    const got = Object.fromEntries(Object.keys(expected).map((e) => [e, brief[e as Element].status]));
    expect(got).toEqual(expected);
  });
});
