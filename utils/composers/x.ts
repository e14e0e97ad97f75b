// X (x.com, twitter.com): finding and classifying the post composers.
//
// Every selector and label lives in X_CONFIG, so that a change on X is a change
// in one place, checked by tests/composers.test.ts against the saved fixtures in
// tests/fixtures/composers/x/.
import { editorLabels, labelEquals } from './read';
import { deepFreeze } from './freeze';
import type { ComposerMatch, Kind, LocationLike, PagesOf, Surface } from './types';

/**
 * Sources: docs/composers.md §1.2 (editor DOM and test ids, X bundle of
 * 2025-07-01), §1.3 (send buttons, modal, replies, threads), §1.4 (what
 * CPFT, Mask, Minimal Twitter and TrustAHuman select), §5.10 and §6.2–6.4
 * (detection order, classification, exclusions). The DM and Grok entries come
 * from public automation scripts that drive those inputs (index ids
 * 16489877062, 60218043996, 53238648476), not from X's bundle.
 */
export const X_CONFIG = deepFreeze({
  version: 1,
  lastVerified: '2026-11-23',
  /** mobile.twitter.com serves the same app in its mobile (column) layout (§1.1). */
  hostnames: ['x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'],
  selectors: {
    /** §6.2 step 1: Draft.js editor (desktop) or textarea wrapper (mobile); test id checked by `testIdPattern`. */
    editorByTestId: '[data-testid^="tweetTextarea_"]',
    /** §6.2 step 2: Draft.js's own classes and role (draft-js DraftEditor.react.js). */
    draftEditor: '.public-DraftEditor-content[contenteditable="true"][role="textbox"]',
    /** §6.2 step 3: any multi-line textbox, kept only if Draft.js content or an X editor label is found in it. */
    multilineTextbox: '[contenteditable="true"][role="textbox"][aria-multiline="true"]',
    /** What is typed into, inside a `tweetTextarea_N` holder: the Draft.js root, or the mobile textarea (§1.2). */
    editorInHolder: 'textarea, [contenteditable="true"]',
    draftContents: '[data-contents="true"]',
    /** Where the fallbacks may look: the timeline column and popups in #layers (§1.3, CPFT). */
    fallbackScope: '[data-testid="primaryColumn"], #layers [role="dialog"]',
    /** Bounds of an inline composer box: never climb out of the column. */
    column: '[data-testid="primaryColumn"], main',
    /** Compose and reply modal (Minimal Twitter, Mask, TrustAHuman). */
    modal: '[role="dialog"][aria-labelledby="modal-header"]',
    /** Status-page reply box (X's Conversation bundle, TrustAHuman). */
    inlineReply: '[data-testid="inline_reply_offscreen"]',
    /** The post being replied to, shown in the reply modal (§1.3) and on the mobile reply page (CPFT). */
    repliedPost: 'article[data-testid="tweet"]',
    /** The composer's toolbar: a sibling subtree of the editor, inside the composer box (§1.2). */
    toolBar: '[data-testid="toolBar"]',
    /** `tweetButton` in a modal, `tweetButtonInline` inline; a <button> today, a div before (§1.3). */
    sendButton: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
    /** Containers whose editors are never post composers: DM drawer and DM box (§5.10). */
    excluded: '[data-testid="dmDrawer"], [data-testid="dmComposerTextInput"], [data-testid="dm-composer-textarea"]',
  },
  /** `tweetTextarea_<index>`; excludes `…RichTextInputContainer` and `…_label` (§6.2). */
  testIdPattern: /^tweetTextarea_(\d+)$/,
  routes: {
    /** CPFT ModalPaths (§1.3); `/compose/tweet` is the pre-rebrand path. */
    compose: /^\/compose\/(?:post|tweet)(?:\/|$)/,
    status: /^\/[^/]+\/status\/\d+/,
    /** DMs (old and new chat) and Grok reuse editor-like inputs (§5.10); nothing there is a post composer. */
    excluded: [/^\/messages(?:\/|$)/, /^\/i\/chat(?:\/|$)/, /^\/i\/grok(?:\/|$)/],
  },
  labels: {
    /** Editor aria-label, string key f6bab0da (en.js l.2136, fr.js l.2140); `Tweet text` before the rebrand [3p]. */
    editor: ['Post text', 'Tweet text', 'Texte du post'],
    /** Placeholder of a new post (§1.2), for reference: detection does not need it. Note the curly apostrophe. */
    postPlaceholder: ['What’s happening?', 'Quoi de neuf ?'],
    /** Read by the reply classification; absent once the editor holds text (Draft.js hides its placeholder). */
    replyPlaceholder: ['Post your reply', 'Postez votre réponse'],
    /** Button texts (§1.3), for reference and tests only: detection uses test ids, never these. */
    postButton: ['Post', 'Post all', 'Tout poster'],
    replyButton: ['Reply', 'Répondre'],
  },
  /**
   * Who posts (utils/composers/account.ts): the account switcher at the bottom of the side bar
   * holds the avatar, whose test id ends with the handle, and the handle itself. No section of
   * docs/composers.md nor saved page shows it (only the e2e X page renders it): unverified.
   */
  account: {
    lastVerified: '2026-11-23',
    unverified: ['switcher', 'avatar'],
    selectors: {
      switcher: '[data-testid="SideNav_AccountSwitcher_Button"]',
      avatar: '[data-testid^="UserAvatar-Container-"]',
    },
    avatarTestIdPrefix: 'UserAvatar-Container-',
  },
  /**
   * The preview card under the editor (utils/composers/preview.ts). UNVERIFIED: no capture of a
   * composer with a card was available; `card.wrapper` and `attachments` are test ids of X's
   * bundle (§1.2). Links inside an article are the quoted or replied post's, not the draft's.
   */
  preview: {
    lastVerified: null,
    unverified: ['links', 'quoted'],
    selectors: {
      links: '[data-testid="card.wrapper"] a[href], [data-testid="attachments"] a[href]',
      quoted: 'article, [role="article"]',
    },
  },
  /** What the badge must not cover (runtime/session.tsx): the composer's toolbar (§1.2) and its controls. */
  placement: {
    lastVerified: '2026-11-23',
    selectors: {
      controls: '[data-testid="toolBar"], [role="toolbar"], button, [role="button"], a[href]',
    },
  },
} as const);

/**
 * Where each selector of X_CONFIG must and must not match among the saved pages of
 * tests/fixtures/composers/x/ (checked by tests/composers.test.ts, in the manner of
 * refined-github's selector tests). A group with no page to match lists its selector as unverified.
 */
export const X_PAGES: PagesOf<typeof X_CONFIG> = {
  selectors: {
    editorByTestId: {
      match: ['home-en', 'mobile-compose', 'thread'],
      notMatch: ['dm-conversation', 'dm-drawer', 'grok', 'timeline-no-composer'],
    },
    draftEditor: { match: ['home-en', 'modal-compose'], notMatch: ['mobile-compose', 'grok'] },
    multilineTextbox: { match: ['home-en', 'reply-modal'], notMatch: ['mobile-compose', 'grok'] },
    // Grok's box matches too: the selector is only read inside a `tweetTextarea_N` holder.
    editorInHolder: { match: ['home-en', 'mobile-compose', 'grok'], notMatch: ['timeline-no-composer'] },
    draftContents: { match: ['home-fr', 'thread'], notMatch: ['mobile-compose', 'grok'] },
    fallbackScope: { match: ['home-en', 'modal-compose'], notMatch: ['mobile-compose'] },
    column: { match: ['home-en', 'mobile-compose'] },
    modal: {
      match: ['modal-compose', 'reply-modal', 'thread'],
      notMatch: ['home-en', 'reply-inline', 'mobile-compose'],
    },
    inlineReply: { match: ['reply-inline', 'reply-inline-empty-fr'], notMatch: ['home-en', 'reply-modal'] },
    repliedPost: { match: ['reply-modal', 'reply-inline'], notMatch: ['mobile-compose', 'grok'] },
    toolBar: { match: ['home-en', 'mobile-compose'], notMatch: ['dm-drawer', 'grok'] },
    sendButton: {
      match: ['home-en', 'modal-compose', 'reply-inline', 'mobile-compose'],
      notMatch: ['dm-conversation', 'dm-drawer', 'grok', 'timeline-no-composer'],
    },
    excluded: {
      match: ['dm-conversation', 'dm-drawer'],
      notMatch: ['home-en', 'home-fr', 'modal-compose', 'reply-inline', 'reply-modal', 'thread', 'mobile-compose'],
    },
  },
  account: {
    // No saved page shows the side bar's account switcher (unverified).
    switcher: { match: [], notMatch: ['home-en', 'grok'] },
    // Same shape as the post authors' avatars of the saved timelines; read only inside the switcher.
    avatar: { match: ['home-en'], notMatch: ['grok'] },
  },
  preview: {
    // No saved composer holds a preview card (unverified).
    links: { match: [], notMatch: ['home-en', 'reply-modal', 'thread'] },
    quoted: { match: ['reply-modal'], notMatch: ['mobile-compose', 'grok'] },
  },
  placement: {
    controls: { match: ['home-en', 'modal-compose', 'mobile-compose'] },
  },
};

function testIndex(el: Element): number | undefined {
  const holder = el.closest(X_CONFIG.selectors.editorByTestId);
  const match = X_CONFIG.testIdPattern.exec(holder?.getAttribute('data-testid') ?? '');
  return match ? Number(match[1]) : undefined;
}

/** The element typed into, from an element carrying a `tweetTextarea_N` test id. */
function editorOf(holder: HTMLElement): HTMLElement | null {
  if (holder.getAttribute('contenteditable') === 'true' || holder.tagName.toUpperCase() === 'TEXTAREA') return holder;
  return holder.querySelector<HTMLElement>(X_CONFIG.selectors.editorInHolder);
}

function isXEditorLike(el: HTMLElement): boolean {
  if (el.querySelector(X_CONFIG.selectors.draftContents)) return true;
  return editorLabels(el).some((label) => labelEquals(label, X_CONFIG.labels.editor));
}

function candidates(doc: Document): HTMLElement[] {
  const { selectors, testIdPattern } = X_CONFIG;
  const found = new Set<HTMLElement>();
  for (const holder of doc.querySelectorAll<HTMLElement>(selectors.editorByTestId)) {
    if (!testIdPattern.test(holder.getAttribute('data-testid') ?? '')) continue;
    const editor = editorOf(holder);
    if (editor) found.add(editor);
  }
  // Fallbacks for a renamed test id (§6.2 steps 2 and 3), only where composers live.
  for (const scope of doc.querySelectorAll(selectors.fallbackScope)) {
    for (const el of scope.querySelectorAll<HTMLElement>(selectors.draftEditor)) found.add(el);
    for (const el of scope.querySelectorAll<HTMLElement>(selectors.multilineTextbox)) {
      if (isXEditorLike(el)) found.add(el);
    }
  }
  return [...found].filter((el) => !el.closest(selectors.excluded));
}

/** The inline composer box: the nearest ancestor holding the toolbar or a send button, inside the column. */
function composerBox(editor: HTMLElement): HTMLElement {
  const { selectors } = X_CONFIG;
  const bound = editor.closest<HTMLElement>(selectors.column);
  for (let el = editor.parentElement; el; el = el.parentElement) {
    if (el.querySelector(selectors.sendButton) || el.querySelector(selectors.toolBar)) return el;
    if (el === bound) return el;
  }
  return bound ?? editor.ownerDocument.body;
}

function rootOf(editor: HTMLElement): HTMLElement {
  return (
    editor.closest<HTMLElement>(X_CONFIG.selectors.modal) ??
    editor.closest<HTMLElement>(X_CONFIG.selectors.inlineReply) ??
    composerBox(editor)
  );
}

function isReply(editor: HTMLElement, root: HTMLElement, inModal: boolean, loc: LocationLike): boolean {
  const { selectors, routes, labels } = X_CONFIG;
  if (root.matches(selectors.inlineReply)) return true;
  if (editorLabels(editor).some((label) => labelEquals(label, labels.replyPlaceholder))) return true;
  if (inModal) return root.querySelector(selectors.repliedPost) !== null;
  // Mobile layout: the compose page shows the replied post above the textarea
  // (CPFT ~7600). Only there: on desktop, /compose/post is a modal over a
  // timeline full of posts, and the home composer behind it is not a reply.
  if (editor.tagName.toUpperCase() === 'TEXTAREA' && routes.compose.test(loc.pathname)) {
    return editor.ownerDocument.querySelector(selectors.repliedPost) !== null;
  }
  return routes.status.test(loc.pathname);
}

function classify(
  editor: HTMLElement,
  root: HTMLElement,
  threadSize: number,
  loc: LocationLike,
): { surface: Surface; kind: Kind } {
  const inModal = root.matches(X_CONFIG.selectors.modal);
  const reply = isReply(editor, root, inModal, loc);
  const kind: Kind = reply ? 'reply' : 'post';
  if (threadSize > 1) return { surface: 'x-thread', kind };
  if (editor.tagName.toUpperCase() === 'TEXTAREA') return { surface: 'x-mobile', kind };
  if (inModal) return { surface: reply ? 'x-reply-modal' : 'x-modal', kind };
  if (reply) return { surface: 'x-reply-inline', kind };
  // Any other inline box: the home timeline's, a Community's (CPFT ~3127), or
  // the one left behind a /compose/post modal.
  return { surface: 'x-home', kind };
}

/**
 * The controls that publish `match`: from the editor, the nearest ancestor (up
 * to the composer's root) holding `tweetButton` / `tweetButtonInline` (§6.4).
 * A modal thread has one button for all its posts.
 */
export function xSendButtons(match: Pick<ComposerMatch, 'editor' | 'root'>): HTMLElement[] {
  for (let el = match.editor.parentElement; el; el = el.parentElement) {
    const buttons = [...el.querySelectorAll<HTMLElement>(X_CONFIG.selectors.sendButton)];
    if (buttons.length > 0) return buttons;
    if (el === match.root) break;
  }
  return [];
}

function documentOrder(a: Node, b: Node): number {
  // DOCUMENT_POSITION_FOLLOWING = 4
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

/** The post composers of an X page, in document order (§6.2 finding, §6.3 classifying). */
export function findXComposers(doc: Document, loc: LocationLike): ComposerMatch[] {
  if (X_CONFIG.routes.excluded.some((route) => route.test(loc.pathname))) return [];
  const editors = candidates(doc).sort(documentOrder);
  const roots = new Map(editors.map((editor) => [editor, rootOf(editor)] as const));
  const threadSize = new Map<HTMLElement, number>();
  for (const root of roots.values()) threadSize.set(root, (threadSize.get(root) ?? 0) + 1);

  return editors.map((editor) => {
    const root = roots.get(editor) ?? editor;
    const { surface, kind } = classify(editor, root, threadSize.get(root) ?? 1, loc);
    const index = testIndex(editor);
    const match: ComposerMatch = {
      editor,
      platform: 'x',
      surface,
      kind,
      root,
      sendButtons: () => xSendButtons(match),
    };
    if (index !== undefined) match.index = index;
    return match;
  });
}
