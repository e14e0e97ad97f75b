import { describe, expect, test } from 'vitest';
import { at, findingsOf, spans } from '../helpers/rules';

const rule = 'comment-to-receive';
const linkedin = { platform: 'linkedin' } as const;

describe(rule, () => {
  test.each([
    [
      'en',
      "Our onboarding checklist saved us 40 hours.\n\nComment CHECKLIST below and I'll send it to you 👇",
      "Comment CHECKLIST below and I'll send",
    ],
    ['en', 'Type GUIDE in the comments to get the full pricing guide.', 'Type GUIDE in the comments to get'],
    ['en', "We'll DM the template to everyone who comments YES.", "We'll DM the template to everyone who comments"],
    ['en', 'Want the 12-slide deck?\n\nComment DECK.', 'Want the 12-slide deck?\n\nComment'],
    [
      'fr',
      'Notre trame de devis nous fait gagner 2 h par semaine. Commentez TRAME et je vous l’envoie en privé.',
      'Commentez TRAME et je vous l’envoie',
    ],
    [
      'fr',
      'Écrivez « guide » en commentaire pour recevoir le guide complet.',
      'Écrivez « guide » en commentaire pour recevoir',
    ],
    [
      'fr',
      'Vous voulez le modèle de rétroplanning ? Commentez PLANNING.',
      'voulez le modèle de rétroplanning ? Commentez',
    ],
    [
      'fr',
      'J’enverrai le fichier à tous ceux qui commentent « oui ».',
      'enverrai le fichier à tous ceux qui commentent',
    ],
  ])('flags a comment asked in exchange for something (%s)', (_lang, text, words) => {
    expect(spans(findingsOf(rule, text, linkedin))).toEqual([at(text, words)]);
  });

  test('is a blocker, as engagement bait is', () => {
    const [finding] = findingsOf(rule, 'Comment GUIDE and we will send you the guide.', linkedin);
    expect(finding?.severity).toBe('blocker');
    expect(finding?.category).toBe('call-to-action');
  });

  test.each([
    ['en', 'The guide is here: https://acme.example/guide. Comment GUIDE if you want me to send it too.'],
    [
      'fr',
      'Le guide est ici : https://acme.example/guide — commentez GUIDE pour recevoir aussi la version imprimable.',
    ],
  ])('does not flag a post that delivers the thing itself, with a link (%s)', (_lang, text) => {
    expect(findingsOf(rule, text, linkedin)).toEqual([]);
  });

  test.each([
    ['en', 'What would you add to this list? Tell us in the comments.'],
    ['en', 'Download the guide on our site and register for the webinar on 12 March.'],
    ['fr', 'Comment recevoir le guide ? Il est en téléchargement sur notre site, rubrique Ressources.'],
    ['fr', 'Commentez : quelle est votre meilleure pratique pour les devis ?'],
  ])('does not flag a comment asked for its own sake, or none (%s)', (_lang, text) => {
    expect(findingsOf(rule, text, linkedin)).toEqual([]);
  });

  test('applies on LinkedIn only', () => {
    const text = 'Comment GUIDE and I will send you the guide.';
    expect(findingsOf(rule, text, { platform: 'facebook' })).toEqual([]);
    expect(findingsOf(rule, text, { platform: 'x' })).toEqual([]);
    expect(findingsOf(rule, text)).toEqual([]);
  });
});
