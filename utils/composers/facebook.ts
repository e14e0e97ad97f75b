// Facebook (www / web.facebook.com) and Meta Business Suite (business.facebook.com):
// finding and classifying the post, comment and reply composers.
//
// Every selector and label lives in FACEBOOK_CONFIG, checked by
// tests/composers.test.ts against tests/fixtures/composers/facebook/. Labels are
// compared after normalizeLabel() and by whole-word prefix, because Facebook
// puts the user's first name in them and Business Suite zero-width spaces
// (docs/composers.md §5.7).
import { accessibleName, editorLabels, labelEquals, labelMatches } from './read';
import { deepFreeze } from './freeze';
import type { ComposerMatch, Kind, LocationLike, PagesOf, Surface } from './types';

/**
 * Sources: docs/composers.md §2.1 (Lexical root and saved FB markup), §2.2
 * (Create post flow, EN/FR labels), §2.3 (Pages' Next → Post, Business Suite),
 * §2.4 (comment boxes, Messenger exclusions), §6.6–6.8 (Facebook: find,
 * classify, send controls). Third-party observations dated 2023–2026.
 * Entries marked "unverified" have no public source: they are our best guess
 * and must be checked on the live site first when a fixture is refreshed.
 */
export const FACEBOOK_CONFIG = deepFreeze({
  version: 1,
  lastVerified: '2026-11-23',
  /** m.facebook.com is a different app and out of scope. */
  hostnames: ['www.facebook.com', 'web.facebook.com', 'facebook.com', 'business.facebook.com'],
  businessHostname: 'business.facebook.com',
  selectors: {
    /** §6.6 step 1: Lexical root (LexicalEditor.ts `setRootElement`), as in snorkel's post-dialog selector. */
    lexicalEditor: '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    /** §6.6 step 2: the older Draft shape (Mask's FB paste target, old MBS); kept only if it holds Draft content. */
    draftEditor: '.notranslate[contenteditable="true"]',
    draftContents: '[data-contents="true"]',
    /** Any editing host: a contenteditable nested in another is part of it, not a second editor. */
    editingHost: '[contenteditable="true"]',
    /** §2.3: the Business Suite text box is a combobox, editable itself or about three levels down. */
    comboboxEditor: '[role="combobox"][contenteditable="true"], [role="combobox"] [contenteditable="true"]',
    combobox: '[role="combobox"]',
    /** §6.6 step 3: any textbox in a dialog, for a relabelled or re-engineered post dialog. */
    dialogTextbox: '[role="dialog"] [contenteditable="true"][role="textbox"]',
    dialog: '[role="dialog"]',
    button: '[role="button"], button',
    /** The comment submit container, "a stable ID" per TrustAHuman (§2.4); ids may repeat, hence [id=…]. */
    commentSubmit: '[id="focused-state-composer-submit"]',
    /** How far a comment box may extend: never past its post, comment, dialog or the feed. */
    commentBoundary: '[role="article"], [role="dialog"], [role="feed"], [role="main"]',
  },
  routes: {
    groups: /^\/groups\//,
    /** §2.3: business.facebook.com/latest/composer/?asset_id=…&business_id=… */
    businessComposer: /^\/latest\/composer(?:\/|$)/,
    /** Messenger (www) and the Business Suite inbox: chat, never posts (§2.4). */
    excluded: [/^\/messages(?:\/|$)/, /^\/latest\/inbox(?:\/|$)/],
  },
  labels: {
    /** Dialog names (§2.2): EN `Create post`, FR `Créer une publication` (seen on Pages' dialogs). */
    createPostDialog: ['Create post', 'Créer une publication'],
    /** Second step of a Page's post (§2.3). FR unverified. */
    postSettingsDialog: ['Post settings', 'Paramètres de publication'],
    /** Post editors, by prefix (first names follow): §2.2, FR groups from index id 28957550207. */
    postEditor: [
      "What's on your mind",
      'Create a public post',
      'Write something',
      'Exprimez-vous',
      'Créer une publication publique',
    ],
    /** The subset that only group composers use (§2.2). */
    groupEditor: ['Create a public post', 'Write something', 'Exprimez-vous', 'Créer une publication publique'],
    /** Comment editors (§2.4: TrustAHuman, the multilingual regex of index id 70976423801, `Answer as` from index id 57354996339). */
    commentEditor: [
      'Comment as',
      'Write a comment',
      'Write a public comment',
      'Answer as',
      'Commenter en tant que',
      'Écrivez un commentaire',
    ],
    replyEditor: ['Reply to', 'Répondre à'],
    /** Messenger boxes (§2.4): aria-label `Message` / `Write to …`, placeholder `Aa`. */
    chatEditor: ['Message', 'Write to'],
    chatPlaceholder: ['Aa'],
    /** The Messenger send button (index id 23606152140): marks a chat window. */
    chatSendButton: ['Press Enter to send'],
    /** Send controls (§2.2, §2.3). */
    postButton: ['Post', 'Publier'],
    nextButton: ['Next', 'Suivant'],
    /** Comment submit buttons (§2.4). FR `Commenter` / `Répondre` unverified. */
    commentButton: ['Comment', 'Commenter'],
    replyButton: ['Reply', 'Répondre'],
    /** Business Suite (§2.3), British "dialogue". */
    businessEditor: ['Write into the dialogue box to include text with your post.'],
    /** `Publish` (§2.3); FR `Publier` unverified. `Schedule` opens a date picker and is not a send. */
    businessPublish: ['Publish', 'Publier'],
  },
  /**
   * Who posts (utils/composers/account.ts): the name in bold next to the avatar, above the editor
   * of a post dialog, as in the saved Create post pages (§2.2). Inferred, not checked on the live
   * site: unverified.
   */
  account: {
    lastVerified: null,
    unverified: ['author'],
    selectors: { author: 'strong' },
  },
  /**
   * The preview card under the editor (utils/composers/preview.ts). UNVERIFIED: no capture of a
   * composer with a card was available. Facebook sends every outside link through its l.php
   * redirect, the card's included; links inside an article are the shared or replied post's.
   */
  preview: {
    lastVerified: null,
    unverified: ['links', 'quoted'],
    selectors: {
      links: 'a[href*="facebook.com/l.php"]',
      quoted: 'article, [role="article"]',
    },
  },
  /** What the badge must not cover (runtime/session.tsx): toolbars, buttons and links of the composer. */
  placement: {
    lastVerified: '2026-11-23',
    selectors: { controls: '[role="toolbar"], button, [role="button"], a[href]' },
  },
} as const);

/**
 * Where each selector of FACEBOOK_CONFIG must and must not match among the saved pages of
 * tests/fixtures/composers/facebook/ (checked by tests/composers.test.ts, in the manner of
 * refined-github's selector tests). A group with no page to match lists its selector as unverified.
 */
export const FACEBOOK_PAGES: PagesOf<typeof FACEBOOK_CONFIG> = {
  selectors: {
    lexicalEditor: {
      match: ['create-post-en', 'group-fr', 'comments-en', 'messenger-chat'],
      notMatch: ['home-trigger-en', 'business-suite-composer'],
    },
    draftEditor: { match: ['business-suite-composer'], notMatch: ['home-trigger-en', 'page-post-settings-en'] },
    draftContents: { match: ['business-suite-composer'], notMatch: ['create-post-en', 'comments-en'] },
    editingHost: {
      match: ['create-post-en', 'comments-fr', 'business-suite-composer'],
      notMatch: ['home-trigger-en', 'page-post-settings-en'],
    },
    comboboxEditor: {
      match: ['business-suite-composer'],
      notMatch: ['create-post-en', 'comments-en', 'messenger-chat'],
    },
    combobox: { match: ['business-suite-composer', 'create-post-en'] },
    dialogTextbox: { match: ['create-post-en', 'page-step1-fr'], notMatch: ['comments-en', 'business-suite-composer'] },
    dialog: {
      match: ['create-post-en', 'page-post-settings-en'],
      notMatch: ['comments-en', 'business-suite-composer'],
    },
    button: { match: ['create-post-en', 'comments-fr', 'business-suite-composer'] },
    commentSubmit: {
      match: ['comments-en', 'comments-fr'],
      notMatch: ['create-post-en', 'messenger-chat', 'business-suite-composer'],
    },
    commentBoundary: { match: ['comments-en', 'create-post-en'] },
  },
  account: {
    // Inferred from the saved Create post dialogs, never checked on the live site (unverified).
    author: {
      match: ['create-post-en', 'create-post-fr', 'group-en'],
      notMatch: ['comments-en', 'business-suite-composer'],
    },
  },
  preview: {
    // No saved composer holds a preview card (unverified).
    links: { match: [], notMatch: ['create-post-en', 'comments-en'] },
    quoted: { match: ['comments-en'], notMatch: ['business-suite-composer'] },
  },
  placement: {
    controls: { match: ['create-post-en', 'comments-en', 'business-suite-composer'] },
  },
};

type Labels = typeof FACEBOOK_CONFIG.labels;

/**
 * Buttons of `scope` named one of `names`. With `ariaOnly`, only an explicit
 * aria-label counts: comment threads are full of text-only "Reply" links that
 * open a reply box, whereas the submit buttons carry aria-label (§2.4).
 */
function buttonsIn(scope: ParentNode, names: readonly string[], ariaOnly = false): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>(FACEBOOK_CONFIG.selectors.button)].filter((button) =>
    labelEquals(ariaOnly ? button.getAttribute('aria-label') : accessibleName(button), names),
  );
}

function dialogName(dialog: Element): string {
  // Facebook names its dialogs with aria-label or aria-labelledby; the text fallback would be the whole dialog.
  return dialog.hasAttribute('aria-label') || dialog.hasAttribute('aria-labelledby') ? accessibleName(dialog) : '';
}

/** Editing hosts only: a contenteditable nested in another is part of it. */
function candidates(doc: Document): HTMLElement[] {
  const { selectors } = FACEBOOK_CONFIG;
  const found = new Set<HTMLElement>();
  for (const el of doc.querySelectorAll<HTMLElement>(selectors.lexicalEditor)) found.add(el);
  for (const el of doc.querySelectorAll<HTMLElement>(selectors.draftEditor)) {
    if (el.querySelector(selectors.draftContents)) found.add(el);
  }
  for (const el of doc.querySelectorAll<HTMLElement>(selectors.comboboxEditor)) found.add(el);
  for (const el of doc.querySelectorAll<HTMLElement>(selectors.dialogTextbox)) found.add(el);
  return [...found].filter((el) => !el.parentElement?.closest(selectors.editingHost));
}

function isChat(editor: HTMLElement, labels: Labels): boolean {
  const own = editorLabels(editor);
  if (own.some((label) => labelMatches(label, labels.chatEditor) || labelEquals(label, labels.chatPlaceholder))) {
    return true;
  }
  const dialog = editor.closest(FACEBOOK_CONFIG.selectors.dialog);
  return dialog !== null && buttonsIn(dialog, labels.chatSendButton, true).length > 0;
}

/**
 * The comment form around an editor: the nearest ancestor holding the submit
 * container or a Comment / Reply button. The climb stops at the enclosing
 * post, comment or dialog, which also keeps each scan cheap on a long feed.
 */
function commentRoot(editor: HTMLElement): HTMLElement | null {
  const { selectors, labels } = FACEBOOK_CONFIG;
  const submitNames = [...labels.commentButton, ...labels.replyButton];
  for (let el = editor.parentElement; el && el !== editor.ownerDocument.body; el = el.parentElement) {
    if (el.querySelector(selectors.commentSubmit) || buttonsIn(el, submitNames, true).length > 0) return el;
    if (el.matches(selectors.commentBoundary)) break;
  }
  return null;
}

function commentSendButtons(root: HTMLElement): HTMLElement[] {
  const { selectors, labels } = FACEBOOK_CONFIG;
  const found = new Set<HTMLElement>();
  for (const container of root.querySelectorAll(selectors.commentSubmit)) {
    for (const button of container.querySelectorAll<HTMLElement>(selectors.button)) found.add(button);
  }
  for (const button of buttonsIn(root, [...labels.commentButton, ...labels.replyButton], true)) found.add(button);
  return [...found];
}

/**
 * The final Post buttons of a Page's "Post settings" step (§2.3). That step may
 * replace the composer, leaving no editor to match: the content script then
 * treats the text it captured when Next was pressed as the draft.
 */
export function findFacebookPendingSends(doc: Document): HTMLElement[] {
  const { selectors, labels } = FACEBOOK_CONFIG;
  return [...doc.querySelectorAll(selectors.dialog)]
    .filter((dialog) => labelEquals(dialogName(dialog), labels.postSettingsDialog))
    .flatMap((dialog) => buttonsIn(dialog, labels.postButton));
}

interface Classified {
  surface: Surface;
  kind: Kind;
  root: HTMLElement;
  sendButtons: () => HTMLElement[];
}

function classifyBusiness(editor: HTMLElement, loc: LocationLike): Classified | null {
  const { selectors, labels, routes, businessHostname } = FACEBOOK_CONFIG;
  if (loc.hostname !== businessHostname) return null;
  const combobox = editor.closest(selectors.combobox);
  const labelled = combobox !== null && labelEquals(accessibleName(combobox), labels.businessEditor);
  if (!routes.businessComposer.test(loc.pathname) && !labelled) return null;
  // The composer is a page, not a dialog: its root is the nearest ancestor holding Publish.
  let root: HTMLElement = editor.ownerDocument.body;
  for (let el = editor.parentElement; el; el = el.parentElement) {
    if (buttonsIn(el, labels.businessPublish).length > 0) {
      root = el;
      break;
    }
  }
  return { surface: 'mbs', kind: 'post', root, sendButtons: () => buttonsIn(root, labels.businessPublish) };
}

function classifyComment(editor: HTMLElement): Classified | null {
  const { labels, selectors } = FACEBOOK_CONFIG;
  const own = editorLabels(editor);
  const reply = own.some((label) => labelMatches(label, labels.replyEditor));
  const comment = own.some((label) => labelMatches(label, labels.commentEditor));
  const root = commentRoot(editor);
  // An unknown label next to the comment submit container is still a comment (§6.7).
  const nearSubmit = root !== null && root.querySelector(selectors.commentSubmit) !== null;
  if (!reply && !comment && !nearSubmit) return null;
  const box = root ?? editor.parentElement ?? editor;
  return {
    surface: reply ? 'fb-reply' : 'fb-comment',
    kind: reply ? 'reply' : 'comment',
    root: box,
    sendButtons: () => commentSendButtons(box),
  };
}

function classifyPost(editor: HTMLElement, loc: LocationLike): Classified | null {
  const { selectors, labels, routes } = FACEBOOK_CONFIG;
  const dialog = editor.closest<HTMLElement>(selectors.dialog);
  if (!dialog) return null;
  const named = labelEquals(dialogName(dialog), labels.createPostDialog);
  const own = editorLabels(editor);
  const postLabel = own.some((label) => labelMatches(label, labels.postEditor));
  const hasNext = buttonsIn(dialog, labels.nextButton).length > 0;
  const hasPost = buttonsIn(dialog, labels.postButton).length > 0;
  if (!named && !postLabel && !hasNext && !hasPost) return null;
  if (hasNext) {
    // A Page's first step (§2.3): Next captures the text, the settings step's Post sends it.
    return {
      surface: 'fb-page',
      kind: 'post',
      root: dialog,
      sendButtons: () => [...buttonsIn(dialog, labels.nextButton), ...findFacebookPendingSends(dialog.ownerDocument)],
    };
  }
  const group = routes.groups.test(loc.pathname) || own.some((label) => labelMatches(label, labels.groupEditor));
  return {
    surface: group ? 'fb-group' : 'fb-post',
    kind: 'post',
    root: dialog,
    sendButtons: () => buttonsIn(dialog, labels.postButton),
  };
}

/** The composers of a Facebook or Business Suite page, in document order (§6.6 finding, §6.7 classifying). */
export function findFacebookComposers(doc: Document, loc: LocationLike): ComposerMatch[] {
  const { routes, labels } = FACEBOOK_CONFIG;
  if (routes.excluded.some((route) => route.test(loc.pathname))) return [];
  const matches: ComposerMatch[] = [];
  for (const editor of candidates(doc)) {
    if (isChat(editor, labels)) continue;
    const found = classifyBusiness(editor, loc) ?? classifyComment(editor) ?? classifyPost(editor, loc);
    if (!found) continue;
    matches.push({
      editor,
      platform: 'facebook',
      surface: found.surface,
      kind: found.kind,
      root: found.root,
      sendButtons: found.sendButtons,
    });
  }
  // DOCUMENT_POSITION_FOLLOWING = 4
  return matches.sort((a, b) => (a.editor.compareDocumentPosition(b.editor) & 4 ? -1 : 1));
}
