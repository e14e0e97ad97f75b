// Checks shared by the property tests and the bad-input examples. Each check
// returns a list of problems rather than asserting, so a property can report
// every broken offset of a critique at once and an example test can show them
// with `expect(problems).toEqual([])`.
import { expect } from 'vitest';
import type { AnalyzeOptions, Critique, Evidence, Lang } from '../../analyzers/index';
import { CATALOGS, ELEMENTS, localize } from '../../analyzers/index';

const isOffset = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

function spanProblems(text: string, where: string, start: unknown, end: unknown): string[] {
  if (!isOffset(start) || !isOffset(end)) return [`${where}: offsets ${String(start)}–${String(end)} are not integers`];
  if (start < 0 || start > end || end > text.length)
    return [`${where}: offsets ${start}–${end} outside 0 ≤ start ≤ end ≤ ${text.length}`];
  // An offset between the two halves of an emoji quotes half a character.
  const splitsPair = (i: number) => /[\ud800-\udbff]/.test(text[i - 1] ?? '') && /[\udc00-\udfff]/.test(text[i] ?? '');
  if (splitsPair(start) || splitsPair(end)) return [`${where}: offsets ${start}–${end} split a surrogate pair`];
  return [];
}

export interface OffsetCheck {
  /**
   * Whether evidence `text` must equal the draft's words at its offsets.
   * Off only where a known analyzer bug is tracked by a test of its own.
   */
  evidenceText?: boolean;
}

function evidenceProblems(text: string, where: string, list: readonly Evidence[], check: OffsetCheck): string[] {
  return list.flatMap((e, i) => {
    const at = `${where}[${i}] (${e.kind})`;
    const span = spanProblems(text, at, e.start, e.end);
    if (span.length || check.evidenceText === false) return span;
    const actual = text.slice(e.start, e.end);
    return e.text === actual ? [] : [`${at}: text ${JSON.stringify(e.text)} ≠ draft ${JSON.stringify(actual)}`];
  });
}

/**
 * Every offset of a critique against the draft it was made from: findings'
 * `start`/`end`/`quote`, the brief's evidence and the genre's evidence. The UI
 * underlines the draft with these offsets, so one that drifts by a character
 * underlines the wrong words.
 */
export function offsetProblems(text: string, critique: Critique, check: OffsetCheck = {}): string[] {
  const problems: string[] = [];
  critique.findings.forEach((f, i) => {
    const at = `findings[${i}] (${f.rule})`;
    if (f.start === undefined && f.end === undefined) {
      // A whole-draft finding quotes nothing.
      if (f.quote !== undefined) problems.push(`${at}: quote without offsets`);
      return;
    }
    const span = spanProblems(text, at, f.start, f.end);
    if (span.length) return problems.push(...span);
    const actual = text.slice(f.start, f.end);
    if (f.quote !== actual) problems.push(`${at}: quote ${JSON.stringify(f.quote)} ≠ draft ${JSON.stringify(actual)}`);
  });
  for (const element of ELEMENTS) {
    problems.push(...evidenceProblems(text, `brief.${element}.evidence`, critique.brief[element].evidence, check));
  }
  problems.push(...evidenceProblems(text, 'genreEvidence', critique.genreEvidence, check));
  return problems;
}

export function expectValidOffsets(text: string, critique: Critique): void {
  expect(offsetProblems(text, critique)).toEqual([]);
}

/** Every span a critique points at: findings with offsets, then evidence. */
export function quotedSpans(critique: Critique): { where: string; text: string }[] {
  return [
    ...critique.findings.flatMap((f) => (f.quote === undefined ? [] : [{ where: `finding ${f.rule}`, text: f.quote }])),
    ...ELEMENTS.flatMap((element) =>
      critique.brief[element].evidence.map((e) => ({ where: `brief.${element}`, text: e.text })),
    ),
    ...critique.genreEvidence.map((e) => ({ where: 'genreEvidence', text: e.text })),
  ];
}

// French messages are typeset for France or for Québec (see `localize`); English has one form.
const VARIANTS: Record<Lang, readonly ('fr-FR' | 'fr-CA' | 'en')[]> = { fr: ['fr-FR', 'fr-CA'], en: ['en'] };

const forms = (template: string, locale: Lang): string[] => VARIANTS[locale].map((v) => localize(template, v));

/**
 * Whether every sentence of a critique comes from the catalog of its locale:
 * findings' reasons and suggestions, the brief's questions, and messages whose
 * placeholders were all filled. A French question ends with a no-break space
 * and `?` (France) or a bare `?` (Québec).
 */
export function messageProblems(critique: Critique, options: AnalyzeOptions = {}): string[] {
  const problems: string[] = [];
  const { locale } = critique;
  if (locale !== 'fr' && locale !== 'en') return [`locale ${String(locale)} is neither fr nor en`];
  if (options.locale !== undefined && locale !== options.locale)
    problems.push(`locale ${locale} although ${options.locale} was asked for`);
  else if (
    options.locale === undefined &&
    (critique.lang === 'fr' || critique.lang === 'en') &&
    locale !== critique.lang
  )
    problems.push(`locale ${locale} for a draft in ${critique.lang}`);

  const catalog = CATALOGS[locale];
  critique.findings.forEach((f, i) => {
    const at = `findings[${i}] (${f.rule})`;
    const text = catalog.rules[f.rule];
    if (!text) return problems.push(`${at}: rule missing from the ${locale} catalog`);
    if (typeof f.message !== 'string' || f.message.trim() === '') problems.push(`${at}: empty message`);
    const template = text.messages[f.messageId] ?? text.messages.default ?? '';
    for (const [, key] of template.matchAll(/\{([a-z-]+)\}/g)) {
      if (key !== undefined && !(key in f.data)) problems.push(`${at}: placeholder {${key}} left unfilled`);
    }
    if (!forms(text.reason, locale).includes(f.reason)) problems.push(`${at}: reason not from the ${locale} catalog`);
    if (!forms(text.suggestion, locale).includes(f.suggestion))
      problems.push(`${at}: suggestion not from the ${locale} catalog`);
  });

  for (const element of ELEMENTS) {
    const item = critique.brief[element];
    if (item.status === 'present') continue;
    const at = `brief.${element}`;
    if (!item.question || !forms(catalog.elements[element].question, locale).includes(item.question))
      problems.push(`${at}: question ${JSON.stringify(item.question)} not from the ${locale} catalog`);
    else if (!(locale === 'fr' ? /(?:[\u202f\u00a0]|[^\s])\?$/u : /[^\s]\?$/u).test(item.question))
      problems.push(`${at}: question ${JSON.stringify(item.question)} is not typeset as a ${locale} question`);
    if (!item.example?.trim()) problems.push(`${at}: no example answer`);
  }

  critique.notices.forEach((n, i) => {
    // The words before the first placeholder identify the catalog the notice came from.
    const head = catalog.notices[n.id].split('{')[0] ?? '';
    if (typeof n.message !== 'string' || n.message.trim() === '')
      problems.push(`notices[${i}] (${n.id}): empty message`);
    else if (!forms(head, locale).some((form) => n.message.startsWith(form)))
      problems.push(`notices[${i}] (${n.id}): message not from the ${locale} catalog`);
  });
  return problems;
}

// What a reader cannot see: white space, control characters and the
// characters Unicode says to render invisibly when unsupported (zero-width
// space and joiners, direction marks, soft hyphen, variation selectors,
// Hangul fillers, tag characters…).
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Default_Ignorable_Code_Point}]/gu;
// An HTML comment, or an opening, closing or self-closing tag.
const MARKUP = /<!--[\s\S]*?-->|<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g;
// A tag or a comment: either way the draft was pasted as HTML, entities included.
const TAG = /<!--|<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;
// Named entities that stand for white space or an invisible character.
const BLANK_ENTITIES = new Set([
  'nbsp',
  'ensp',
  'emsp',
  'thinsp',
  'zwnj',
  'zwj',
  'lrm',
  'rlm',
  'shy',
  'NewLine',
  'Tab',
]);

function decodeEntity(_: string, decimal?: string, hex?: string, name?: string): string {
  if (name !== undefined) return BLANK_ENTITIES.has(name) ? ' ' : 'x';
  const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
}

/**
 * Whether a draft shows the reader anything, the test's own definition of a
 * non-empty draft: the invisible characters above do not count, nor do HTML
 * tags and comments; in pasted HTML an entity counts as the character it
 * stands for (`&eacute;` is a letter, `&nbsp;` a space).
 */
export function hasVisibleCharacters(text: string): boolean {
  // Invisible characters first, as blanks: a control character inside a tag does not make the tag text.
  let shown = text.replace(INVISIBLE, ' ').replace(MARKUP, ' ');
  if (TAG.test(text.replace(INVISIBLE, ' '))) shown = shown.replace(ENTITY, decodeEntity);
  return shown.replace(INVISIBLE, '') !== '';
}

/**
 * A sufficient condition for a visible draft that does not depend on how
 * markup and entities are read: a letter, digit, punctuation mark or symbol
 * (emoji included) outside any tag, comment or entity.
 */
export function hasPlainVisibleCharacter(text: string): boolean {
  const shown = text.replace(INVISIBLE, ' ').replace(MARKUP, ' ').replace(ENTITY, ' ');
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(shown.replace(INVISIBLE, ''));
}
