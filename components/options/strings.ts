// Every word of the options page, in French and English. French is written
// here with plain spaces; optionsStrings() applies French typography (France's
// or Québec's, like the rest of the interface) to the wording, never to the
// brand names, terms and error messages put into it.
import type { Objective, PresetId } from '../../analyzers/brand';
import type { Platform } from '../../analyzers/types';
import type { BrandSource } from '../../utils/brands/types';
import { typesetAll, type UiLang } from '../../utils/ui-strings';
import { capitalised, NAMES } from '../../analyzers/messages/names';

type Severity = 'suggestion' | 'warning' | 'blocker';
type Locale = 'fr-FR' | 'fr-CA' | 'en';

export interface OptionsStrings {
  title: string;
  intro: string;
  interfaceLanguage: string;
  /** Opens the coaching report in a tab. */
  openReport: string;
  languageAuto: string;
  languageNames: Record<'fr' | 'en', string>;
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
  sources: Record<BrandSource, string>;
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
  locales: Record<Locale, string>;
  accounts: string;
  account: (n: string) => string;
  platform: string;
  platforms: Record<Platform, string>;
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
  severities: Record<Severity, string>;
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

const en: OptionsStrings = {
  title: 'Whypost — brand rule sets',
  intro:
    'A brand rule set tells Whypost what a brand sells, to whom and in which words, which rules to apply to its drafts and what stops a post before it is published.',
  interfaceLanguage: 'Interface language',
  openReport: 'Coaching report',
  languageAuto: 'Automatic (the browser’s)',
  languageNames: { fr: 'Français', en: 'English' },
  noticesTitle: 'Worth knowing',
  notices: {
    storedLocally: (brand) =>
      `“${brand}” is too big for synced storage: it is kept on this computer only and does not follow you to your other browsers.`,
    unreadableBrand: (brand) =>
      `“${brand}” could not be read: Whypost uses the default preset instead. Export the stored value to repair it.`,
    unreadableSetting: (key) => `The setting “${key}” could not be read: its default value is used.`,
    refreshFailed: (brand, error, date) =>
      `Refreshing “${brand}” failed: ${error}; the copy of ${date} is still in use.`,
    refreshFailedNoCopy: (brand, error) => `Refreshing “${brand}” failed: ${error}.`,
    managedUnavailable: 'The brands set by your administrator could not be read; they are not available for now.',
  },
  failed: (message) => `Something went wrong: ${message}`,
  cancel: 'Cancel',
  remove: 'Remove',
  onePerLine: 'one per line',

  brandsTitle: 'Brands',
  sources: { preset: 'Preset', user: 'Yours', subscription: 'Subscribed', managed: 'Managed' },
  lockedBadge: 'Locked',
  unreadableBadge: 'Unreadable',
  activeBadge: 'Used by default',
  useByDefault: 'Use by default',
  nowDefault: (brand) => `“${brand}” is now used by default.`,
  edit: 'Edit',
  view: 'View',
  export: 'Export',
  exported: (file) => `Downloaded ${file}.`,
  storedLocally: 'Too big for synced storage: kept on this computer only.',

  addTitle: 'Add a brand',
  sitesTitle: 'Sites Whypost may read',
  sitesIntro:
    'Whypost reads the page a draft links to only on these sites (and fetches subscribed rule sets from them). Pages are fetched without cookies and read on this computer.',
  sitesNone: 'None: links are not checked until you allow their site from the critique card or the popup.',
  sitesEvery: 'Every site',
  sitesRemove: (site) => `Remove ${site}`,
  createTitle: 'Create from a preset',
  createName: 'Brand name',
  createPreset: 'Start from',
  presets: {
    default: 'Default: the rules as shipped',
    'b2c-shop': 'Shop selling to consumers (B2C)',
    b2b: 'Company selling to companies (B2B)',
    'public-institution': 'Public institution',
    'strict-agency': 'Strict agency',
  },
  create: 'Create',
  nameRequired: 'Give the brand a name.',
  created: (brand) => `“${brand}” created.`,
  nameTaken: (brand) => `A brand named “${brand}” already exists: choose another name.`,
  notDone: 'Nothing was changed:',

  importTitle: 'Import a rule set',
  importFile: 'Rule set file (.json)',
  importPaste: 'Or paste the text of a rule set',
  importPasted: 'Import the pasted text',
  pasteFirst: 'Paste the text of a rule set first.',
  importErrors: 'This rule set cannot be imported; nothing was changed:',
  errorAt: (line, path, message) => `${line} · ${path}: ${message}`,
  errorPath: (path, message) => `${path}: ${message}`,
  line: (n) => `line ${n}`,
  imported: 'Rule set imported.',
  conflictTitle: 'This brand already exists',
  conflict: (brand) => `A brand named “${brand}” already exists.`,
  replace: 'Replace it',
  asCopy: 'Import as a copy',
  importCancelled: 'Import cancelled; nothing was changed.',

  subscribeTitle: 'Subscribe to a rule set',
  subscribeHelp:
    'An agency or a head office can publish a rule set at an https:// address. Whypost downloads it, refreshes it every day, and keeps it read-only.',
  subscribeUrl: 'Address of the rule set',
  subscribe: 'Subscribe',
  subscribing: 'Downloading…',
  httpsOnly: 'The address must start with https:// (a secure connection); nothing was downloaded.',
  notAnAddress: 'This is not a web address: it should look like https://example.com/brand.json.',
  subscribed: 'Subscribed: the rule set is in your list of brands.',
  subscribeFailed: (error) => `Subscribing failed: ${error}`,
  subscribeErrors: 'The rule set at this address is not valid; nothing was changed:',

  presetNote: 'A built-in preset: saving your changes keeps your own version of it, under the same name.',
  lockedManaged:
    'Set by your administrator: it cannot be changed or deleted here. Duplicate it to make a version of your own.',
  lockedSubscription:
    'Subscribed: it is updated from its address, so it cannot be changed here. Duplicate it to make a version of your own.',
  address: 'Address',
  updated: (date) => `Updated ${date}`,
  neverUpdated: 'Not downloaded yet',
  checked: (when) => `Last checked ${when}`,
  refreshFailed: (error, date) => `Refresh failed: ${error}; the copy of ${date} is still in use.`,
  refreshFailedNoCopy: (error) => `Refresh failed: ${error}.`,
  refreshNow: 'Refresh now',
  refreshing: 'Refreshing…',
  refreshDone: 'Refresh finished.',
  unsubscribe: 'Unsubscribe',
  unsubscribed: (brand) => `Unsubscribed from “${brand}”.`,
  unreadableTitle: 'This rule set cannot be read',
  unreadableHelp:
    'Whypost uses the default preset instead. Export the stored value, repair it and import it again, or delete it.',
  exportUnreadable: 'Export the unreadable value',
  rename: 'Rename',
  newName: 'New name',
  renamed: (brand) => `Renamed “${brand}”.`,
  duplicate: 'Duplicate',
  duplicated: (brand) => `Copy of “${brand}” created.`,
  delete: 'Delete',
  deleteConfirm: (brand) => `Delete “${brand}”? It will be removed from every browser where you use Whypost.`,
  deleteYes: 'Yes, delete it',
  deleted: (brand) => `“${brand}” deleted.`,

  editorTitle: 'Rule set',
  readOnly: 'Read only: duplicate this brand to change it.',
  identity: 'The brand',
  brandName: 'Name',
  locale: 'Language of the brand',
  localeUnset: 'Not set',
  locales: { 'fr-FR': 'French (France)', 'fr-CA': 'French (Québec)', en: 'English' },
  accounts: 'Accounts of the brand',
  account: (n) => `Account ${n}`,
  platform: 'Network',
  platforms: { x: 'X (Twitter)', facebook: 'Facebook', linkedin: 'LinkedIn' },
  handle: 'Handle',
  handleExamples: {
    x: '@AcmeRobotics',
    facebook: 'Acme Robotics',
    linkedin: 'Acme Robotics, or linkedin.com/company/acme-robotics',
  },
  addAccount: 'Add an account',
  offer: 'What it offers, and to whom',
  products: 'Products and services',
  objectives: 'Objectives',
  objectivesHelp: 'None ticked: any objective.',
  objectiveNames: {
    awareness: 'Awareness',
    leads: 'Leads',
    sales: 'Sales',
    recruitment: 'Recruitment',
    support: 'Customer support',
  },
  audiences: 'Audiences',
  callsToAction: 'Preferred calls to action',
  words: 'Words',
  requiredTerms: 'Required terms',
  bannedTerms: 'Banned terms',
  bannedTerm: (n) => `Banned term ${n}`,
  term: 'Term',
  reason: 'Reason (optional)',
  addBannedTerm: 'Add a banned term',
  utm: 'Link tracking (UTM)',
  utmHelp: 'Links to these domains must carry these query parameters.',
  utmPolicy: (n) => `UTM policy ${n}`,
  domains: 'Domains, separated by commas',
  parameters: 'Required parameters, separated by commas',
  addUtm: 'Add a UTM policy',
  conditions: 'Conditional rules',
  conditionsHelp: 'When a draft has something, it must also contain something else.',
  condition: (n) => `Conditional rule ${n}`,
  conditionId: 'Identifier (lower-case letters, digits and dashes)',
  when: 'When the draft has',
  whenTerm: 'Term that triggers it',
  aTerm: 'a term…',
  requires: 'It must also have',
  requireTerms: 'Required terms',
  severity: 'Severity',
  messageFr: 'Message in French (optional)',
  messageEn: 'Message in English (optional)',
  addCondition: 'Add a conditional rule',
  rules: 'Rules',
  rulesHelp: 'Untick a rule to turn it off; choose a severity to replace its own.',
  ruleOn: (rule) => rule,
  ruleSeverity: (rule) => `Severity of “${rule}”`,
  defaultSeverity: (severity) => `Default (${severity})`,
  severities: capitalised(NAMES.en.severities),
  minSeverity: 'Minimum severity shown',
  blocking: 'What stops publishing',
  blockingVerdicts: 'Verdicts that stop a post',
  blockingSeverity: 'Findings that stop a post, from',
  blockingNever: 'None: severity never stops a post',
  blockingRules: 'Rules that always stop a post',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved.',
  savedLocally: 'Saved on this computer only: the rule set is too big for synced storage.',
  notSaved: (count) => (count === 1 ? 'Not saved: 1 error to fix.' : `Not saved: ${count} errors to fix.`),
  otherErrors: 'Other errors',
  quoted: (value, message) => `“${value}”: ${message}`,
};

const fr: OptionsStrings = {
  title: 'Whypost — règles de marque',
  intro:
    'Une règle de marque dit à Whypost ce que vend une marque, à qui et avec quels mots, quelles règles appliquer à ses brouillons et ce qui arrête une publication avant sa mise en ligne.',
  interfaceLanguage: 'Langue de l’interface',
  openReport: 'Rapport de coaching',
  languageAuto: 'Automatique (celle du navigateur)',
  languageNames: { fr: 'Français', en: 'English' },
  noticesTitle: 'À savoir',
  notices: {
    storedLocally: (brand) =>
      `« ${brand} » est trop volumineuse pour le stockage synchronisé : elle est conservée sur cet ordinateur uniquement et ne vous suit pas sur vos autres navigateurs.`,
    unreadableBrand: (brand) =>
      `« ${brand} » est illisible : Whypost utilise le préréglage par défaut à la place. Exportez la valeur enregistrée pour la réparer.`,
    unreadableSetting: (key) => `Le réglage « ${key} » est illisible : sa valeur par défaut est utilisée.`,
    refreshFailed: (brand, error, date) =>
      `Échec de l’actualisation de « ${brand} » : ${error} ; la copie du ${date} reste utilisée.`,
    refreshFailedNoCopy: (brand, error) => `Échec de l’actualisation de « ${brand} » : ${error}.`,
    managedUnavailable:
      'Les marques définies par votre administrateur n’ont pas pu être lues ; elles sont indisponibles pour le moment.',
  },
  failed: (message) => `Une erreur est survenue : ${message}`,
  cancel: 'Annuler',
  remove: 'Retirer',
  onePerLine: 'un par ligne',

  brandsTitle: 'Marques',
  sources: { preset: 'Préréglage', user: 'La vôtre', subscription: 'Abonnement', managed: 'Gérée' },
  lockedBadge: 'Verrouillée',
  unreadableBadge: 'Illisible',
  activeBadge: 'Utilisée par défaut',
  useByDefault: 'Utiliser par défaut',
  nowDefault: (brand) => `« ${brand} » est désormais utilisée par défaut.`,
  edit: 'Modifier',
  view: 'Consulter',
  export: 'Exporter',
  exported: (file) => `${file} téléchargé.`,
  storedLocally: 'Trop volumineuse pour le stockage synchronisé : conservée sur cet ordinateur uniquement.',

  addTitle: 'Ajouter une marque',
  sitesTitle: 'Sites que Whypost peut lire',
  sitesIntro:
    'Whypost ne lit la page vers laquelle renvoie un brouillon que sur ces sites (et y télécharge les règles auxquelles vous êtes abonné). Les pages sont téléchargées sans cookies et lues sur cet ordinateur.',
  sitesNone:
    'Aucun : les liens ne sont pas vérifiés tant que vous n’autorisez pas leur site depuis la carte de critique ou la fenêtre de Whypost.',
  sitesEvery: 'Tous les sites',
  sitesRemove: (site) => `Retirer ${site}`,
  createTitle: 'Créer à partir d’un préréglage',
  createName: 'Nom de la marque',
  createPreset: 'Partir de',
  presets: {
    default: 'Par défaut : les règles d’origine',
    'b2c-shop': 'Boutique grand public (B2C)',
    b2b: 'Entreprise qui vend aux entreprises (B2B)',
    'public-institution': 'Institution publique',
    'strict-agency': 'Agence exigeante',
  },
  create: 'Créer',
  nameRequired: 'Donnez un nom à la marque.',
  created: (brand) => `« ${brand} » créée.`,
  nameTaken: (brand) => `Une marque nommée « ${brand} » existe déjà : choisissez un autre nom.`,
  notDone: 'Rien n’a été modifié :',

  importTitle: 'Importer une règle de marque',
  importFile: 'Fichier de règle de marque (.json)',
  importPaste: 'Ou collez le texte d’une règle de marque',
  importPasted: 'Importer le texte collé',
  pasteFirst: 'Collez d’abord le texte d’une règle de marque.',
  importErrors: 'Cette règle de marque ne peut pas être importée ; rien n’a été modifié :',
  errorAt: (line, path, message) => `${line} · ${path} : ${message}`,
  errorPath: (path, message) => `${path} : ${message}`,
  line: (n) => `ligne ${n}`,
  imported: 'Règle de marque importée.',
  conflictTitle: 'Cette marque existe déjà',
  conflict: (brand) => `Une marque nommée « ${brand} » existe déjà.`,
  replace: 'La remplacer',
  asCopy: 'Importer comme copie',
  importCancelled: 'Import annulé ; rien n’a été modifié.',

  subscribeTitle: 'S’abonner à une règle de marque',
  subscribeHelp:
    'Une agence ou un siège peut publier une règle de marque à une adresse https://. Whypost la télécharge, l’actualise chaque jour et la garde en lecture seule.',
  subscribeUrl: 'Adresse de la règle de marque',
  subscribe: 'S’abonner',
  subscribing: 'Téléchargement…',
  httpsOnly: 'L’adresse doit commencer par https:// (connexion sécurisée) ; rien n’a été téléchargé.',
  notAnAddress: 'Ce n’est pas une adresse web : elle devrait ressembler à https://exemple.fr/marque.json.',
  subscribed: 'Abonnement enregistré : la règle de marque figure dans votre liste de marques.',
  subscribeFailed: (error) => `Abonnement impossible : ${error}`,
  subscribeErrors: 'La règle de marque à cette adresse n’est pas valide ; rien n’a été modifié :',

  presetNote:
    'Un préréglage fourni avec Whypost : vos modifications enregistrées en font votre propre version, sous le même nom.',
  lockedManaged:
    'Définie par votre administrateur : elle ne peut être ni modifiée ni supprimée ici. Dupliquez-la pour en faire votre propre version.',
  lockedSubscription:
    'Abonnement : elle est mise à jour depuis son adresse et ne peut donc pas être modifiée ici. Dupliquez-la pour en faire votre propre version.',
  address: 'Adresse',
  updated: (date) => `Mise à jour le ${date}`,
  neverUpdated: 'Pas encore téléchargée',
  checked: (when) => `Dernière vérification ${when}`,
  refreshFailed: (error, date) => `Échec de l’actualisation : ${error} ; la copie du ${date} reste utilisée.`,
  refreshFailedNoCopy: (error) => `Échec de l’actualisation : ${error}.`,
  refreshNow: 'Actualiser maintenant',
  refreshing: 'Actualisation…',
  refreshDone: 'Actualisation terminée.',
  unsubscribe: 'Se désabonner',
  unsubscribed: (brand) => `Abonnement à « ${brand} » résilié.`,
  unreadableTitle: 'Cette règle de marque est illisible',
  unreadableHelp:
    'Whypost utilise le préréglage par défaut à la place. Exportez la valeur enregistrée, réparez-la et importez-la de nouveau, ou supprimez-la.',
  exportUnreadable: 'Exporter la valeur illisible',
  rename: 'Renommer',
  newName: 'Nouveau nom',
  renamed: (brand) => `« ${brand} » renommée.`,
  duplicate: 'Dupliquer',
  duplicated: (brand) => `Copie de « ${brand} » créée.`,
  delete: 'Supprimer',
  deleteConfirm: (brand) =>
    `Supprimer « ${brand} » ? Elle disparaîtra de tous les navigateurs où vous utilisez Whypost.`,
  deleteYes: 'Oui, la supprimer',
  deleted: (brand) => `« ${brand} » supprimée.`,

  editorTitle: 'Règle de marque',
  readOnly: 'Lecture seule : dupliquez cette marque pour la modifier.',
  identity: 'La marque',
  brandName: 'Nom',
  locale: 'Langue de la marque',
  localeUnset: 'Non précisée',
  locales: { 'fr-FR': 'Français (France)', 'fr-CA': 'Français (Québec)', en: 'Anglais' },
  accounts: 'Comptes de la marque',
  account: (n) => `Compte ${n}`,
  platform: 'Réseau',
  platforms: { x: 'X (Twitter)', facebook: 'Facebook', linkedin: 'LinkedIn' },
  handle: 'Identifiant',
  handleExamples: {
    x: '@CafeLumiere',
    facebook: 'Café Lumière',
    linkedin: 'Café Lumière, ou linkedin.com/company/cafe-lumiere',
  },
  addAccount: 'Ajouter un compte',
  offer: 'Ce qu’elle propose, et à qui',
  products: 'Produits et services',
  objectives: 'Objectifs',
  objectivesHelp: 'Aucun coché : tous les objectifs.',
  objectiveNames: {
    awareness: 'Notoriété',
    leads: 'Prospects',
    sales: 'Ventes',
    recruitment: 'Recrutement',
    support: 'Service client',
  },
  audiences: 'Publics',
  callsToAction: 'Appels à l’action préférés',
  words: 'Mots',
  requiredTerms: 'Termes obligatoires',
  bannedTerms: 'Termes interdits',
  bannedTerm: (n) => `Terme interdit ${n}`,
  term: 'Terme',
  reason: 'Raison (facultatif)',
  addBannedTerm: 'Ajouter un terme interdit',
  utm: 'Suivi des liens (UTM)',
  utmHelp: 'Les liens vers ces domaines doivent porter ces paramètres.',
  utmPolicy: (n) => `Politique UTM ${n}`,
  domains: 'Domaines, séparés par des virgules',
  parameters: 'Paramètres exigés, séparés par des virgules',
  addUtm: 'Ajouter une politique UTM',
  conditions: 'Règles conditionnelles',
  conditionsHelp: 'Quand un brouillon contient quelque chose, il doit aussi contenir autre chose.',
  condition: (n) => `Règle conditionnelle ${n}`,
  conditionId: 'Identifiant (minuscules, chiffres et tirets)',
  when: 'Quand le brouillon contient',
  whenTerm: 'Terme déclencheur',
  aTerm: 'un terme…',
  requires: 'Il doit aussi contenir',
  requireTerms: 'Termes exigés',
  severity: 'Gravité',
  messageFr: 'Message en français (facultatif)',
  messageEn: 'Message en anglais (facultatif)',
  addCondition: 'Ajouter une règle conditionnelle',
  rules: 'Règles',
  rulesHelp: 'Décochez une règle pour la désactiver ; choisissez une gravité pour remplacer la sienne.',
  ruleOn: (rule) => rule,
  ruleSeverity: (rule) => `Gravité de « ${rule} »`,
  defaultSeverity: (severity) => `Par défaut (${severity})`,
  severities: capitalised(NAMES.fr.severities),
  minSeverity: 'Gravité minimale affichée',
  blocking: 'Ce qui arrête la publication',
  blockingVerdicts: 'Verdicts qui arrêtent une publication',
  blockingSeverity: 'Remarques qui arrêtent une publication, à partir de',
  blockingNever: 'Aucune : la gravité n’arrête jamais une publication',
  blockingRules: 'Règles qui arrêtent toujours une publication',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  saved: 'Enregistré.',
  savedLocally:
    'Enregistré sur cet ordinateur uniquement : la règle de marque est trop volumineuse pour le stockage synchronisé.',
  notSaved: (count) =>
    count === 1 ? 'Non enregistré : 1 erreur à corriger.' : `Non enregistré : ${count} erreurs à corriger.`,
  otherErrors: 'Autres erreurs',
  quoted: (value, message) => `« ${value} » : ${message}`,
};

export const OPTIONS_STRINGS: Record<UiLang, OptionsStrings> = { fr, en };

const cache = new Map<string, OptionsStrings>();

/** The options page's words in `lang`, typeset for the browser's French (France or Québec). */
export function optionsStrings(
  lang: UiLang,
  language: string = globalThis.navigator?.language ?? 'en',
): OptionsStrings {
  const key = `${lang}|${language}`;
  let strings = cache.get(key);
  if (!strings) {
    strings = typesetAll(OPTIONS_STRINGS[lang], lang, language);
    cache.set(key, strings);
  }
  return strings;
}
