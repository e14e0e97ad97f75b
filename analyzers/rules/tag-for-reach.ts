// Tagging people to reach their networks (issue 14: LinkedIn). LinkedIn's
// professional community policies call it engagement bait when a post tags people
// who have nothing to do with it; a text cannot tell who took part, so the rule
// flags the two shapes that say it on their own:
// - `list`: a line made only of three or more tags (optionally opened by "cc",
//   "tagging", « j'identifie »…), the tag block pasted under a post;
// - `many`: more than five people or Pages tagged in all, from the sixth on, as
//   hashtag-stuffing counts hashtags.
// A thank-you sentence that names three speakers is neither. Tags are the draft's
// @handles and the names the composer shows as mentions (LinkedIn's carry no @).
import type { Rule } from './types';
import type { Draft } from '../draft';

const MAX_TAGGED = 5;
const LIST_MIN = 3;

interface Tag {
  start: number;
  end: number;
}

/** The draft's tags in order: @handles, and each mention name found after the previous one. */
export function tagsOf(draft: Pick<Draft, 'text' | 'signals' | 'mentions'>): Tag[] {
  const tags: Tag[] = draft.signals.mention.map(({ start, end }) => ({ start, end }));
  let from = 0;
  for (const name of draft.mentions) {
    const words = name.trim();
    let start = draft.text.indexOf(words, from);
    if (start < 0) start = draft.text.indexOf(words);
    if (start < 0) continue;
    const tag = { start, end: start + words.length };
    from = tag.end;
    // A name typed as @Name is the same tag as its @handle.
    if (!tags.some((t) => t.start < tag.end && t.end > tag.start)) tags.push(tag);
  }
  return tags.sort((a, b) => a.start - b.start);
}

// Between two tags of a block: spaces, commas and the like, "and" / « et ».
const BETWEEN = /^[\s,;&+/·•|-]*(?:(?:and|et)[\s,]*)?$/iu;
// Before the block on its line: nothing, or a word that announces it.
const OPENER = /^[\s\-–•·]*(?:(?:cc|h\/t|ht|tagging|tagged|j['’]identifie|j['’]?tag(?:ue)?|je tague)\s*:?)?[\s,]*$/iu;
// After the block on its line: nothing but punctuation, hashtags and emoji.
const CLOSER = /^[\s.!,;…]*(?:#\S+[\s,]*)*(?:[\s.!]|\p{Extended_Pictographic}|\uFE0F|\u200D)*$/u;

function tagList(text: string, tags: readonly Tag[]): Tag | undefined {
  let i = 0;
  while (i < tags.length) {
    let j = i;
    while (j + 1 < tags.length && BETWEEN.test(text.slice(tags[j]!.end, tags[j + 1]!.start))) j++;
    if (j - i + 1 >= LIST_MIN) {
      const first = tags[i]!;
      const last = tags[j]!;
      const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
      const lineEnd = text.indexOf('\n', last.end);
      const before = text.slice(lineStart, first.start);
      const after = text.slice(last.end, lineEnd < 0 ? text.length : lineEnd);
      if (OPENER.test(before) && CLOSER.test(after)) return { start: first.start, end: last.end };
    }
    i = j + 1;
  }
  return undefined;
}

export const tagForReach: Rule = {
  id: 'tag-for-reach',
  category: 'audience',
  severity: 'warning',
  enabledByDefault: true,
  languageNeutral: true,
  check({ draft }) {
    if (draft.platform !== 'linkedin') return [];
    const tags = tagsOf(draft);
    const list = tagList(draft.text, tags);
    if (list) {
      const count = tags.filter((t) => t.start >= list.start && t.end <= list.end).length;
      return [{ messageId: 'list', ...list, data: { count, quote: draft.text.slice(list.start, list.end) } }];
    }
    const distinct = new Set(tags.map((t) => draft.text.slice(t.start, t.end).replace(/^@/, '').toLowerCase()));
    if (distinct.size <= MAX_TAGGED) return [];
    const extra = tags[MAX_TAGGED]!;
    const last = tags[tags.length - 1]!;
    return [
      {
        messageId: 'many',
        start: extra.start,
        end: last.end,
        data: { count: distinct.size, limit: MAX_TAGGED, quote: draft.text.slice(extra.start, last.end) },
      },
    ];
  },
};
