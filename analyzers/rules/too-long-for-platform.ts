import type { Rule } from './types';
import type { Evidence } from '../types';
import type { BriefCore } from '../brief';
import { parseTweet } from '../twitter';

/** Where Facebook cuts a post behind "See more" on the feed. */
export const FACEBOOK_FOLD = 480;
export const X_LIMIT = 280;
/** LinkedIn refuses a post longer than this (issue 14). */
export const LINKEDIN_LIMIT = 3000;
/** About what LinkedIn's feed shows on a computer before "…see more" / « …voir plus ». */
export const LINKEDIN_FOLD = 210;
/** The feed shows three lines at most above the fold, however short they are. */
const LINKEDIN_FOLD_LINES = 3;

/**
 * Where LinkedIn's "…see more" cuts `text`: after 210 characters, or at the end of the third
 * line when the opening is broken into short lines (an empty line is a line), whichever comes first.
 */
export function linkedinFold(text: string): number {
  let at = -1;
  for (let line = 0; line < LINKEDIN_FOLD_LINES; line++) {
    at = text.indexOf('\n', at + 1);
    if (at < 0) return Math.min(LINKEDIN_FOLD, text.length);
  }
  return Math.min(LINKEDIN_FOLD, at);
}

/**
 * Whether the opening above LinkedIn's fold gives a reason to click "…see more": a question, a
 * figure, the reader addressed, or already a benefit or an action (a bare link is none of these).
 */
function hooks(text: string, brief: BriefCore, fold: number): boolean {
  const opening = text.slice(0, fold);
  if (/[?？¿]|\p{Nd}/u.test(opening)) return true;
  const { value, audience } = brief;
  return [...value.evidence, ...brief['call-to-action'].evidence, ...audience.evidence].some(
    (e) => e.kind !== 'url' && e.start < fold,
  );
}

/** The first words that give the reader a reason to read on: a benefit or an action (a bare link is neither). */
function firstReason(brief: BriefCore): Evidence | undefined {
  const reasons = [...brief.value.evidence, ...brief['call-to-action'].evidence].filter((e) => e.kind !== 'url');
  return reasons.reduce<Evidence | undefined>((a, b) => (a === undefined || b.start < a.start ? b : a), undefined);
}

export const tooLongForPlatform: Rule = {
  id: 'too-long-for-platform',
  category: 'value',
  severity: 'warning',
  enabledByDefault: true,
  languageNeutral: true,
  check({ draft, brief }) {
    if (draft.platform === 'x') {
      const parsed = parseTweet(draft.text);
      if (parsed.weightedLength <= X_LIMIT) return [];
      const start = parsed.validRangeEnd + 1;
      return [
        { messageId: 'x', start, end: draft.text.length, data: { count: parsed.weightedLength, limit: X_LIMIT } },
      ];
    }
    if (draft.platform === 'facebook' && draft.text.length > FACEBOOK_FOLD) {
      // The reader's reason to care must be visible before the fold.
      const earliest = firstReason(brief);
      if (!earliest || earliest.start < FACEBOOK_FOLD) return [];
      return [
        {
          messageId: 'facebook',
          start: earliest.start,
          end: earliest.end,
          data: { quote: earliest.text, fold: FACEBOOK_FOLD },
        },
      ];
    }
    // An article is long-form: LinkedIn's post limit and feed fold are not its own.
    if (draft.platform === 'linkedin' && !draft.article) {
      const { text } = draft;
      if (text.length > LINKEDIN_LIMIT) {
        // Never cut an emoji in two: the limit falls before a pair it would split.
        const split = /[\uDC00-\uDFFF]/.test(text.charAt(LINKEDIN_LIMIT));
        const start = split ? LINKEDIN_LIMIT - 1 : LINKEDIN_LIMIT;
        return [
          { messageId: 'linkedin', start, end: text.length, data: { count: text.length, limit: LINKEDIN_LIMIT } },
        ];
      }
      // The point after the fold under an opening with no hook: flagged at the point. An opening
      // with a hook may keep its call to action for the end (the usual shape of a LinkedIn post);
      // a draft with no point at all is missing-value's and missing-call-to-action's to say.
      const fold = linkedinFold(text);
      if (text.trimEnd().length <= fold || hooks(text, brief, fold)) return [];
      const earliest = firstReason(brief);
      if (!earliest) return [];
      return [
        {
          messageId: 'linkedin-fold',
          start: earliest.start,
          end: earliest.end,
          data: { quote: earliest.text, fold },
        },
      ];
    }
    return [];
  },
};
