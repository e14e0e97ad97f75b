// Reading a draft and the labels around it, by walking the DOM explicitly.
//
// Why not `innerText`: it depends on layout (a hidden dialog reads as ''), it
// puts two newlines around <p> (a two-line Facebook draft reads "a\n\nb"), and
// happy-dom / jsdom do not implement it (docs/composers.md §1.5, §2.6). Why not
// `textContent`: it drops every line break (the TrustAHuman bug, §1.4).
import type { ComposerMatch } from './types';
import { BLOCK_TAGS } from '../../analyzers/blocks';
import { DRAFT_JS_CONFIG } from './draft-js';

// Elements that start a new line when rendered (shared with the linked-page reader). The editors
// only use a few of them (Draft.js: div; Lexical: p, h1-h6, blockquote, ul/ol/li, pre/code), the
// rest keeps the generic fallback honest on unknown markup.
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

function isTextArea(el: Element): el is HTMLTextAreaElement {
  // Tag name rather than instanceof: the element may come from another realm
  // (a content script's isolated world, an iframe, happy-dom's window).
  return el.tagName.toUpperCase() === 'TEXTAREA';
}

function unixNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Draft.js blocks of an editor, outermost only: X's composer and the Meta
 * Business Suite composer (docs/composers.md §1.2, §2.3). Draft nests blocks only in
 * its experimental tree mode; a nested block is read as part of its parent.
 */
function draftBlocks(editor: HTMLElement): Element[] {
  return [...editor.querySelectorAll(DRAFT_JS_CONFIG.selectors.block)].filter((block) => {
    const outer = block.parentElement?.closest(DRAFT_JS_CONFIG.selectors.block);
    return !outer || !editor.contains(outer);
  });
}

/**
 * One Draft.js block: its leaves (`DRAFT_JS_CONFIG.selectors.leaf`) in order. Decorators
 * (mentions, hashtags, links, emoji) and X's over-limit `overflow` style split a
 * line into several leaves that must be concatenated without separators; an
 * empty block holds a single `<br data-text="true">` (docs/composers.md §1.2, §1.4
 * Minimal Twitter).
 */
function readDraftBlock(block: Element): string {
  const leaves = [...block.querySelectorAll(DRAFT_JS_CONFIG.selectors.leaf)];
  if (leaves.length === 0) return unixNewlines(block.textContent ?? '');
  return leaves
    .map((leaf) => (leaf.tagName.toUpperCase() === 'BR' ? '' : unixNewlines(leaf.textContent ?? '')))
    .join('');
}

/**
 * Lines of a block-structured subtree: Lexical paragraphs, list items, or any
 * unknown markup. Follows the rendering rules that matter for an editor:
 * - a block element starts and ends a line; an empty block is an empty line;
 * - `<br>` ends a line, and a `<br>` that ends its block adds nothing (the
 *   Lexical empty paragraph `<p><br></p>` is one empty line, docs/composers.md §2.1);
 * - whitespace-only text between blocks is formatting, not content (saved
 *   fixtures are pretty-printed; the live editors have none there).
 */
class LineWalker {
  readonly lines: string[] = [];
  private current: string | null = null;
  private afterBreak = false;

  walk(node: Node): void {
    if (node.nodeType === TEXT_NODE) {
      this.text(node.nodeValue ?? '');
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || node.getAttribute('aria-hidden') === 'true') return;
    if (tag === 'BR') {
      this.lineBreak();
      return;
    }
    if (tag === 'IMG') {
      // Emoji rendered as images keep the character in `alt`.
      this.text(node.getAttribute('alt') ?? '');
      return;
    }
    if (isTextArea(node)) {
      this.text(unixNewlines(node.value));
      return;
    }
    const block = isBlock(node);
    if (block) this.endLine();
    const before = this.lines.length;
    this.children(node);
    if (block) {
      this.endLine();
      const hasBlockChild = [...node.children].some(isBlock);
      if (this.lines.length === before && !hasBlockChild) this.lines.push('');
    }
  }

  children(el: Element): void {
    const hasBlockChild = [...el.children].some(isBlock);
    for (const child of el.childNodes) {
      if (hasBlockChild && child.nodeType === TEXT_NODE && (child.nodeValue ?? '').trim() === '') continue;
      this.walk(child);
    }
  }

  endLine(): void {
    if (this.current !== null && !(this.afterBreak && this.current === '')) this.lines.push(this.current);
    this.current = null;
    this.afterBreak = false;
  }

  private text(value: string): void {
    if (value === '') return;
    this.current = (this.current ?? '') + unixNewlines(value);
    this.afterBreak = false;
  }

  private lineBreak(): void {
    this.lines.push(this.current ?? '');
    this.current = '';
    this.afterBreak = true;
  }
}

/**
 * The draft as the user sees it, one `\n` per line break.
 * - `<textarea>` (X mobile layout, §1.1): its value.
 * - Draft.js (X, MBS): `[data-block="true"]` blocks joined with `\n`.
 * - Lexical (Facebook), Quill and TipTap (LinkedIn) and anything else: an explicit walk of the blocks.
 */
export function readDraft(editor: HTMLElement): string {
  if (isTextArea(editor)) return unixNewlines(editor.value);
  const blocks = draftBlocks(editor);
  if (blocks.length > 0) return blocks.map(readDraftBlock).join('\n');
  // X wraps its mobile textarea in the element that carries the test id (§1.1).
  if (editor.getAttribute('contenteditable') !== 'true') {
    const textarea = editor.querySelector('textarea');
    if (textarea) return unixNewlines(textarea.value);
  }
  const walker = new LineWalker();
  walker.children(editor);
  walker.endLine();
  const text = walker.lines.join('\n');
  // Quill (LinkedIn) guards its embeds (mentions) and its cursor with U+FEFF: not part of the text,
  // which its own getText() leaves out too (docs/composers.md §8.6).
  return editor.classList.contains('ql-editor') ? text.replace(/\uFEFF/g, '') : text;
}

/**
 * A composer's draft: its editor's text, after the title when it has one (LinkedIn's article
 * editor, docs/composers.md §8.3) as the first line, the way a heading opens the body. Offsets
 * point into this text, and quotes are its slices, so a title typed as a press-release headline
 * is judged with the rest. A title of blanks reads as nothing: the draft is the body alone.
 */
export function readComposer(match: Pick<ComposerMatch, 'editor' | 'title'>): string {
  const body = readDraft(match.editor);
  const title = match.title ? readDraft(match.title) : '';
  if (title.trim() === '') return body;
  return body === '' ? title : `${title}\n${body}`;
}

/**
 * The drafts of a thread, in thread order (`index`, i.e. `tweetTextarea_N`),
 * not DOM order: X re-renders the list while the typeahead is open (§1.3).
 * Matches without an index keep their relative order, after the indexed ones.
 */
export function readThread(matches: readonly ComposerMatch[]): string[] {
  return [...matches]
    .sort((a, b) => (a.index ?? Number.POSITIVE_INFINITY) - (b.index ?? Number.POSITIVE_INFINITY))
    .map((match) => readDraft(match.editor));
}

// ---------------------------------------------------------------------------
// Labels

// Zero-width characters that Meta Business Suite puts inside accessible names
// (docs/composers.md §2.3), plus the soft hyphen and the BOM.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// X writes `What’s happening?` with U+2019, Facebook `What's on your mind` with
// an ASCII apostrophe (§5.7); either may change, so both compare equal.
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032]/g;
// French puts a (narrow) no-break space before `?` and `:`.
const SPACES = /[\s\u00A0\u2007\u202F]+/g;

/** Folds a label for comparison: invisible characters, apostrophes, ellipsis, spaces, case. */
export function normalizeLabel(label: string | null | undefined): string {
  if (!label) return '';
  return label
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, "'")
    .replace(/\u2026/g, '...')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
}

const patterns = new WeakMap<readonly string[], RegExp>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern matching labels that start with one of `prefixes` as whole words,
 * on normalized labels: `Comment as` matches `Comment as Ana` (Facebook puts the
 * user's first name in labels, §5.7), `Message` does not match `Messages`.
 */
export function prefixPattern(prefixes: readonly string[]): RegExp {
  const cached = patterns.get(prefixes);
  if (cached) return cached;
  const alternatives = prefixes.map((p) => escapeRegExp(normalizeLabel(p))).join('|');
  const pattern = new RegExp(`^(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u');
  // Label lists are frozen config arrays: compile each once, not on every scan.
  if (Object.isFrozen(prefixes)) patterns.set(prefixes, pattern);
  return pattern;
}

export function labelMatches(label: string | null | undefined, prefixes: readonly string[]): boolean {
  const normalized = normalizeLabel(label);
  return normalized !== '' && prefixPattern(prefixes).test(normalized);
}

export function labelEquals(label: string | null | undefined, labels: readonly string[]): boolean {
  const normalized = normalizeLabel(label);
  return normalized !== '' && labels.some((l) => normalizeLabel(l) === normalized);
}

/** aria-label, else the text of the aria-labelledby targets, else the element's own text. */
export function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const ids = el.getAttribute('aria-labelledby');
  if (ids) {
    const doc = el.ownerDocument;
    const text = ids
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  return el.textContent ?? '';
}

/**
 * Everything an editor says about itself: aria-label, aria-placeholder, the
 * textarea placeholder and the Draft.js placeholder it points at through
 * aria-describedby (docs/composers.md §1.2).
 */
export function editorLabels(el: Element): string[] {
  const labels = [el.getAttribute('aria-label'), el.getAttribute('aria-placeholder'), el.getAttribute('placeholder')];
  const described = el.getAttribute('aria-describedby');
  if (described) {
    for (const id of described.split(/\s+/)) labels.push(el.ownerDocument.getElementById(id)?.textContent ?? null);
  }
  return labels.filter((l): l is string => typeof l === 'string' && normalizeLabel(l) !== '');
}
