// The analyzer's public data model. Everything here is plain data so that a
// critique can cross the extension's message channel and be written as JSON.

export type Lang = 'fr' | 'en';
/** A detected language: `fr`, `en`, another ISO 639-1 code, or `und`. */
export type DetectedLang = Lang | (string & {});
export type Platform = 'x' | 'facebook';
export type Kind = 'post' | 'reply' | 'comment';
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

export interface Critique {
  /** Language detected in the draft. */
  lang: DetectedLang;
  /** Language of the messages in this critique. */
  locale: Lang;
  genre: Genre;
  /** The words that decided the genre, strongest first. */
  genreEvidence: Evidence[];
  verdict: Verdict;
  score: number;
  /** Whether the brand's blocking policy asks the pre-publish check to stop this post. */
  blocks: boolean;
  findings: Finding[];
  brief: Brief;
  notices: Notice[];
  stats: {
    characters: number;
    words: number;
    /** X's weighted length (every URL counts 23); present when the platform is X. */
    weightedLength?: number;
    /** X's limit for the weighted length. */
    maxWeightedLength?: number;
  };
}
