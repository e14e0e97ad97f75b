// The analyzer's public data model. Everything here is plain data so that a
// critique can cross the extension's message channel and be written as JSON.

export type Lang = 'fr' | 'en';
/** A detected language: `fr`, `en`, another ISO 639-1 code, or `und`. */
export type DetectedLang = Lang | (string & {});
/** The sites Whypost critiques drafts on; the one list every other module reads. */
export const PLATFORMS = ['x', 'facebook', 'linkedin'] as const;
export type Platform = (typeof PLATFORMS)[number];
/** Whether a value from outside (a message, a file, an address) names a platform. */
export const isPlatform = (value: unknown): value is Platform => (PLATFORMS as readonly unknown[]).includes(value);
/** What a draft is: a post, a reply to one, or a comment under one. */
export const KINDS = ['post', 'reply', 'comment'] as const;
export type Kind = (typeof KINDS)[number];
export const isKind = (value: unknown): value is Kind => (KINDS as readonly unknown[]).includes(value);
export type Severity = 'suggestion' | 'warning' | 'blocker';
export type BrandLocale = 'fr-FR' | 'fr-CA' | 'en';

/** The business elements every post needs; each rule protects one of them. */
export const ELEMENTS = ['objective', 'audience', 'value', 'call-to-action', 'measurement', 'brand-fit'] as const;
export type Element = (typeof ELEMENTS)[number];

export const GENRES = ['press-release', 'anecdote', 'no-objective', 'engagement-bait', 'purposeful'] as const;
export type Genre = (typeof GENRES)[number];

export type Verdict = 'ready' | 'needs-work' | 'posting-for-posting-sake' | 'empty';
export type Status = 'present' | 'weak' | 'missing';

/** Words of the draft that support a conclusion. Offsets are UTF-16 indices into the text. */
export interface Evidence {
  /** What kind of evidence this is (a signal id such as `cta`, `price`, `announcement`). */
  kind: string;
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  rule: string;
  messageId: string;
  /** Values interpolated into the message. */
  data: Record<string, string | number>;
  category: Element;
  severity: Severity;
  message: string;
  reason: string;
  suggestion: string;
  /** Absent only for whole-draft findings (such as a missing call to action). */
  start?: number;
  end?: number;
  /** The words between `start` and `end`. */
  quote?: string;
}

export interface BriefItem {
  status: Status;
  evidence: Evidence[];
  /** When not present: the question the writer should answer… */
  question?: string;
  /** …and an example answer in the messages' language. */
  example?: string;
}

export type Brief = Record<Element, BriefItem>;

export interface Notice {
  id: 'unsupported-language' | 'mixed-language' | 'too-long' | 'markup-ignored' | 'no-words';
  message: string;
}

/** How sure the judgement is, for the card and the report. */
export interface Confidence {
  /** Probability of the genre given (1 when the genre follows from a fact: a copied release, an answer). */
  genre: number;
  /** Probability that the post is published for publishing's sake (any genre but purposeful). */
  flagged: number;
  level: ConfidenceLevel;
  /** The judgement's certainty in the messages' language. */
  message: string;
}
export type ConfidenceLevel = 'sure' | 'likely' | 'unsure';

export interface Critique {
  /** Language detected in the draft. */
  lang: DetectedLang;
  /** Language of the messages in this critique. */
  locale: Lang;
  genre: Genre;
  /** The words that decided the genre, strongest first. */
  genreEvidence: Evidence[];
  /** How sure the genre is; absent for an empty draft or in a language the judgement does not read. */
  confidence?: Confidence;
  verdict: Verdict;
  score: number;
  /** Whether the brand's blocking policy asks the pre-publish check to stop this post. */
  blocks: boolean;
  findings: Finding[];
  brief: Brief;
  notices: Notice[];
  /** The pages the draft links to, when the caller passed what it knows of them. */
  sources?: SourceReport[];
  stats: {
    characters: number;
    words: number;
    /** X's weighted length (every URL counts 23); present when the platform is X. */
    weightedLength?: number;
    /** X's limit for the weighted length. */
    maxWeightedLength?: number;
  };
}

// Linked pages. A page is read where there is a DOM (a content script, an
// offscreen document, happy-dom in the CLI); what was read crosses to the
// analyzer as this plain data.

/** Why a page was taken for a press release: the words found, by kind. */
export interface PressCue {
  kind:
    | 'label' // « Communiqué de presse », "Press release" as the page's title or heading
    | 'immediate-release' // "For immediate release", « Pour diffusion immédiate »
    | 'wire' // /PRNewswire/, /CNW/, (BUSINESS WIRE)
    | 'dateline' // "NEW YORK, March 3, 2026 –", « Lyon, le 4 mars 2026 – » opening the text
    | 'about' // an « À propos de … » / "About …" block after the text
    | 'media-contact' // « Contact presse », "Media contact", « Renseignements : »
    | 'end-mark' // ### or -30-
    | 'newsroom-url' // /presse/, /newsroom/, /press-releases/ in the address
    | 'news-agency'; // (Reuters), (AFP): a journalist's article, which counts against
  text: string;
}

export interface PressReleaseReading {
  pressRelease: boolean;
  /** The cues' weights added up; a release needs PRESS_RELEASE_THRESHOLD. */
  score: number;
  cues: PressCue[];
}

export interface LinkedPage {
  /** The address requested. */
  url: string;
  /** The address the page came from, after redirects. */
  finalUrl: string;
  title: string;
  siteName?: string;
  lang?: string;
  /** The page holds an article (Readability found one); list pages, forms and errors do not. */
  article: boolean;
  /** The article's paragraphs (the page's text blocks when there is no article), capped. */
  paragraphs: string[];
  pressRelease: PressReleaseReading;
  /** Only the first bytes were read (2 MB at most). */
  truncated: boolean;
}

/** Why a link could not be read. */
export type LinkProblem =
  | { kind: 'timeout' }
  | { kind: 'http'; status: number }
  | { kind: 'not-html'; contentType: string }
  | { kind: 'network' }
  | { kind: 'unreadable' }
  | { kind: 'invalid-url' }
  /** The link redirects; followed only when the user allowed every site. */
  | { kind: 'redirect' };

/**
 * Where a link stands: read, not allowed yet (the user has not given the
 * extension access to the site), being read, or failed.
 */
export type LinkState = 'checked' | 'not-allowed' | 'checking' | 'failed';

/** A link of the draft (or of the composer's preview) and what is known of its page. */
export interface LinkedSource {
  url: string;
  state: LinkState;
  page?: LinkedPage;
  problem?: LinkProblem;
  /** The composer shows the link as a preview card; the draft's text may not contain it. */
  preview?: boolean;
}

/** What the critique says of one linked page. */
export interface SourceReport {
  url: string;
  state: LinkState;
  /** Where the link is in the draft; absent for a link only the preview shows. */
  start?: number;
  end?: number;
  title?: string;
  siteName?: string;
  finalUrl?: string;
  pressRelease?: boolean;
  cues?: PressCue[];
  /** Share of the draft's words copied word for word from the page, 0 to 1. */
  copiedShare?: number;
  /** The copied passages, in the draft. */
  copied?: Evidence[];
  /** The headline is copied. */
  headline?: boolean;
  /** The writer's own words, outside the copy, give the reader a reason (value, audience, offer, a question). */
  angle?: boolean;
  /** Copied from a press release with no angle for the reader: a press-release dump. */
  dump?: boolean;
  /** Parameters the brand's UTM policy requires and the link lacks (after redirects, where it leads). */
  utmMissing?: string[];
  problem?: LinkProblem;
  truncated?: boolean;
}
