// Shared shapes of the composer adapters. The adapters are pure DOM code (no
// `browser.*`, no WXT imports) so that the content scripts, the unit tests
// (happy-dom) and the end-to-end fixture pages all run the same detection.

import type { Kind, Platform } from '../../analyzers/types';

export type { Kind, Platform };

/**
 * Where a composer sits. One value per surface listed in docs/composers.md §1.3
 * (X), §2.2–§2.4 (Facebook, Pages, Meta Business Suite) and §8 (LinkedIn); the pre-publish
 * check records it with each draft.
 */
export type Surface =
  | 'x-home'
  | 'x-modal'
  | 'x-reply-inline'
  | 'x-reply-modal'
  | 'x-thread'
  | 'x-mobile'
  | 'fb-post'
  | 'fb-group'
  | 'fb-page'
  | 'fb-comment'
  | 'fb-reply'
  | 'mbs'
  | 'li-post'
  | 'li-page'
  | 'li-comment'
  | 'li-reply'
  | 'li-article';

export interface ComposerMatch {
  /** The element the user types into: a contenteditable editing host, or a `<textarea>` (X mobile layout). */
  editor: HTMLElement;
  platform: Platform;
  surface: Surface;
  kind: Kind;
  /**
   * X only: the N of `data-testid="tweetTextarea_N"`, i.e. the position in a
   * thread. It is the identity of an editor, not its place in the DOM, because
   * X re-renders the list (docs/composers.md §1.3, "Threads").
   */
  index?: number;
  /**
   * LinkedIn's article editor only: the title field, a `<textarea>` apart from the body. The draft
   * reads it first, as its opening line (`readComposer`, docs/composers.md §8.3).
   */
  title?: HTMLElement;
  /** The composer's container: the dialog, the inline box, the comment form. */
  root: HTMLElement;
  /**
   * The controls that publish this draft now, looked up on every call because
   * both sites re-render their toolbars (docs/composers.md §5.2). Disabled buttons
   * are included: whether to intercept them is the caller's decision (§5.4).
   */
  sendButtons(): HTMLElement[];
}

/** The two fields of `Location` the adapters read; a `URL` also fits. */
export type LocationLike = Pick<Location, 'hostname' | 'pathname'>;

/**
 * A group of selectors of a platform config, dated. `lastVerified` is the day
 * the group was last checked against its sources (docs/composers.md), null if
 * never; `unverified` names the selectors with no public source, which
 * tests/composers.test.ts lets match no fixture.
 */
export interface SelectorGroup<K extends string> {
  readonly lastVerified: string | null;
  readonly unverified?: readonly K[];
  readonly selectors: Readonly<Record<K, string>>;
}

/**
 * The saved pages (tests/fixtures/composers/, named without `.html`) where a selector must match
 * and where it must not. Kept apart from the config it describes (its own export beside it) so
 * that the content scripts, which read the config, do not carry the test's page lists.
 */
export interface SelectorPages {
  readonly match: readonly string[];
  readonly notMatch?: readonly string[];
}

/** One row of pages per selector of a config: `selectors` (detection), then each dated group. */
export type PagesOf<C extends { selectors: object }> = {
  readonly [
    G in keyof C as C[G] extends { selectors: object } ? G : G extends 'selectors' ? G : never
  ]: G extends 'selectors'
    ? Readonly<Record<keyof C['selectors'], SelectorPages>>
    : C[G] extends { selectors: infer S }
      ? Readonly<Record<keyof S, SelectorPages>>
      : never;
};

/** Links of the preview card drawn under the editor, and the quoted posts whose links are not the draft's. */
export type PreviewConfig = SelectorGroup<'links' | 'quoted'>;

/** The controls the badge must not cover (the toolbar, buttons, links of the composer). */
export type PlacementConfig = SelectorGroup<'controls'>;

/** X: the account switcher of the side bar, whose avatar's test id ends with the handle. */
export interface XAccountConfig extends SelectorGroup<'switcher' | 'avatar'> {
  readonly avatarTestIdPrefix: string;
}

/** Facebook: the bold name of who posts, above the editor of a post dialog. */
export type FacebookAccountConfig = SelectorGroup<'author'>;

/** LinkedIn: the identity button at the top of the share box (the member or the Page). */
export type LinkedInAccountConfig = SelectorGroup<'actor'>;

/** What every platform config holds besides its detection selectors: read by the content-script app. */
export interface PlatformConfig {
  readonly preview: PreviewConfig;
  readonly placement: PlacementConfig;
}

/**
 * What a content script needs of its platform: the composers of a page, who posts from one,
 * and its config (preview and placement selectors).
 * Each content script carries its own platform's adapter only (issue 11: their weight).
 */
export interface PlatformAdapter {
  platform: Platform;
  config: PlatformConfig;
  findComposers(doc: Document, loc: LocationLike): ComposerMatch[];
  account(doc: Document, match: ComposerMatch): string | undefined;
  /** The names a composer shows as tagged without an @ (LinkedIn's mentions), for the analyzer. */
  mentions?(match: ComposerMatch): string[];
  /** Open shadow roots where composers may mount (LinkedIn's, docs/composers.md §8.1): observed like the document. */
  shadowRoots?(doc: Document): ShadowRoot[];
}
