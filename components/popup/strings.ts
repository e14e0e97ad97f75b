// Every word of the popup, in French and English. The French strings are
// written with ordinary spaces and typeset once by `popupStrings` (narrow
// no-break spaces before ; ! ?, no-break spaces before : and inside « »,
// Québec's conventions when the browser says fr-CA).
import { problemText } from '../../utils/brands/wording';
import type { Element, Genre, Platform, Severity, Status, Verdict } from '../../analyzers/types';
import { CATALOGS } from '../../analyzers/messages';
import type { LibraryNotice } from '../../utils/brands/types';
import type { Decision, OverrideReason } from '../../utils/storage';
import { typesetAll, UI, type UiLang } from '../../utils/ui-strings';

export interface PopupStrings {
  title: string;
  langLabel: string;
  langAuto: string;
  tabsLabel: string;
  tabDraft: string;
  tabQueue: (unreviewed: number) => string;

  currentHeading: string;
  loading: string;
  notOnSite: string;
  siteOff: (host: string) => string;
  noDraft: (platform: string) => string;
  noCritique: string;
  critiqueUnavailable: string;
  scoreLabel: string;
  score: (n: number) => string;
  genre: string;
  language: string;
  account: string;
  brand: string;
  openCard: string;
  triggeredBy: string;
  toDo: string;
  weighted: (n: number, max: number) => string;

  brandHeading: string;
  brandLabel: string;
  brandHint: string;
  brandManaged: string;
  brandSubscribed: string;
  brandUnreadable: string;
  brandUnknown: (id: string) => string;
  manageBrands: string;
  notice: (n: LibraryNotice, date: (ms: number) => string) => string;

  siteHeading: string;
  siteSwitch: (host: string) => string;

  queueHeading: string;
  filtersLegend: string;
  filtersToggle: (active: number) => string;
  filterBrand: string;
  filterRule: string;
  filterDecision: string;
  filterFrom: string;
  filterTo: string;
  all: string;
  showReviewed: string;
  resetFilters: string;
  shown: (n: number, total: number) => string;
  empty: string;
  emptyFiltered: string;
  historyOff: string;
  showMore: (n: number) => string;
  platforms: Record<Platform, string>;
  decisions: Record<Decision, string>;
  reviewed: string;
  yes: string;
  no: string;
  toReview: string;
  markAllShown: string;
  markedReviewed: (n: number) => string;
  openReport: string;
  exportCsv: string;
  exportJson: string;
  exported: (n: number, format: string) => string;
  clearAll: string;
  confirmClear: (n: number) => string;
  confirmClearYes: string;
  cancel: string;
  cleared: string;

  detailHeading: (date: string) => string;
  back: string;
  markReviewed: string;
  markNotReviewed: string;
  nowReviewed: string;
  nowNotReviewed: string;
  deleteDraft: string;
  deleted: string;
  text: string;
  decision: string;
  where: string;
  noBrief: string;

  historyLegend: string;
  historyEnabled: string;
  historyNote: string;
  maxDrafts: string;
  maxDays: string;
  save: string;
  saved: string;
  invalidNumber: (min: number, max: number) => string;
  invalidForm: string;

  /** Shared with the page's interface (utils/ui-strings) and the analyzer's catalogs. */
  brief: string;
  findings: string;
  noFindings: string;
  example: string;
  genres: Record<Genre, string>;
  verdicts: Record<Verdict, string>;
  statuses: Record<Status, string>;
  elements: Record<Element, string>;
  reasons: Record<OverrideReason, string>;
  severities: Record<Severity, string>;
  rules: Record<string, string>;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

function shared(lang: UiLang) {
  const ui = UI[lang];
  const catalog = CATALOGS[lang];
  return {
    brief: ui.brief,
    findings: ui.findings,
    noFindings: ui.noFindings,
    example: ui.example,
    genres: ui.genres,
    verdicts: ui.verdicts,
    statuses: ui.statuses,
    elements: ui.elements,
    reasons: ui.reasons,
    severities: catalog.severities,
    rules: Object.fromEntries(Object.entries(catalog.rules).map(([id, rule]) => [id, rule.name])),
  };
}

const fr: PopupStrings = {
  title: 'Whypost',
  langLabel: 'Langue',
  langAuto: 'Automatique',
  tabsLabel: 'Sections de Whypost',
  tabDraft: 'Ce brouillon',
  tabQueue: (n) => (n === 0 ? 'File de relecture' : `File de relecture (${n})`),

  currentHeading: 'Brouillon en cours',
  loading: 'Chargement…',
  notOnSite: 'Ouvrez X, Facebook ou LinkedIn pour faire critiquer un brouillon.',
  siteOff: (host) => `Whypost est désactivé sur ${host}. Réactivez-le ci-dessous pour faire critiquer vos brouillons.`,
  noDraft: (platform) =>
    `Pas encore de brouillon : cliquez dans la zone de rédaction de ${platform} et commencez à écrire.`,
  noCritique: 'Analyse du brouillon…',
  critiqueUnavailable:
    'La critique est indisponible pour l’instant : vous pouvez publier normalement. Ajoutez quelques mots ou rechargez la page pour réessayer.',
  scoreLabel: 'Score',
  score: (n) => `${n}/100`,
  genre: 'Genre',
  language: 'Langue',
  account: 'Compte',
  brand: 'Marque',
  openCard: 'Afficher la critique dans la page',
  triggeredBy: 'Mots en cause :',
  toDo: 'À faire :',
  weighted: UI.fr.weighted,

  brandHeading: 'Marque',
  brandLabel: 'Marque appliquée ici',
  brandHint: 'Ses règles s’appliquent aux brouillons écrits sur ce site.',
  brandManaged: 'gérée par votre organisation',
  brandSubscribed: 'abonnement',
  brandUnreadable: 'illisible, règles par défaut',
  brandUnknown: (id) => `${id} (introuvable)`,
  manageBrands: 'Gérer les marques',
  notice: (n, date) => {
    switch (n.code) {
      case 'stored-locally':
        return `La marque « ${n.brand} » est trop grande pour la synchronisation : elle reste sur cet ordinateur.`;
      case 'unreadable-brand':
        return `La marque « ${n.brand} » est illisible : les règles par défaut s’appliquent en attendant.`;
      case 'unreadable-setting':
        return `Un réglage (${n.key}) est illisible : sa valeur par défaut s’applique.`;
      case 'refresh-failed':
        return n.updatedAt === undefined
          ? `La marque « ${n.brand} » n’a pas pu être téléchargée (${problemText(n.error, 'fr')}).`
          : `La marque « ${n.brand} » n’a pas pu être mise à jour (${problemText(n.error, 'fr')}) : la version du ${date(n.updatedAt)} reste en service.`;
      case 'managed-unavailable':
        return 'Les marques gérées par votre organisation sont inaccessibles pour le moment.';
    }
  },

  siteHeading: 'Ce site',
  siteSwitch: (host) => `Whypost sur ${host}`,

  queueHeading: 'File de relecture',
  filtersLegend: 'Filtres',
  filtersToggle: (n) => (n === 0 ? 'Filtres' : `Filtres (${n} ${plural(n, 'actif', 'actifs')})`),
  filterBrand: 'Marque',
  filterRule: 'Règle',
  filterDecision: 'Décision',
  filterFrom: 'Du',
  filterTo: 'Au',
  all: 'Toutes',
  showReviewed: 'Afficher les brouillons relus',
  resetFilters: 'Réinitialiser les filtres',
  shown: (n, total) => `${n} ${plural(n, 'brouillon affiché', 'brouillons affichés')} sur ${total}.`,
  empty:
    'Aucun brouillon pour l’instant. Les brouillons s’ajoutent ici quand ils passent la vérification avant publication.',
  emptyFiltered: 'Aucun brouillon ne correspond à ces filtres.',
  historyOff: 'L’historique est désactivé : les nouveaux brouillons ne sont pas enregistrés.',
  showMore: (n) => `Afficher ${n} de plus`,
  platforms: { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' },
  decisions: {
    published: 'Publié',
    'published-anyway': 'Publié malgré tout',
    revised: 'Révisé',
    abandoned: 'Abandonné',
  },
  reviewed: 'Relu',
  yes: 'Oui',
  no: 'Non',
  toReview: 'À relire',
  markAllShown: 'Marquer les brouillons affichés comme relus',
  markedReviewed: (n) => `${n} ${plural(n, 'brouillon marqué comme relu', 'brouillons marqués comme relus')}.`,
  openReport: 'Rapport de coaching',
  exportCsv: 'Exporter en CSV',
  exportJson: 'Exporter en JSON',
  exported: (n, format) => `${n} ${plural(n, 'brouillon exporté', 'brouillons exportés')} en ${format}.`,
  clearAll: 'Vider l’historique…',
  confirmClear: (n) =>
    n === 1
      ? 'Supprimer le brouillon enregistré ? C’est définitif.'
      : `Supprimer les ${n} brouillons enregistrés ? C’est définitif.`,
  confirmClearYes: 'Tout supprimer',
  cancel: 'Annuler',
  cleared: 'Historique vidé.',

  detailHeading: (date) => `Brouillon du ${date}`,
  back: 'Retour à la liste',
  markReviewed: 'Marquer comme relu',
  markNotReviewed: 'Marquer comme non relu',
  nowReviewed: 'Brouillon marqué comme relu.',
  nowNotReviewed: 'Brouillon marqué comme non relu.',
  deleteDraft: 'Supprimer',
  deleted: 'Brouillon supprimé.',
  text: 'Texte',
  decision: 'Décision',
  where: 'Emplacement',
  noBrief: 'Ce brouillon a été enregistré sans son brief (ancienne version de Whypost).',

  historyLegend: 'Réglages de l’historique',
  historyEnabled: 'Enregistrer les brouillons qui passent la vérification avant publication',
  historyNote: 'Les brouillons restent sur cet ordinateur.',
  maxDrafts: 'Nombre maximal de brouillons',
  maxDays: 'Durée de conservation (jours)',
  save: 'Enregistrer',
  saved: 'Réglages de l’historique enregistrés.',
  invalidNumber: (min, max) =>
    `Saisissez un nombre entier de ${min.toLocaleString('fr-FR')} à ${max.toLocaleString('fr-FR')}.`,
  invalidForm: 'Un réglage n’est pas valide : rien n’a été enregistré.',

  ...shared('fr'),
};

const en: PopupStrings = {
  title: 'Whypost',
  langLabel: 'Language',
  langAuto: 'Automatic',
  tabsLabel: 'Whypost sections',
  tabDraft: 'This draft',
  tabQueue: (n) => (n === 0 ? 'Review queue' : `Review queue (${n})`),

  currentHeading: 'Current draft',
  loading: 'Loading…',
  notOnSite: 'Open X, Facebook or LinkedIn to critique a draft.',
  siteOff: (host) => `Whypost is off on ${host}. Switch it back on below to have your drafts critiqued.`,
  noDraft: (platform) => `No draft yet: click in a ${platform} composer and start writing.`,
  noCritique: 'Analysing the draft…',
  critiqueUnavailable:
    'The critique is unavailable for now: you can publish as usual. Type a few more words or reload the page to try again.',
  scoreLabel: 'Score',
  score: (n) => `${n}/100`,
  genre: 'Genre',
  language: 'Language',
  account: 'Account',
  brand: 'Brand',
  openCard: 'Show the critique in the page',
  triggeredBy: 'Words in question:',
  toDo: 'What to do:',
  weighted: UI.en.weighted,

  brandHeading: 'Brand',
  brandLabel: 'Brand applied here',
  brandHint: 'Its rules apply to the drafts written on this site.',
  brandManaged: 'managed by your organisation',
  brandSubscribed: 'subscription',
  brandUnreadable: 'unreadable, default rules used',
  brandUnknown: (id) => `${id} (not found)`,
  manageBrands: 'Manage brands',
  notice: (n, date) => {
    switch (n.code) {
      case 'stored-locally':
        return `The brand “${n.brand}” is too large to sync: it stays on this computer.`;
      case 'unreadable-brand':
        return `The brand “${n.brand}” cannot be read: the default rules apply meanwhile.`;
      case 'unreadable-setting':
        return `A setting (${n.key}) cannot be read: its default value applies.`;
      case 'refresh-failed':
        return n.updatedAt === undefined
          ? `The brand “${n.brand}” could not be downloaded (${problemText(n.error, 'en')}).`
          : `The brand “${n.brand}” could not be updated (${problemText(n.error, 'en')}): the version of ${date(n.updatedAt)} is still in use.`;
      case 'managed-unavailable':
        return 'The brands managed by your organisation cannot be reached for now.';
    }
  },

  siteHeading: 'This site',
  siteSwitch: (host) => `Whypost on ${host}`,

  queueHeading: 'Review queue',
  filtersLegend: 'Filters',
  filtersToggle: (n) => (n === 0 ? 'Filters' : `Filters (${n} active)`),
  filterBrand: 'Brand',
  filterRule: 'Rule',
  filterDecision: 'Decision',
  filterFrom: 'From',
  filterTo: 'To',
  all: 'All',
  showReviewed: 'Show reviewed drafts',
  resetFilters: 'Reset filters',
  shown: (n, total) => `${n} of ${total} ${plural(total, 'draft', 'drafts')} shown.`,
  empty: 'No drafts yet. Drafts are added here when they reach the pre-publish check.',
  emptyFiltered: 'No draft matches these filters.',
  historyOff: 'History is off: new drafts are not recorded.',
  showMore: (n) => `Show ${n} more`,
  platforms: { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' },
  decisions: {
    published: 'Published',
    'published-anyway': 'Published anyway',
    revised: 'Revised',
    abandoned: 'Abandoned',
  },
  reviewed: 'Reviewed',
  yes: 'Yes',
  no: 'No',
  toReview: 'To review',
  markAllShown: 'Mark all shown as reviewed',
  markedReviewed: (n) => `${n} ${plural(n, 'draft', 'drafts')} marked as reviewed.`,
  openReport: 'Coaching report',
  exportCsv: 'Export CSV',
  exportJson: 'Export JSON',
  exported: (n, format) => `${n} ${plural(n, 'draft', 'drafts')} exported as ${format}.`,
  clearAll: 'Clear history…',
  confirmClear: (n) =>
    n === 1
      ? 'Delete the recorded draft? This cannot be undone.'
      : `Delete all ${n} recorded drafts? This cannot be undone.`,
  confirmClearYes: 'Delete all',
  cancel: 'Cancel',
  cleared: 'History cleared.',

  detailHeading: (date) => `Draft of ${date}`,
  back: 'Back to the list',
  markReviewed: 'Mark as reviewed',
  markNotReviewed: 'Mark as not reviewed',
  nowReviewed: 'Draft marked as reviewed.',
  nowNotReviewed: 'Draft marked as not reviewed.',
  deleteDraft: 'Delete',
  deleted: 'Draft deleted.',
  text: 'Text',
  decision: 'Decision',
  where: 'Where',
  noBrief: 'This draft was recorded without its brief (older version of Whypost).',

  historyLegend: 'History settings',
  historyEnabled: 'Record the drafts that reach the pre-publish check',
  historyNote: 'Drafts stay on this computer.',
  maxDrafts: 'Maximum number of drafts',
  maxDays: 'Keep for (days)',
  save: 'Save',
  saved: 'History settings saved.',
  invalidNumber: (min, max) => `Enter a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}.`,
  invalidForm: 'A setting is not valid: nothing was saved.',

  ...shared('en'),
};

const RAW: Record<UiLang, PopupStrings> = { fr, en };

const cache = new Map<string, PopupStrings>();

/** The popup's strings in `lang`, typeset for the browser's variant of French. */
export function popupStrings(lang: UiLang): PopupStrings {
  const key = `${lang}:${globalThis.navigator?.language ?? ''}`;
  let strings = cache.get(key);
  if (!strings) {
    strings = typesetAll(RAW[lang], lang);
    cache.set(key, strings);
  }
  return strings;
}

/** The locale for dates and numbers: the browser's own when it speaks `lang` (fr-CA, en-GB…). */
export function formatLocale(lang: UiLang): string {
  const browser = globalThis.navigator?.language ?? '';
  return browser.toLowerCase().startsWith(lang) ? browser : lang === 'fr' ? 'fr-FR' : 'en-US';
}

/** A date and time the way the user reads them. */
export function formatDateTime(ms: number, lang: UiLang): string {
  return new Intl.DateTimeFormat(formatLocale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** The name of a detected language (`fr` → « français » / "French"), `und` as undetermined. */
export function languageName(code: string, lang: UiLang): string {
  if (code === 'und' || code === '') return lang === 'fr' ? 'indéterminée' : 'undetermined';
  try {
    return new Intl.DisplayNames([formatLocale(lang)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
