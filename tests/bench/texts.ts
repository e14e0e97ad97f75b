// Benchmark inputs. Timings depend on what the parser meets (links, prices,
// dates, quotes, hashtags, long sentences), so the drafts are realistic social
// posts rather than lorem ipsum, and every length is built from them the same
// way on every run so that two runs measure the same work.
import type { Kind, Lang, Platform } from '../../analyzers/types';

/** Hand-written drafts in the styles the analyzer meets: offers, press releases, anecdotes, bait, replies. */
export const DRAFTS: Readonly<Record<Lang, readonly string[]>> = {
  fr: [
    // An offer with a price, a date and a link.
    "Offre de printemps 🌷 -20 % sur tous nos vélos électriques jusqu'au dimanche 30 avril. Le modèle Urbain passe à 1 199 € au lieu de 1 499 €, révision offerte la première année. Réservez votre essai gratuit en magasin ou en ligne : https://velo-lyon.example.fr/essai?utm_source=facebook&utm_campaign=printemps #vélo #Lyon",
    // A press release paragraph, dateline and executive quote included.
    "PARIS, le 3 mars 2026 – La société Nexalia a le plaisir d'annoncer la nomination de Claire Dubois au poste de directrice générale adjointe. Forte de vingt ans d'expérience dans le secteur de l'assurance, elle pilotera la transformation numérique du groupe. « Nous sommes fiers d'accueillir une dirigeante de ce calibre, qui partage notre vision d'un leader innovant et disruptif », déclare Marc Lefèvre, PDG de Nexalia. À propos de Nexalia : fondée en 1998, Nexalia accompagne plus de 4 000 entreprises en France. Contact presse : presse@nexalia.example.fr",
    // A weekend anecdote with no link to the business.
    "Quel week-end ! Samedi nous sommes partis à la plage avec toute l'équipe, brunch sur le port puis balade jusqu'au phare. Le soleil était au rendez-vous et on a même vu des dauphins au large. Dimanche, repos bien mérité à la maison. Vivement les vacances d'été ☀️",
    // Engagement bait.
    'Partagez si vous aussi vous détestez les lundis 😩 Identifiez un ami qui a besoin de café ce matin ! 1 like = 1 encouragement pour toute la semaine #lundi #café #motivation #bureau #humour #travail #semaine',
    // A customer-service reply.
    "Bonjour Sophie, merci pour votre message et désolés pour ce retard. Votre colis est parti de notre entrepôt mardi et sera livré demain avant 13 h. Vous pouvez suivre la livraison ici : https://boutique.example.fr/suivi. N'hésitez pas à nous écrire si besoin, bonne journée !",
    // An event with practical information.
    "Atelier gratuit pour les PME jeudi 12 juin à 18 h 30 à la CCI de Nantes : comment préparer votre dossier de financement en moins d'une semaine ? Places limitées à 40 participants, inscription obligatoire avant le 10 juin sur https://cci-nantes.example.fr/ateliers. Vous repartirez avec un modèle de plan de trésorerie prêt à l'emploi.",
    // A recruitment post.
    'On recrute ! Notre boulangerie de la Croix-Rousse cherche un ou une apprentie pâtissier(ère) pour la rentrée de septembre. Vous aimez travailler tôt, en équipe, avec des produits de saison ? Envoyez votre CV et deux lignes sur votre dessert préféré à emploi@fournil.example.fr avant le 15 juillet.',
  ],
  en: [
    // An offer with a price, a date and a link.
    'Spring sale 🌷 20% off every e-bike until Sunday, April 30. The City model drops to $1,199 (was $1,499) and includes a free first-year tune-up. Book your free test ride in store or online: https://bikes.example.com/test-ride?utm_source=x&utm_campaign=spring #ebike #Portland',
    // A press release paragraph, dateline and executive quote included.
    'NEW YORK, March 3, 2026 /PRNewswire/ -- Nexalia Inc. is pleased to announce the appointment of Claire Dubois as Chief Operating Officer. With twenty years of experience in the insurance industry, she will lead the digital transformation of the group. "We are proud to welcome a leader of her caliber, who shares our vision of a best-in-class, innovative company," said Mark Lewis, CEO of Nexalia. About Nexalia: founded in 1998, Nexalia serves more than 4,000 businesses across North America. Media contact: press@nexalia.example.com',
    // A weekend anecdote with no link to the business.
    'What a weekend! On Saturday we took the whole team to the beach, had brunch by the harbor and walked all the way to the lighthouse. The sun was out and we even spotted dolphins offshore. Sunday was a well-deserved rest at home. Cannot wait for the summer holidays ☀️',
    // Engagement bait.
    'Share if you also hate Mondays 😩 Tag a friend who needs coffee this morning! 1 like = 1 high five for the whole week. RT if you agree #monday #coffee #motivation #office #humor #work #week',
    // A customer-service reply.
    "Hi Sophie, thanks for reaching out and sorry about the delay. Your parcel left our warehouse on Tuesday and will be delivered tomorrow before 1 pm. You can track it here: https://shop.example.com/track. Let us know if there's anything else we can help with!",
    // An event with practical information.
    'Free workshop for small businesses on Thursday, June 12 at 6:30 pm at the Austin Chamber of Commerce: how to prepare your funding application in under a week. Seats are limited to 40 people, register before June 10 at https://chamber.example.com/workshops. You will leave with a ready-to-use cash-flow template.',
    // A recruitment post.
    "We're hiring! Our bakery in the Mission is looking for an apprentice pastry chef to start in September. Do you enjoy early mornings, teamwork and seasonal produce? Send your resume and two lines about your favorite dessert to jobs@bakery.example.com before July 15.",
  ],
};

/** Splits a draft into words, keeping the whitespace that followed each so that line breaks survive. */
function words(draft: string): { word: string; gap: string }[] {
  const out: { word: string; gap: string }[] = [];
  for (const match of draft.matchAll(/(\S+)(\s*)/g)) out.push({ word: match[1]!, gap: match[2]! });
  return out;
}

/**
 * A draft of exactly `length` characters (UTF-16 units, as `text.length`
 * counts), made of the fixture drafts of `lang` starting with draft number
 * `start`, joined by blank lines and cut at word boundaries: no half word, no
 * half URL. Near the end, a word that would overflow is skipped and the next
 * ones that fit are taken, which lands on the exact length within a few words.
 */
export function buildText(lang: Lang, length: number, start = 0): string {
  if (!Number.isInteger(length) || length < 1) throw new RangeError(`length must be a positive integer, got ${length}`);
  const drafts = DRAFTS[lang];
  let text = '';
  let previousTaken = false;
  // The fixtures hold one-character words ("à", "!", "="), so a bounded number of passes always ends on the length.
  const maxDrafts = start + Math.ceil(length / 100) + 10 * drafts.length;
  for (let i = start; i < maxDrafts && text.length < length; i++) {
    const list = words(drafts[i % drafts.length]!);
    for (let w = 0; w < list.length && text.length < length; w++) {
      const { word } = list[w]!;
      // Keep the draft's own whitespace (line breaks) when the previous word was taken, a blank line between drafts.
      const separator: string = text === '' ? '' : w === 0 ? '\n\n' : previousTaken ? list[w - 1]!.gap || ' ' : ' ';
      const after: number = text.length + separator.length + word.length;
      // Leaving exactly one character would need a word of length zero: skip such a word too.
      previousTaken = after <= length && after !== length - 1;
      if (previousTaken) text += separator + word;
    }
  }
  if (text.length !== length) throw new Error(`buildText produced ${text.length} characters instead of ${length}`);
  return text;
}

export interface JsonlPost {
  id: string;
  text: string;
  platform: Platform;
  kind: Kind;
}

/** `count` batch inputs for the CLI, alternating French and English, X and Facebook, deterministic. */
export function jsonlPosts(count: number): JsonlPost[] {
  const posts: JsonlPost[] = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = i % 2 === 0 ? 'fr' : 'en';
    const drafts = DRAFTS[lang];
    const index = Math.floor(i / 2) % drafts.length;
    posts.push({
      id: `bench-${String(i + 1).padStart(4, '0')}`,
      text: drafts[index]!,
      platform: Math.floor(i / 4) % 2 === 0 ? 'x' : 'facebook',
      // The fifth fixture of each language is a reply to a customer.
      kind: index === 4 ? 'reply' : 'post',
    });
  }
  return posts;
}
