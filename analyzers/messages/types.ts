import type {
  ConfidenceLevel,
  Element,
  Genre,
  LinkProblem,
  LinkState,
  Notice,
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
  name: string;
  question: string;
  example: string;
  /** Why a weak status is weak, by note id. */
  notes: Record<string, string>;
}

export interface Catalog {
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
