// Shared shapes of the composer adapters. The adapters are pure DOM code (no
// `browser.*`, no WXT imports) so that the content scripts, the unit tests
// (happy-dom) and the end-to-end fixture pages all run the same detection.

export type Platform = 'x' | 'facebook';

/**
 * Where a composer sits. One value per surface listed in docs/composers.md §1.3
 * (X) and §2.2–§2.4 (Facebook, Pages, Meta Business Suite); the pre-publish
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
  | 'mbs';

export type Kind = 'post' | 'reply' | 'comment';

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
 * What a content script needs of its platform: the composers of a page, and who posts from one.
 * Each content script carries its own platform's adapter only (issue 11: their weight).
 */
export interface PlatformAdapter {
  platform: Platform;
  findComposers(doc: Document, loc: LocationLike): ComposerMatch[];
  account(doc: Document, match: ComposerMatch): string | undefined;
}
