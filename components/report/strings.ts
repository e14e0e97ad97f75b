// Every word of the coaching report, in French and English, typeset like the
// popup's (narrow no-break spaces in French, Québec's conventions for fr-CA).
// The names of verdicts, genres, decisions, reasons, elements and rules are the
// popup's, so that the report and the review queue say the same thing.
import type { Element, Genre, Platform, Verdict } from '../../analyzers/types';
import type { Decision, OverrideReason } from '../../utils/storage';
import { typeset, type UiLang } from '../../utils/ui-strings';
import { formatLocale, popupStrings } from '../popup/strings';

export interface ReportStrings {
  title: string;
  langLabel: string;
  langAuto: string;
  /** The line under the title: what this report covers, for the printed copy. */
  scope: (brand: string, platform: string, period: string) => string;
  generated: (date: string) => string;
  loading: string;

  filtersLegend: string;
  brand: string;
  allBrands: string;
  platform: string;
  allPlatforms: string;
  period: string;
  lastDays: (n: number) => string;
  between: string;
  from: string;
  to: string;
  invalidDates: string;

  noDrafts: string;
  historyOff: string;
  emptyPeriod: string;
  thin: (n: number) => string;

  summaryHeading: string;
  checked: string;
  checkedHint: string;
  flagged: string;
  flaggedHint: string;
  /** "33 % of 9" */
  shareOf: (share: string, whole: number) => string;

  trendHeading: string;
  trendIntro: string;
  week: string;
  weekOf: (date: string) => string;
  nothingChecked: string;
  genresHeading: string;
  genresEmpty: string;
  missingHeading: string;
  missingIntro: (n: number) => string;
  missingEmpty: string;
  noBriefs: string;
  verdictsHeading: string;
  decisionsHeading: string;
  reasonsHeading: string;
  reasonsTop: string;
  reasonsEmpty: string;
  noReason: string;
  rulesHeading: string;
  rulesEmpty: string;
  coachingHeading: string;
  coaching: (revised: number, flagged: number, passed: number) => string;
  coachingEmpty: string;

  colItem: string;
  colCount: string;
  colShare: string;
  colChecked: string;
  colFlagged: string;
  chartLabel: (heading: string) => string;
  showTable: string;
  hideTable: string;

  exportCsv: string;
  exportJson: string;
  print: string;
  exported: (format: string) => string;
  csvHeaders: Record<'section' | 'key' | 'label' | 'count' | 'share' | 'of', string>;
  csvMeta: Record<'brand' | 'platform' | 'from' | 'to' | 'generated', string>;
  sections: Record<
    'checked' | 'flagged' | 'verdict' | 'decision' | 'genre' | 'reason' | 'missing' | 'rule' | 'revised' | 'week',
    string
  >;
  revisedPassed: string;

  /** Shared with the popup. */
  platforms: Record<Platform, string>;
  genres: Record<Genre, string>;
  verdicts: Record<Verdict, string>;
  decisions: Record<Decision, string>;
  reasons: Record<OverrideReason, string>;
  elements: Record<Element, string>;
  rules: Record<string, string>;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

function shared(lang: UiLang) {
  const p = popupStrings(lang);
  return {
    platforms: p.platforms,
    genres: p.genres,
    verdicts: p.verdicts,
    decisions: p.decisions,
    reasons: p.reasons,
    elements: p.elements,
    rules: p.rules,
  };
}

const fr: Omit<ReportStrings, keyof ReturnType<typeof shared>> = {
  title: 'Rapport de coaching',
  langLabel: 'Langue',
  langAuto: 'Automatique',
  scope: (brand, platform, period) => `${brand} · ${platform} · ${period}`,
  generated: (date) => `Rapport établi le ${date} par Whypost, à partir des brouillons enregistrés sur cet ordinateur.`,
  loading: 'Chargement…',

  filtersLegend: 'Filtres',
  brand: 'Marque',
  allBrands: 'Toutes les marques',
  platform: 'Plateforme',
  allPlatforms: 'Toutes les plateformes',
  period: 'Période',
  lastDays: (n) => `${n} derniers jours`,
  between: 'Entre deux dates',
  from: 'Du',
  to: 'Au',
  invalidDates: 'Choisissez deux dates pour afficher cette période.',

  noDrafts:
    'Aucun brouillon enregistré pour l’instant. Les chiffres apparaîtront ici quand des brouillons passeront la vérification avant publication.',
  historyOff:
    'L’historique est désactivé dans la fenêtre de Whypost : les nouveaux brouillons ne sont pas enregistrés.',
  emptyPeriod: 'Aucun brouillon vérifié pour cette marque, cette plateforme et cette période.',
  thin: (n) =>
    `${plural(n, 'Un seul brouillon', `Seulement ${n} brouillons`)} sur cette période : les parts sont à lire avec prudence.`,

  summaryHeading: 'En bref',
  checked: 'Brouillons vérifiés',
  checkedHint: 'chaque clic sur Publier',
  flagged: 'Signalés',
  flaggedHint: 'arrêtés par la vérification avant publication',
  shareOf: (share, whole) => `${share} sur ${whole}`,

  trendHeading: 'Part des brouillons signalés, semaine par semaine',
  trendIntro: 'Semaines du lundi au dimanche ; une semaine sans brouillon n’a pas de point.',
  week: 'Semaine',
  weekOf: (date) => `Semaine du ${date}`,
  nothingChecked: 'aucun brouillon',
  genresHeading: 'Genres des brouillons signalés',
  genresEmpty: 'Aucun brouillon signalé sur cette période.',
  missingHeading: 'Éléments business le plus souvent absents',
  missingIntro: (n) => `Parmi les ${n} ${plural(n, 'brouillon', 'brouillons')} dont le brief a été enregistré.`,
  missingEmpty: 'Aucun élément business ne manquait.',
  noBriefs: 'Ces brouillons ont été enregistrés sans leur brief (ancienne version de Whypost).',
  verdictsHeading: 'Verdicts',
  decisionsHeading: 'Décisions',
  reasonsHeading: 'Raisons données pour publier malgré tout',
  reasonsTop: 'Les plus fréquentes :',
  reasonsEmpty: 'Aucun brouillon publié malgré tout sur cette période.',
  noReason: 'Sans raison donnée',
  rulesHeading: 'Règles le plus souvent déclenchées',
  rulesEmpty: 'Aucune règle déclenchée sur cette période.',
  coachingHeading: 'Effet du coaching',
  coaching: (revised, flagged, passed) =>
    `${revised} ${plural(revised, 'brouillon signalé a été retravaillé', 'brouillons signalés ont été retravaillés')} sur ${flagged} ; ${passed} ${plural(passed, 'a ensuite été publié', 'ont ensuite été publiés')} sans être arrêté${plural(passed, '', 's')}.`,
  coachingEmpty: 'Aucun brouillon n’a été retravaillé après la vérification sur cette période.',

  colItem: 'Élément',
  colCount: 'Brouillons',
  colShare: 'Part',
  colChecked: 'Vérifiés',
  colFlagged: 'Signalés',
  chartLabel: (heading) => `Graphique : ${heading}. Les mêmes chiffres sont dans le tableau.`,
  showTable: 'Afficher le tableau',
  hideTable: 'Masquer le tableau',

  exportCsv: 'Exporter les chiffres en CSV',
  exportJson: 'Exporter les chiffres en JSON',
  print: 'Imprimer ou enregistrer en PDF',
  exported: (format) => `Chiffres exportés en ${format}.`,
  csvHeaders: { section: 'rubrique', key: 'clé', label: 'libellé', count: 'nombre', share: 'part (%)', of: 'sur' },
  csvMeta: { brand: 'Marque', platform: 'Plateforme', from: 'Du', to: 'Au', generated: 'Établi le' },
  sections: {
    checked: 'Brouillons vérifiés',
    flagged: 'Brouillons signalés',
    verdict: 'Verdict',
    decision: 'Décision',
    genre: 'Genre signalé',
    reason: 'Raison de publier malgré tout',
    missing: 'Élément absent',
    rule: 'Règle déclenchée',
    revised: 'Retravaillés après la vérification',
    week: 'Semaine (signalés sur vérifiés)',
  },
  revisedPassed: 'Retravaillés puis publiés sans être arrêtés',
};

const en: Omit<ReportStrings, keyof ReturnType<typeof shared>> = {
  title: 'Coaching report',
  langLabel: 'Language',
  langAuto: 'Automatic',
  scope: (brand, platform, period) => `${brand} · ${platform} · ${period}`,
  generated: (date) => `Report made on ${date} by Whypost, from the drafts recorded on this computer.`,
  loading: 'Loading…',

  filtersLegend: 'Filters',
  brand: 'Brand',
  allBrands: 'All brands',
  platform: 'Platform',
  allPlatforms: 'All platforms',
  period: 'Period',
  lastDays: (n) => `Last ${n} days`,
  between: 'Between two dates',
  from: 'From',
  to: 'To',
  invalidDates: 'Choose two dates to show this period.',

  noDrafts: 'No draft has been recorded yet. The figures will appear here once drafts reach the pre-publish check.',
  historyOff: 'History is turned off in the Whypost popup: new drafts are not recorded.',
  emptyPeriod: 'No draft was checked for this brand, platform and period.',
  thin: (n) => `${plural(n, 'Only one draft', `Only ${n} drafts`)} in this period: read the shares with care.`,

  summaryHeading: 'At a glance',
  checked: 'Drafts checked',
  checkedHint: 'every press of Post',
  flagged: 'Flagged',
  flaggedHint: 'stopped by the pre-publish check',
  shareOf: (share, whole) => `${share} of ${whole}`,

  trendHeading: 'Share of drafts flagged, week by week',
  trendIntro: 'Weeks run Monday to Sunday; a week with no draft has no point.',
  week: 'Week',
  weekOf: (date) => `Week of ${date}`,
  nothingChecked: 'no draft',
  genresHeading: 'Genres of the flagged drafts',
  genresEmpty: 'No draft was flagged in this period.',
  missingHeading: 'Business elements most often missing',
  missingIntro: (n) => `Among the ${n} ${plural(n, 'draft', 'drafts')} whose brief was recorded.`,
  missingEmpty: 'No business element was missing.',
  noBriefs: 'These drafts were recorded without their brief (an earlier version of Whypost).',
  verdictsHeading: 'Verdicts',
  decisionsHeading: 'Decisions',
  reasonsHeading: 'Reasons given for publishing anyway',
  reasonsTop: 'Most frequent:',
  reasonsEmpty: 'No draft was published anyway in this period.',
  noReason: 'No reason given',
  rulesHeading: 'Rules most often triggered',
  rulesEmpty: 'No rule was triggered in this period.',
  coachingHeading: 'Coaching effect',
  coaching: (revised, flagged, passed) =>
    `${revised} of ${flagged} flagged ${plural(flagged, 'draft was', 'drafts were')} revised; ${passed} of them then went out without being stopped.`,
  coachingEmpty: 'No draft was revised after the check in this period.',

  colItem: 'Item',
  colCount: 'Drafts',
  colShare: 'Share',
  colChecked: 'Checked',
  colFlagged: 'Flagged',
  chartLabel: (heading) => `Chart: ${heading}. The table has the same figures.`,
  showTable: 'Show the table',
  hideTable: 'Hide the table',

  exportCsv: 'Export the figures as CSV',
  exportJson: 'Export the figures as JSON',
  print: 'Print or save as PDF',
  exported: (format) => `Figures exported as ${format}.`,
  csvHeaders: { section: 'section', key: 'key', label: 'label', count: 'count', share: 'share (%)', of: 'of' },
  csvMeta: { brand: 'Brand', platform: 'Platform', from: 'From', to: 'To', generated: 'Made on' },
  sections: {
    checked: 'Drafts checked',
    flagged: 'Drafts flagged',
    verdict: 'Verdict',
    decision: 'Decision',
    genre: 'Flagged genre',
    reason: 'Reason for publishing anyway',
    missing: 'Missing element',
    rule: 'Rule triggered',
    revised: 'Revised after the check',
    week: 'Week (flagged of checked)',
  },
  revisedPassed: 'Revised, then published without being stopped',
};

const RAW = { fr, en };

function typesetAll<T>(value: T, lang: UiLang): T {
  if (typeof value === 'string') return typeset(value, lang) as T;
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => typesetAll(fn(...args), lang)) as T;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typesetAll(v, lang)])) as T;
  }
  return value;
}

const cache = new Map<string, ReportStrings>();

/** The report's strings in `lang`, typeset for the browser's variant of French. */
export function reportStrings(lang: UiLang): ReportStrings {
  const key = `${lang}:${globalThis.navigator?.language ?? ''}`;
  let strings = cache.get(key);
  if (!strings) {
    strings = { ...typesetAll(RAW[lang], lang), ...shared(lang) };
    cache.set(key, strings);
  }
  return strings;
}

/** A share as a percentage the way the user reads it: "33 %" in French, "33%" in English. */
export function formatShare(share: number, lang: UiLang): string {
  return new Intl.NumberFormat(formatLocale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A count with the user's digit grouping. */
export function formatCount(n: number, lang: UiLang): string {
  return new Intl.NumberFormat(formatLocale(lang)).format(n);
}

/** A day the way the user reads it (23 nov. 2026, Nov 23, 2026). */
export function formatDay(ms: number, lang: UiLang): string {
  return new Intl.DateTimeFormat(formatLocale(lang), { dateStyle: 'medium' }).format(ms);
}

/** A day on a chart's axis: 23 nov., Nov 23. */
export function formatShortDay(ms: number, lang: UiLang): string {
  return new Intl.DateTimeFormat(formatLocale(lang), { day: 'numeric', month: 'short' }).format(ms);
}
