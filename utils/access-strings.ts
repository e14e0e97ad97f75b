// The words of the page that asks for access to a linked page's site (entrypoints/access), in French
// and English; apart from ui-strings.ts, which the content scripts carry (issue 11: their weight).
import type { UiLang } from './ui-strings';

interface AccessStrings {
  notNow: string;
  accessTitle: string;
  accessIntro: (host: string) => string;
  accessPrivacy: string;
  accessGranted: string;
  accessRefused: string;
}

export const ACCESS: Record<UiLang, AccessStrings> = {
  fr: {
    notNow: 'Plus tard',
    accessTitle: 'Laisser Whypost lire les pages liées ?',
    accessIntro: (host) =>
      `Votre brouillon renvoie vers ${host}. Avec votre accord, Whypost lit cette page pour savoir si c’est un communiqué de presse et quelle part de votre texte en est copiée.`,
    accessPrivacy:
      'La page est téléchargée depuis votre ordinateur, sans cookies, et lue sur place ; rien de ce que vous tapez n’est envoyé. Vous pouvez retirer cet accès à tout moment dans les options.',
    accessGranted: 'C’est fait : le lien est en cours de lecture. Vous pouvez fermer cette fenêtre.',
    accessRefused: 'Non autorisé : le lien reste non vérifié, et rien n’est jamais bloqué pour cette raison.',
  },
  en: {
    notNow: 'Not now',
    accessTitle: 'Let Whypost read linked pages?',
    accessIntro: (host) =>
      `Your draft links to ${host}. With your permission, Whypost reads that page to tell whether it is a press release and how much of your draft is copied from it.`,
    accessPrivacy:
      'The page is fetched from your computer, without cookies, and read there; nothing you type is sent. You can take this access back at any time in the options.',
    accessGranted: 'Done: the link is being read. This window can be closed.',
    accessRefused: 'Not allowed: the link stays unchecked, and nothing is ever blocked because of it.',
  },
};
