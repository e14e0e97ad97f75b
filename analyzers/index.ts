// analyze(): the critique of one draft. Pure TypeScript with no browser API,
// so the same module runs in Node (CLI, tests, benchmark) and in the extension.
import type {
  Confidence,
  ConfidenceLevel,
  Genre,
  Brief,
  BrandLocale,
  Critique,
  Evidence,
  Element,
  Finding,
  Kind,
  Lang,
  Notice,
  Platform,
  Severity,
  SourceReport,
  Verdict,
  LinkedSource,
} from './types';
import { ELEMENTS, GENRES, isKind, isPlatform } from './types';
import type { Brand } from './brand/schema';
import { preset } from './brand';
import { buildDraft, MAX_JUDGED, type Draft } from './draft';
import { assessBrief, type BriefCore } from './brief';
import { RULES } from './rules';
import { CATALOGS, format, localize, type Catalog } from './messages';
import { countWords, toDraft } from './text';
import { parseTweet } from './twitter';
import { X_LIMIT } from './rules/too-long-for-platform';
import { relateSources, validSources, type SourceMatch } from './sources';

export * from './types';
export { RULES, RULE_IDS } from './rules';
/** Beyond this length only the beginning of a draft is judged (see draft.ts). */
export { MAX_JUDGED as MAX_ANALYSED } from './draft';
export { CATALOGS, localize } from './messages';
export { describeSource, type SourceWords } from './sources/describe';
export { draftLinks, sameAddress, MAX_LINKS } from './sources';
export {
  parseBrand,
  parseBrandText,
  preset,
  PRESETS,
  type Brand,
  type BrandInput,
  type BrandError,
  type PresetId,
} from './brand';

export interface AnalyzeOptions {
  platform?: Platform | undefined;
  kind?: Kind | undefined;
  /**
   * The draft is an article (LinkedIn's article editor), a post otherwise: a post's length limit
   * and feed fold do not apply to it.
   */
  article?: boolean | undefined;
  /** A validated brand rule set (see `parseBrand`); the default preset otherwise. */
  brand?: Brand | undefined;
  /** Language of the messages; by default the draft's, else the brand's, else English. */
  locale?: Lang | undefined;
  /** What is known of the pages the draft links to (see `readPage`); the analyzer never fetches. */
  sources?: LinkedSource[] | undefined;
  /**
   * The people and Pages the composer shows as tagged, by the words it shows for them, in order:
   * LinkedIn's mentions carry no @ in the text (the draft's @handles are found without this).
   */
  mentions?: readonly string[] | undefined;
}

/** At most this many mentions are read, each at most this long: the rest is not a name. */
const MAX_MENTIONS = 50;
const MAX_MENTION_LENGTH = 100;

const RANK: Record<Severity, number> = { suggestion: 0, warning: 1, blocker: 2 };
const WEIGHT: Record<Element, number> = {
  objective: 25,
  value: 20,
  'call-to-action': 20,
  audience: 15,
  measurement: 10,
  'brand-fit': 10,
};
const PENALTY: Record<Severity, number> = { suggestion: 2, warning: 7, blocker: 15 };

// Words that mark Québec French, for the typography of messages when no brand says.
const QUEBEC =
  /\b(?:fin de semaine|magasin(?:er|ez)|courriel|infolettre|d[ée]panneur|chum|piasses?|cégep|souper|bienvenue à tous|québec|montréal)\b/i;

function messageLocale(draft: Draft, requested: Lang | undefined): { lang: Lang; variant: BrandLocale | Lang } {
  const brandLang: Lang | undefined = draft.brand.locale ? (draft.brand.locale === 'en' ? 'en' : 'fr') : undefined;
  const lang = requested ?? draft.lang ?? brandLang ?? 'en';
  if (lang === 'en') return { lang, variant: 'en' };
  const variant = draft.brand.locale?.startsWith('fr')
    ? draft.brand.locale
    : QUEBEC.test(draft.text)
      ? 'fr-CA'
      : 'fr-FR';
  return { lang, variant };
}

function briefText(core: BriefCore, catalog: Catalog, draft: Draft, say: (s: string) => string): Brief {
  const brief = {} as Brief;
  for (const element of ELEMENTS) {
    const { status, evidence } = core[element];
    const text = catalog.elements[element];
    const preferred = element === 'call-to-action' ? draft.brand.callsToAction[0] : undefined;
    brief[element] =
      status === 'present'
        ? { status, evidence }
        : { status, evidence, question: say(text.question), example: say(preferred ?? text.example) };
  }
  return brief;
}

function emptyCritique(text: string, lang: Lang, variant: BrandLocale | Lang): Critique {
  const catalog = CATALOGS[lang];
  const brief = {} as Brief;
  for (const element of ELEMENTS) {
    const t = catalog.elements[element];
    brief[element] = {
      status: 'missing',
      evidence: [],
      question: localize(t.question, variant),
      example: localize(t.example, variant),
    };
  }
  return {
    lang: 'und',
    locale: lang,
    genre: 'no-objective',
    genreEvidence: [],
    verdict: 'empty',
    score: 0,
    blocks: false,
    findings: [],
    brief,
    notices: [],
    stats: { characters: text.length, words: 0 },
  };
}

// Options may come from JavaScript callers or messages: anything unknown is ignored.
function sanitize(options: AnalyzeOptions | null | undefined): AnalyzeOptions {
  const o = (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown>;
  return {
    platform: isPlatform(o.platform) ? o.platform : undefined,
    kind: isKind(o.kind) ? o.kind : 'post',
    article: o.article === true,
    locale: o.locale === 'fr' || o.locale === 'en' ? o.locale : undefined,
    brand: o.brand as Brand | undefined,
    sources: validSources(o.sources),
    mentions: Array.isArray(o.mentions)
      ? o.mentions
          .filter((m): m is string => typeof m === 'string' && m.trim() !== '' && m.length <= MAX_MENTION_LENGTH)
          .slice(0, MAX_MENTIONS)
      : undefined,
  };
}

/** Critiques a draft: its genre, what it lacks in business terms, and why. */
export function analyze(text: string, rawOptions: AnalyzeOptions = {}): Critique {
  const options = sanitize(rawOptions);
  const brand = options.brand ?? preset('default');
  const raw: unknown = text;
  const source = typeof raw === 'string' ? raw : raw instanceof String ? raw.valueOf() : '';
  const draft = buildDraft(source, {
    platform: options.platform,
    kind: options.kind,
    article: options.article,
    brand,
    mentions: options.mentions ?? [],
  });
  if (!draft.visible) {
    const lang: Lang = options.locale ?? (brand.locale === 'en' ? 'en' : brand.locale ? 'fr' : 'en');
    return emptyCritique(source, lang, lang === 'fr' && brand.locale === 'fr-CA' ? 'fr-CA' : lang);
  }

  const { lang, variant } = messageLocale(draft, options.locale);
  const catalog = CATALOGS[lang];
  const say = (s: string) => localize(s, variant);
  let core = assessBrief(draft);
  // A draft that copies a press release it links to is a press release, whatever its own words say.
  const matches = relateSources(draft, options.sources);
  const dump = matches.find((m) => m.dump);
  // A copied release is a fact, not a guess: it stops like a sure judgement.
  const stop = dump?.overlap ? true : (draft.judgement?.stop ?? draft.genre.genre !== 'purposeful');
  if (dump?.overlap && draft.genre.genre !== 'press-release') {
    const copied = dump.overlap.copied.map((c) => ({ kind: 'copied', ...c, text: draft.text.slice(c.start, c.end) }));
    draft.genre = { ...draft.genre, genre: 'press-release', evidence: [...copied, ...draft.genre.evidence] };
    core = assessBrief(draft);
  }
  // Offsets inside the analyzer point into the cleaned text; the critique's point into the draft.
  const place = (start: number, end: number) => toDraft(source, draft.offsets, start, end);
  const locate = (list: readonly Evidence[]): Evidence[] =>
    list.map((e) => {
      const at = place(e.start, e.end);
      return { kind: e.kind, start: at.start, end: at.end, text: source.slice(at.start, at.end) };
    });

  const findings: Finding[] = [];
  const minimum = RANK[brand.minSeverity];
  for (const rule of RULES) {
    const setting = brand.rules[rule.id];
    if (!(setting?.enabled ?? rule.enabledByDefault)) continue;
    if (draft.lang === null && !rule.languageNeutral) continue;
    const text = catalog.rules[rule.id]!;
    const hits = rule.check({ draft, brief: core, sources: matches }).sort((a, b) => (a.start ?? -1) - (b.start ?? -1));
    for (const hit of hits) {
      const severity = setting?.severity ?? hit.severity ?? rule.severity;
      // A rule the brand lists as blocking is shown whatever the minimum severity: the explicit list wins.
      if (RANK[severity] < minimum && !brand.blocking.rules.includes(rule.id)) continue;
      const data = hit.data ?? {};
      const messageId = hit.messageId ?? 'default';
      const finding: Finding = {
        rule: rule.id,
        messageId,
        data,
        category: rule.category,
        severity,
        message: format(say(text.messages[messageId] ?? text.messages.default!), data, catalog),
        reason: say(text.reason),
        suggestion: say(text.suggestion),
      };
      if (hit.start !== undefined && hit.end !== undefined) {
        const at = place(hit.start, hit.end);
        finding.start = at.start;
        finding.end = at.end;
        finding.quote = source.slice(at.start, at.end);
      }
      findings.push(finding);
    }
  }

  const notices: Notice[] = [];
  const notice = (id: Notice['id'], data: Record<string, string | number> = {}) =>
    notices.push({ id, message: format(say(catalog.notices[id]), data, catalog) });
  if (draft.lang === null) {
    if (/\p{L}{2}/u.test(draft.text)) notice('unsupported-language', { lang: draft.detected });
    else notice('no-words');
  }
  if (draft.mixed && draft.lang) notice('mixed-language', { lang: draft.lang });
  if (draft.hadMarkup) notice('markup-ignored');
  if (draft.truncated) notice('too-long', { count: source.length, limit: MAX_JUDGED });

  const genre = draft.genre.genre;
  const present = ELEMENTS.reduce(
    (sum, e) => sum + WEIGHT[e] * (core[e].status === 'present' ? 1 : core[e].status === 'weak' ? 0.5 : 0),
    0,
  );
  const penalty = Math.min(
    40,
    findings.reduce((sum, f) => sum + PENALTY[f.severity], 0),
  );
  let score = Math.max(0, Math.round(present - penalty));
  if (genre !== 'purposeful') score = Math.min(score, 40);

  const worst = findings.reduce((w, f) => Math.max(w, RANK[f.severity]), -1);
  // Publishing is stopped only when the judgement is sure enough (see analyzers/model); below, the same findings ask for work.
  const verdict: Verdict =
    genre !== 'purposeful' && stop
      ? 'posting-for-posting-sake'
      : genre !== 'purposeful' || worst >= RANK.warning || score < 60
        ? 'needs-work'
        : 'ready';
  const { blocking } = brand;
  const blocks =
    (blocking.verdicts as readonly string[]).includes(verdict) ||
    (blocking.severity !== null && worst >= RANK[blocking.severity]) ||
    findings.some((f) => blocking.rules.includes(f.rule));

  const stats: Critique['stats'] = { characters: source.length, words: countWords(draft.text) };
  if (options.platform === 'x') {
    stats.weightedLength = parseTweet(source).weightedLength;
    stats.maxWeightedLength = X_LIMIT;
  }

  const sources = matches.map((m) => report(m, place, source));
  const brief = briefText(core, catalog, draft, say);
  for (const element of ELEMENTS) brief[element].evidence = locate(brief[element].evidence);

  return {
    lang: draft.detected,
    locale: lang,
    genre,
    genreEvidence: locate(draft.genre.evidence),
    ...(draft.judgement ? { confidence: confidence(draft, catalog, say, !!dump?.overlap) } : {}),
    verdict,
    score,
    blocks,
    findings,
    brief,
    notices,
    ...(options.sources?.length ? { sources } : {}),
    stats,
  };
}

/** How sure the genre is, in numbers and in words. */
function confidence(draft: Draft, catalog: Catalog, say: (s: string) => string, fact: boolean): Confidence {
  const judgement = draft.judgement!;
  const genre = draft.genre.genre;
  const ranked = GENRES.filter((g) => g !== genre).sort(
    (a, b) => judgement.probabilities[b] - judgement.probabilities[a],
  );
  const other = ranked[0]!;
  // A fact (a release copied from its link, an answer to someone) settles the genre.
  const decided = fact || judgement.fact === true;
  const p = decided ? 1 : judgement.probabilities[genre];
  const level: ConfidenceLevel = p >= 0.75 ? 'sure' : p >= 0.5 ? 'likely' : 'unsure';
  const name = (g: Genre) => {
    const n = catalog.genres[g];
    return n.charAt(0).toLowerCase() + n.slice(1);
  };
  // A guess is never certain: a probability is shown as 99 % at most.
  const percent = (x: number) => (decided ? Math.round(x * 100) : Math.min(99, Math.round(x * 100)));
  let message = format(
    say(catalog.confidence[level]),
    {
      genre: name(genre),
      percent: percent(p),
      other: name(other),
      'other-percent': percent(judgement.probabilities[other]),
    },
    catalog,
  );
  if (genre !== 'purposeful' && !judgement.stop && !fact) message += ` ${say(catalog.confidence.held)}`;
  return { genre: Math.round(p * 1000) / 1000, flagged: Math.round(judgement.flagged * 1000) / 1000, level, message };
}

/** What the critique tells of a linked page, with offsets into the draft as typed. */
function report(
  match: SourceMatch,
  place: (start: number, end: number) => { start: number; end: number },
  typed: string,
): SourceReport {
  const { source: linked, link, overlap } = match;
  const page = linked.page;
  const out: SourceReport = { url: linked.url, state: linked.state };
  if (link) Object.assign(out, place(link.start, link.end));
  if (linked.problem) out.problem = linked.problem;
  if (match.utmMissing.length) out.utmMissing = match.utmMissing;
  if (!page) return out;
  out.title = page.title;
  if (page.siteName) out.siteName = page.siteName;
  if (page.finalUrl !== page.url) out.finalUrl = page.finalUrl;
  out.pressRelease = page.pressRelease.pressRelease;
  out.cues = page.pressRelease.cues;
  if (page.truncated) out.truncated = true;
  if (overlap) {
    out.copiedShare = Math.round(overlap.share * 100) / 100;
    out.copied = overlap.copied.map((c) => {
      const at = place(c.start, c.end);
      return { kind: 'copied', start: at.start, end: at.end, text: typed.slice(at.start, at.end) };
    });
    out.headline = overlap.headline;
    out.angle = match.angle.length > 0;
    out.dump = match.dump;
  }
  return out;
}
