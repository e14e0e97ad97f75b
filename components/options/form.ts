// The brand editor's logic, apart from rendering: a rule set as form fields
// and back, save errors routed to the fields they name, and the small formats
// of the options page. Plain functions, tested without a DOM.
import { REQUIREMENTS, type BrandError, type BrandInput, type Objective } from '../../analyzers/brand';
import type { TRIGGERS, VERDICTS } from '../../analyzers/brand';
import { RULE_IDS } from '../../analyzers/rules';
import type { Platform } from '../../analyzers/types';
import type { UiLang } from '../../utils/ui-strings';
import type { OptionsStrings } from './strings';

export type Severity = 'suggestion' | 'warning' | 'blocker';
export type Verdict = (typeof VERDICTS)[number];
export type Trigger = (typeof TRIGGERS)[number];
export type Requirement = (typeof REQUIREMENTS)[number];
export type Locale = 'fr-FR' | 'fr-CA' | 'en';

export interface AccountRow {
  platform: Platform;
  handle: string;
}
export interface BannedRow {
  term: string;
  reason: string;
}
export interface UtmRow {
  /** As typed: separated by commas, spaces or new lines. */
  domains: string;
  parameters: string;
}
export interface ConditionRow {
  id: string;
  when: Trigger | 'term';
  whenTerm: string;
  require: Requirement[];
  /** One per line. */
  requireTerms: string;
  severity: Severity;
  messageFr: string;
  messageEn: string;
}
export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

/** A rule set as the editor's fields hold it; term lists are the textareas' text. */
export interface BrandForm {
  name: string;
  locale: Locale | '';
  accounts: AccountRow[];
  products: string;
  objectives: Objective[];
  audiences: string;
  callsToAction: string;
  requiredTerms: string;
  bannedTerms: BannedRow[];
  utm: UtmRow[];
  rules: Record<string, RuleSetting>;
  minSeverity: Severity;
  blockingVerdicts: Verdict[];
  blockingSeverity: Severity | 'none';
  blockingRules: string[];
  conditions: ConditionRow[];
}

export const TERM_LISTS = ['products', 'audiences', 'callsToAction', 'requiredTerms'] as const;
export type TermList = (typeof TERM_LISTS)[number];

const DEFAULT_VERDICTS: readonly Verdict[] = ['posting-for-posting-sake'];
const DEFAULT_BLOCKING_SEVERITY: Severity = 'blocker';
const DEFAULT_MIN_SEVERITY: Severity = 'suggestion';
const DEFAULT_CONDITION_SEVERITY: Severity = 'warning';

/** Terms typed one per line: trimmed, blank lines dropped. */
export function linesToTerms(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function termsToLines(terms: readonly string[] | undefined): string {
  return (terms ?? []).join('\n');
}

/** Domains or parameters typed on one line: separated by commas, spaces or new lines. */
export function splitList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

export function emptyCondition(index: number): ConditionRow {
  return {
    id: `condition-${index + 1}`,
    when: 'promotion',
    whenTerm: '',
    require: ['call-to-action'],
    requireTerms: '',
    severity: DEFAULT_CONDITION_SEVERITY,
    messageFr: '',
    messageEn: '',
  };
}

/** The form's fields for a stored rule set. */
export function toForm(input: BrandInput): BrandForm {
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(input.rules ?? {})) rules[id] = { ...setting };
  return {
    name: input.name,
    locale: input.locale ?? '',
    accounts: (input.accounts ?? []).map((a) => ({ platform: a.platform, handle: a.handle })),
    products: termsToLines(input.products),
    objectives: [...(input.objectives ?? [])],
    audiences: termsToLines(input.audiences),
    callsToAction: termsToLines(input.callsToAction),
    requiredTerms: termsToLines(input.requiredTerms),
    bannedTerms: (input.bannedTerms ?? []).map((b) =>
      typeof b === 'string' ? { term: b, reason: '' } : { term: b.term, reason: b.reason ?? '' },
    ),
    utm: (input.utm ?? []).map((u) => ({ domains: u.domains.join(', '), parameters: u.parameters.join(', ') })),
    rules,
    minSeverity: input.minSeverity ?? DEFAULT_MIN_SEVERITY,
    blockingVerdicts: [...(input.blocking?.verdicts ?? DEFAULT_VERDICTS)],
    blockingSeverity:
      input.blocking?.severity === null ? 'none' : (input.blocking?.severity ?? DEFAULT_BLOCKING_SEVERITY),
    blockingRules: [...(input.blocking?.rules ?? [])],
    conditions: (input.conditions ?? []).map((c) => {
      const terms: string[] = [];
      const require: Requirement[] = [];
      for (const r of c.require) {
        if (typeof r === 'string') require.push(r);
        else terms.push(r.term);
      }
      return {
        id: c.id,
        when: 'signal' in c.when ? c.when.signal : 'term',
        whenTerm: 'term' in c.when ? c.when.term : '',
        require,
        requireTerms: termsToLines(terms),
        severity: c.severity ?? DEFAULT_CONDITION_SEVERITY,
        messageFr: c.message?.fr ?? '',
        messageEn: c.message?.en ?? '',
      };
    }),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

/**
 * The rule set to save: a copy of the stored one (so that fields the form does
 * not show, such as `$schema` or `id`, are kept) with the form's fields. A field
 * the stored rule set did not have is written only when it is not its default.
 */
export function toInput(form: BrandForm, base: BrandInput): BrandInput {
  const out = structuredClone(base) as Record<string, unknown>;
  const had = (key: string) => Object.prototype.hasOwnProperty.call(base, key);
  const setList = (key: string, list: unknown[]) => {
    if (list.length > 0 || had(key)) out[key] = list;
    else delete out[key];
  };

  out.name = form.name.trim();
  if (form.locale) out.locale = form.locale;
  else delete out.locale;
  setList(
    'accounts',
    form.accounts.map((a) => ({ platform: a.platform, handle: a.handle.trim() })),
  );
  for (const key of TERM_LISTS) setList(key, linesToTerms(form[key]));
  setList('objectives', [...form.objectives]);
  setList(
    'bannedTerms',
    form.bannedTerms.map((b) => {
      const reason = b.reason.trim();
      return reason ? { term: b.term.trim(), reason } : b.term.trim();
    }),
  );
  setList(
    'utm',
    form.utm.map((u) => ({ domains: splitList(u.domains), parameters: splitList(u.parameters) })),
  );

  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(form.rules)) {
    const clean: RuleSetting = {};
    if (setting.enabled !== undefined) clean.enabled = setting.enabled;
    if (setting.severity !== undefined) clean.severity = setting.severity;
    if (Object.keys(clean).length > 0) rules[id] = clean;
  }
  if (Object.keys(rules).length > 0 || had('rules')) out.rules = rules;
  else delete out.rules;

  if (form.minSeverity !== DEFAULT_MIN_SEVERITY || had('minSeverity')) out.minSeverity = form.minSeverity;
  else delete out.minSeverity;

  const baseBlocking = base.blocking ?? {};
  const hadBlocking = (key: string) => Object.prototype.hasOwnProperty.call(baseBlocking, key);
  const blocking: Record<string, unknown> = {};
  if (!sameSet(form.blockingVerdicts, DEFAULT_VERDICTS) || hadBlocking('verdicts'))
    blocking.verdicts = [...form.blockingVerdicts];
  const severity = form.blockingSeverity === 'none' ? null : form.blockingSeverity;
  if (severity !== DEFAULT_BLOCKING_SEVERITY || hadBlocking('severity')) blocking.severity = severity;
  if (form.blockingRules.length > 0 || hadBlocking('rules')) blocking.rules = [...form.blockingRules];
  if (Object.keys(blocking).length > 0 || had('blocking')) out.blocking = blocking;
  else delete out.blocking;

  setList(
    'conditions',
    form.conditions.map((c) => {
      const message: Record<string, string> = {};
      if (c.messageFr.trim()) message.fr = c.messageFr.trim();
      if (c.messageEn.trim()) message.en = c.messageEn.trim();
      return {
        id: c.id.trim(),
        when: c.when === 'term' ? { term: c.whenTerm.trim() } : { signal: c.when },
        require: [
          ...c.require.filter((r) => REQUIREMENTS.includes(r)),
          ...linesToTerms(c.requireTerms).map((term) => ({ term })),
        ],
        severity: c.severity,
        ...(Object.keys(message).length > 0 ? { message } : {}),
      };
    }),
  );
  return out as BrandInput;
}

/** Every field the editor shows errors next to, by the path of the rule set it edits. */
export function fieldKeys(form: BrandForm): Set<string> {
  const keys = new Set<string>([
    'name',
    'locale',
    'accounts',
    'objectives',
    'bannedTerms',
    'utm',
    'conditions',
    'minSeverity',
    'blocking.verdicts',
    'blocking.severity',
    'blocking.rules',
    ...TERM_LISTS,
    ...RULE_IDS.map((id) => `rules.${id}`),
  ]);
  form.accounts.forEach((_, i) => keys.add(`accounts.${i}`));
  form.bannedTerms.forEach((_, i) => keys.add(`bannedTerms.${i}`));
  form.utm.forEach((_, i) => {
    for (const sub of ['', '.domains', '.parameters']) keys.add(`utm.${i}${sub}`);
  });
  form.conditions.forEach((_, i) => {
    for (const sub of ['', '.id', '.when', '.require', '.severity', '.message']) keys.add(`conditions.${i}${sub}`);
  });
  return keys;
}

export interface RoutedErrors {
  /** Errors by the field (a key of fieldKeys) they are shown next to. */
  byField: Map<string, BrandError[]>;
  /** Errors on no field of the form: shown in the summary, with their path. */
  other: BrandError[];
}

/** Puts each error next to the most precise field its path names (`utm.0.domains.1` → `utm.0.domains`). */
export function routeErrors(errors: readonly BrandError[], form: BrandForm): RoutedErrors {
  const keys = fieldKeys(form);
  const byField = new Map<string, BrandError[]>();
  const other: BrandError[] = [];
  for (const error of errors) {
    const parts = error.path.split('.');
    let key: string | undefined;
    for (let n = parts.length; n > 0 && !key; n--) {
      const candidate = parts.slice(0, n).join('.');
      if (keys.has(candidate)) key = candidate;
    }
    if (key) byField.set(key, [...(byField.get(key) ?? []), error]);
    else other.push(error);
  }
  return { byField, other };
}

/** The value at a dotted path of a rule set, if any. */
function valueAt(input: unknown, path: string): unknown {
  let value = input;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * An error shown next to its field: the message alone when it is about the
 * field, quoting the faulty term when it is about an item of a list (`products.3`),
 * with the rest of the path otherwise.
 */
export function fieldErrorText(error: BrandError, key: string, sent: unknown, t: OptionsStrings): string {
  if (error.path === key) return error.message;
  const rest = error.path.slice(key.length + 1);
  const value = valueAt(sent, error.path);
  if (/^\d+$/.test(rest) && typeof value === 'string') return t.quoted(value, error.message);
  return t.errorPath(rest, error.message);
}

/** An import or subscription error: "line 9 · rules.x.enabled: expected boolean". */
export function errorText(error: BrandError, t: OptionsStrings): string {
  return error.line !== undefined
    ? t.errorAt(t.line(String(error.line)), error.path, error.message)
    : t.errorPath(error.path, error.message);
}

/** Checks a subscription address before anything is asked of the browser. */
export function checkSubscriptionUrl(text: string): 'ok' | 'not-an-address' | 'not-https' {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'not-an-address';
  }
  if (url.protocol !== 'https:') return 'not-https';
  return url.hostname ? 'ok' : 'not-an-address';
}

export function exportFilename(id: string): string {
  return `${id}.whypost-brand.json`;
}

const LOCALES: Record<UiLang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** "23 Nov 2026, 08:00" / « 23 nov. 2026, 08:00 ». */
export function formatDate(ms: number, lang: UiLang, timeZone?: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(ms);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 hours ago" / « il y a 3 heures ». */
export function formatRelative(ms: number, now: number, lang: UiLang): string {
  const format = new Intl.RelativeTimeFormat(LOCALES[lang], { numeric: 'auto' });
  const delta = ms - now;
  for (const [unit, size] of UNITS) {
    if (Math.abs(delta) >= size) return format.format(Math.round(delta / size), unit);
  }
  return format.format(0, 'minute');
}
