// The genre on the hard cases the issue names, and the amount reader that
// tells an offer's price from a company's figures.
import { describe, expect, test } from 'vitest';
import { analyze } from '../analyzers';
import { amount } from '../analyzers/genre';

describe('genre: hard cases', () => {
  test.each([
    [
      'fr',
      'purposeful',
      'Ouvert ce week-end : venez essayer notre nouveau menu brunch, samedi et dimanche de 10 h à 15 h !',
    ],
    [
      'fr',
      'purposeful',
      'Ouvert cette fin de semaine : venez magasiner nos bottes d’hiver, 20 % de rabais samedi et dimanche.',
    ],
    [
      'en',
      'purposeful',
      'What changes for you from 1 March: our new energy tariff saves the average home £120 a year. Switch in two minutes at https://energy.example/switch',
    ],
    [
      'fr',
      'purposeful',
      'Ce qui change pour vous au 1er mars : votre abonnement passe à 9,99 €/mois, sans engagement. Toutes les infos et la résiliation sur https://operateur.example/mars',
    ],
    [
      'en',
      'engagement-bait',
      'GIVEAWAY 🎁 Win a year of free coffee! To enter: like this post, follow us and tag 3 friends. Winner drawn Friday.',
    ],
    ['fr', 'engagement-bait', 'CONCOURS 🎁 Pour gagner 2 places : RT + follow le compte ! Tirage au sort vendredi.'],
    [
      'en',
      'purposeful',
      'Win 2 tickets to the festival: sign up to our newsletter before Friday at https://shop.example/news',
    ],
    [
      'fr',
      'purposeful',
      'Partagez svp : notre chat Filou a disparu hier soir à Lyon 3e. Appelez le 06 12 34 56 78 si vous le voyez.',
    ],
    [
      'en',
      'purposeful',
      'Hi Sam, sorry your parcel is late. It left our depot today and will reach you tomorrow before noon.',
    ],
    [
      'fr',
      'press-release',
      'PARIS, le 3 mars 2026 – La société Datavia a le plaisir d’annoncer la nomination de Paul Girard au poste de directeur commercial.',
    ],
    [
      'en',
      'press-release',
      'Northwind Logistics reports record third-quarter revenue of $2.1 billion, up 12% year-over-year.',
    ],
    ['fr', 'anecdote', 'Quelle fin de semaine au chalet! J’ai fait du ski avec mes chums, on est rentrés crevés.'],
    ['en', 'no-objective', 'Happy Monday everyone! ☕'],
  ] as const)('%s → %s: %s', (_lang, genre, text) => {
    expect(analyze(text).genre).toBe(genre);
  });
});

describe('amount()', () => {
  test.each([
    ['24 €', 24],
    ['19,99 €', 19.99],
    ['$6.95', 6.95],
    ['1 200 €', 1200],
    ['$450,000', 450_000],
    ['$218 million', 218_000_000],
    ['412 M€', 412_000_000],
    ["1,2 milliard d'euros", 1_200_000_000],
    ['$12M', 12_000_000],
    ['5 k€', 5000],
  ])('%s is %d', (price, value) => {
    expect(amount(price)).toBeCloseTo(value);
  });
});
