import type { PresetId } from '../brand/presets';
import type { Objective } from '../brand/schema';
import type {
  BrandLocale,
  ConfidenceLevel,
  Element,
  Genre,
  Lang,
  LinkProblem,
  LinkState,
  Notice,
  Platform,
  PressCue,
  Severity,
  Status,
  Verdict,
} from '../types';

export interface RuleText {
  /** Short name, for lists and toggles. */
  name: string;
  /** Why it matters for the business. */
  reason: string;
  /** What to do about it. */
  suggestion: string;
  /** Messages by id; `{quote}` and other placeholders come from the finding's data. */
  messages: Record<string, string>;
}

export interface ElementText {
  question: string;
  example: string;
  /** Why a weak status is weak, by note id. */
  notes: Record<string, string>;
}

export interface Catalog {
  /** The one name of each concept (`elements` below holds the brief's questions, not its names). */
  names: Names;
  rules: Record<string, RuleText>;
  elements: Record<Element, ElementText>;
  genres: Record<Genre, string>;
  verdicts: Record<Verdict, string>;
  statuses: Record<Status, string>;
  severities: Record<Severity, string>;
  notices: Record<Notice['id'], string>;
  /**
   * How sure the judgement is: `{genre}` and `{percent}` (its probability), and
   * `{other}`, `{other-percent}` (the next reading). `held` is added when a
   * flagged genre is not sure enough to stop publishing.
   */
  confidence: Record<ConfidenceLevel | 'held', string>;
  /** Names of what brand conditions can be triggered by or require (`@promotion`…). */
  terms: Record<string, string>;
  /** Words of the command-line report. */
  report: Record<
    'score' | 'brief' | 'findings' | 'none' | 'language' | 'genre' | 'example' | 'notices' | 'why' | 'fix',
    string
  >;
  /** Linked pages: what the card, the popup and the report say of each. */
  links: LinksText;
}

export interface LinksText {
  heading: string;
  states: Record<LinkState, string>;
  problems: Record<LinkProblem['kind'], string>;
  cues: Record<PressCue['kind'], string>;
  pressRelease: string;
  notPressRelease: string;
  /** `{share}`: the share of the draft copied from the page, in per cent. */
  copied: string;
  notCopied: string;
  headline: string;
  dump: string;
  angle: string;
  truncated: string;
  /** `{params}`: the parameters the brand's UTM policy requires. */
  utm: string;
  redirected: string;
}

/**
 * Every word the interface shows, in one language: one catalog module a
 * language (fr.ts, en.ts), one named export a surface, so that a bundle takes
 * only the surfaces it shows (the content scripts: names, badge, card, check).
 * A surface missing from a language, or a key missing from a surface, fails
 * the typecheck (`satisfies` in ./index.ts); tests/names.test.ts checks that
 * both languages have the same keys, non-empty texts and the same placeholders.
 */
export interface Words {
  /** The one name of each concept (genre, verdict, status, severity, element, platform). */
  names: Names;
  /** Rules: name, reason, suggestion, findings' messages. */
  rules: Record<string, RuleText>;
  /** The business brief's elements: question, example, notes. */
  brief: Record<Element, ElementText>;
  confidence: Catalog['confidence'];
  notices: Catalog['notices'];
  terms: Catalog['terms'];
  /** The command line's report. */
  cli: Catalog['report'];
  links: LinksText;
  /** The analyzer's view of the above (`CATALOGS`). */
  catalog: Catalog;
  badge: BadgeWords;
  card: CardWords;
  check: CheckWords;
  access: AccessWords;
  library: LibraryWords;
  popup: PopupWords;
  options: OptionsWords;
  report: ReportWords;
  /** The browser's words for the extension (public/_locales, from locales/*.yml). */
  extension: { name: string; description: string };
}

export interface Names {
  genres: Record<Genre, string>;
  verdicts: Record<Verdict, string>;
  statuses: Record<Status, string>;
  severities: Record<Severity, string>;
  elements: Record<Element, string>;
  platforms: Record<Platform, string>;
  languages: Record<Lang, string>;
}

/** Keys the interface shares with utils/records.ts (a record's decision and override reason). */
export type DecisionId = 'published' | 'published-anyway' | 'revised' | 'abandoned';
export type OverrideReasonId = 'client-approved' | 'time-sensitive' | 'false-alarm' | 'other';

/** The badge beside the composer. */
export interface BadgeWords {
  badgeLabel: string;
  analysing: string;
  unavailable: string;
  /** Post was pressed while the critique is on its way (the badge). */
  checking: string;
  gaps: (n: number) => string;
  ready: string;
  language: (code: string) => string;
}

/** The critique card. */
export interface CardWords {
  cardTitle: string;
  brief: string;
  findings: string;
  noFindings: string;
  example: string;
  ignoreForDraft: string;
  ruleOffForBrand: string;
  weighted: (n: number, max: number) => string;
  hideHere: string;
  hideOnSite: string;
  offOnSite: string;
  close: string;
  /** Linked pages: the button that opens the access page. */
  allowSite: (host: string) => string;
  allowAll: string;
}

/** The pre-publish check, and the note beside the Post button while it waits. */
export interface CheckWords {
  checkingNote: string;
  confirmTitle: string;
  confirmIntro: string;
  lacks: string;
  keepEditing: string;
  publishAnyway: string;
  reasonLabel: string;
  reasons: Record<OverrideReasonId, string>;
}

/** The page that asks for access to a linked page's site (entrypoints/access). */
export interface AccessWords {
  notNow: string;
  accessTitle: string;
  accessIntro: (host: string) => string;
  accessPrivacy: string;
  accessGranted: string;
  accessRefused: string;
}

/** The brand library: why a subscribed rule set could not be fetched, and the presets' names. */
export interface LibraryWords {
  problems: {
    'bad-address': string;
    'not-https': string;
    unreachable: (host: string, detail: string) => string;
    status: (host: string, status: number) => string;
    'too-large': string;
    /** `message`: the rule set error, already in this language. */
    invalid: (path: string, message: string, line?: number) => string;
  };
  presets: Record<PresetId, string>;
}

export interface PopupWords {
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

  brandHeading: string;
  brandLabel: string;
  brandHint: string;
  brandManaged: string;
  brandSubscribed: string;
  brandUnreadable: string;
  brandUnknown: (id: string) => string;
  manageBrands: string;
  /** The brand library's notices (utils/brands/types LibraryNotice), by code; `error` is worded by `library.problems`. */
  notices: {
    storedLocally: (brand: string) => string;
    unreadableBrand: (brand: string) => string;
    unreadableSetting: (key: string) => string;
    refreshFailed: (brand: string, error: string, date: string) => string;
    refreshFailedNoCopy: (brand: string, error: string) => string;
    managedUnavailable: string;
  };

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
  decisions: Record<DecisionId, string>;
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

  csvHeaders: Record<
    | 'date'
    | 'platform'
    | 'surface'
    | 'brand'
    | 'account'
    | 'language'
    | 'genre'
    | 'verdict'
    | 'score'
    | 'decision'
    | 'reason'
    | 'reviewed'
    | 'rules'
    | 'text',
    string
  >;
  /** A detected language Whypost could not name (`und`). */
  undetermined: string;
}

export interface OptionsWords {
  title: string;
  intro: string;
  interfaceLanguage: string;
  /** Opens the coaching report in a tab. */
  openReport: string;
  languageAuto: string;
  noticesTitle: string;
  notices: {
    storedLocally: (brand: string) => string;
    unreadableBrand: (brand: string) => string;
    unreadableSetting: (key: string) => string;
    refreshFailed: (brand: string, error: string, date: string) => string;
    refreshFailedNoCopy: (brand: string, error: string) => string;
    managedUnavailable: string;
  };
  failed: (message: string) => string;
  cancel: string;
  remove: string;
  onePerLine: string;

  brandsTitle: string;
  sources: Record<'preset' | 'user' | 'subscription' | 'managed', string>;
  lockedBadge: string;
  unreadableBadge: string;
  activeBadge: string;
  useByDefault: string;
  nowDefault: (brand: string) => string;
  edit: string;
  view: string;
  export: string;
  exported: (file: string) => string;
  storedLocally: string;

  addTitle: string;
  sitesTitle: string;
  sitesIntro: string;
  sitesNone: string;
  sitesEvery: string;
  sitesRemove: (site: string) => string;
  createTitle: string;
  createName: string;
  createPreset: string;
  presets: Record<PresetId, string>;
  create: string;
  nameRequired: string;
  created: (brand: string) => string;
  nameTaken: (brand: string) => string;
  notDone: string;

  importTitle: string;
  importFile: string;
  importPaste: string;
  importPasted: string;
  pasteFirst: string;
  importErrors: string;
  errorAt: (line: string, path: string, message: string) => string;
  errorPath: (path: string, message: string) => string;
  line: (n: string) => string;
  imported: string;
  conflictTitle: string;
  conflict: (brand: string) => string;
  replace: string;
  asCopy: string;
  importCancelled: string;

  subscribeTitle: string;
  subscribeHelp: string;
  subscribeUrl: string;
  subscribe: string;
  subscribing: string;
  httpsOnly: string;
  notAnAddress: string;
  subscribed: string;
  subscribeFailed: (error: string) => string;
  subscribeErrors: string;

  presetNote: string;
  lockedManaged: string;
  lockedSubscription: string;
  address: string;
  updated: (date: string) => string;
  neverUpdated: string;
  checked: (when: string) => string;
  refreshFailed: (error: string, date: string) => string;
  refreshFailedNoCopy: (error: string) => string;
  refreshNow: string;
  refreshing: string;
  refreshDone: string;
  unsubscribe: string;
  unsubscribed: (brand: string) => string;
  unreadableTitle: string;
  unreadableHelp: string;
  exportUnreadable: string;
  rename: string;
  newName: string;
  renamed: (brand: string) => string;
  duplicate: string;
  duplicated: (brand: string) => string;
  delete: string;
  deleteConfirm: (brand: string) => string;
  deleteYes: string;
  deleted: (brand: string) => string;

  editorTitle: string;
  readOnly: string;
  identity: string;
  brandName: string;
  locale: string;
  localeUnset: string;
  locales: Record<BrandLocale, string>;
  accounts: string;
  account: (n: string) => string;
  platform: string;
  handle: string;
  /** An example of what identifies an account on each platform (LinkedIn: a name or an address). */
  handleExamples: Record<Platform, string>;
  addAccount: string;
  offer: string;
  products: string;
  objectives: string;
  objectivesHelp: string;
  objectiveNames: Record<Objective, string>;
  audiences: string;
  callsToAction: string;
  words: string;
  requiredTerms: string;
  bannedTerms: string;
  bannedTerm: (n: string) => string;
  term: string;
  reason: string;
  addBannedTerm: string;
  utm: string;
  utmHelp: string;
  utmPolicy: (n: string) => string;
  domains: string;
  parameters: string;
  addUtm: string;
  conditions: string;
  conditionsHelp: string;
  condition: (n: string) => string;
  conditionId: string;
  when: string;
  whenTerm: string;
  aTerm: string;
  requires: string;
  requireTerms: string;
  severity: string;
  messageFr: string;
  messageEn: string;
  addCondition: string;
  rules: string;
  rulesHelp: string;
  ruleOn: (rule: string) => string;
  ruleSeverity: (rule: string) => string;
  defaultSeverity: (severity: string) => string;
  minSeverity: string;
  blocking: string;
  blockingVerdicts: string;
  blockingSeverity: string;
  blockingNever: string;
  blockingRules: string;
  save: string;
  saving: string;
  saved: string;
  savedLocally: string;
  notSaved: (count: number) => string;
  otherErrors: string;
  quoted: (value: string, message: string) => string;
}

export interface ReportWords {
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
}
