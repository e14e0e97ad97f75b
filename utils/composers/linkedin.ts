// LinkedIn (www.linkedin.com): finding and classifying the post, comment, reply
// and article composers.
//
// Every selector and label lives in LINKEDIN_CONFIG, checked by
// tests/composers.test.ts against tests/fixtures/composers/linkedin/. Structure
// first (LinkedIn's `share-*` / `comments-*` design-system classes, data
// attributes), labels only as a fallback: they are localized (docs/composers.md §8).
import { accessibleName, editorLabels, labelEquals, labelMatches } from './read';
import { deepFreeze } from './freeze';
import type { ComposerMatch, Kind, LocationLike, PagesOf, Surface } from './types';

/**
 * Sources: docs/composers.md §8.1 (two share boxes: the Ember modal with Quill, the SDUI dialog with
 * TipTap; the shadow root they may mount in), §8.2 (comments and replies, Quill then TipTap), §8.3
 * (the article editor), §8.4 (never: messaging, search, profile forms), §8.5 (the posting identity).
 * Public extensions and automation scripts dated 2023–2026, one live recon note of 2026-08-08.
 * Entries named "unverified" have no public source: check them first when a fixture is refreshed.
 */
export const LINKEDIN_CONFIG = deepFreeze({
  version: 1,
  lastVerified: '2026-12-07',
  hostnames: ['www.linkedin.com', 'linkedin.com'],
  selectors: {
    /** §8.1: Quill's root, in the share box and the classic comment box. */
    quillEditor: '.ql-editor[contenteditable="true"]',
    /**
     * §8.1, §8.2: TipTap (ProseMirror, whose root always has this class) in the SDUI share box and the
     * 2026 comment box. Profile forms use it too: kept only inside a share box or a comment box.
     */
    tiptapEditor: '.ProseMirror[contenteditable="true"]',
    /** §8.1: the redesigned share box mounts in this element's open shadow root. */
    shadowHost: '#interop-outlet',
    /** §8.1: the share box, Ember modal or SDUI screen. */
    shareBox:
      '.share-box-v2__modal, [aria-labelledby="share-to-linkedin-modal__header"], [data-sdui-screen*="sharing.ShareCompose"]',
    /** Any dialog: a share box whose classes changed is still a dialog named "Create a post". */
    dialog: '[role="dialog"], dialog',
    /** §8.1: Post, or Schedule once a time is chosen; disabled while the editor is empty. */
    postButton: 'button.share-actions__primary-action',
    /** §8.1: the clock that opens the scheduling step: not a send. */
    scheduleButton: '.share-actions__scheduled-post-btn',
    button: 'button, [role="button"]',
    /** §8.2: the comment form (Ember classes, then the SDUI component key). */
    commentBox: '.comments-comment-box, .comments-comment-box--cr, [componentkey^="commentBox-"]',
    /** §8.2: a reply form, nested in the comment it answers. */
    replyBox: '.comments-comment-box--reply',
    /** §8.2: the submit button; its class carries a `--cr` suffix, hence the substring match. */
    commentSubmit:
      'button[class*="comments-comment-box__submit-button"], [componentkey*="commentButtonSection"] button',
    /** §8.3: the article editor's body (ProseMirror) and title (a textarea, read before the body). */
    articleBody: '[data-test-article-editor-content-textbox]',
    articleTitle: '#article-editor-headline__textarea',
    /** §8.4: the messaging overlay and page. */
    excluded: '.msg-form, .msg-overlay-conversation-bubble, .msg-convo-wrapper',
  },
  routes: {
    /** §8.1: a Page's admin view; its share box posts as the Page. */
    pageAdmin: /^\/company\/[^/]+\/admin(?:\/|$)/,
    /** §8.3 */
    article: /^\/article\/(?:new|edit)(?:\/|$)/,
    /** §8.4: nothing on the messaging page is a post. */
    excluded: [/^\/messaging(?:\/|$)/],
  },
  labels: {
    /** §8.1: the share box's heading. FR unverified. */
    shareDialog: ['Create a post', 'Créer un post'],
    /** §8.1: the share editor's aria-label and placeholder. FR placeholder unverified (seen in clones only). */
    postEditor: [
      'Text editor for creating content',
      'What do you want to talk about?',
      'De quoi souhaitez-vous discuter',
    ],
    /** §8.2: comment and reply placeholders; replies and all FR unverified. */
    commentEditor: ['Add a comment', 'Ajouter un commentaire'],
    replyEditor: ['Add a reply', 'Ajouter une réponse'],
    /** §8.1: the share box's send button, Post or (after the scheduling step) Schedule. */
    postButton: ['Post', 'Publier', 'Schedule', 'Programmer'],
    /** §8.2: comment and reply submit buttons. FR unverified. */
    commentButton: ['Comment', 'Commenter', 'Reply', 'Répondre'],
    /** §8.3: the article's publish buttons. Unverified. */
    articlePublish: ['Publish', 'Publier'],
  },
  /**
   * Who posts (utils/composers/account.ts): the identity button at the top of the share box, whose
   * first line names the member or the Page (§8.5, a live recon of 2026-08-08). The SDUI share box's
   * is not known.
   */
  account: {
    lastVerified: '2026-12-07',
    selectors: { actor: '.share-unified-settings-entry-button' },
  },
  /**
   * The preview card under the editor (utils/composers/preview.ts). UNVERIFIED: the containers are
   * named by one extension (§8.1), no capture shows a card's links.
   */
  preview: {
    lastVerified: null,
    unverified: ['links', 'quoted'],
    selectors: {
      links: '.share-creation-state__preview-container a[href], #ShareBoxpreviewCard a[href]',
      quoted: '.feed-shared-update-v2, article',
    },
  },
  /**
   * People and Pages tagged in the draft (§8.6): LinkedIn shows a mention as the name alone, with no @,
   * so the analyzer is told the names (AnalyzeOptions.mentions). UNVERIFIED: Quill mention blots
   * (`.ql-mention`, the quill-mention plugin's `.mention`) and TipTap's `[data-type="mention"]`; no
   * capture shows LinkedIn's own.
   */
  mentions: {
    lastVerified: null,
    unverified: ['mention'],
    selectors: { mention: '.ql-mention, .mention, [data-type="mention"]' },
  },
  /** What the badge must not cover (runtime/session.tsx): toolbars, buttons and links of the composer. */
  placement: {
    lastVerified: '2026-12-07',
    selectors: { controls: '[role="toolbar"], button, [role="button"], a[href]' },
  },
} as const);

type Selectors = typeof LINKEDIN_CONFIG.selectors;

/** The names of the people and Pages the editor shows as tagged, in order (§8.6). */
export function linkedInMentions(editor: HTMLElement): string[] {
  return [...editor.querySelectorAll(LINKEDIN_CONFIG.mentions.selectors.mention)]
    .map((el) => (el.textContent ?? '').replace(/\uFEFF/g, '').trim())
    .filter(Boolean);
}

/** The open shadow roots LinkedIn mounts composers in (§8.1); the content script observes them too. */
export function linkedInShadowRoots(doc: Document): ShadowRoot[] {
  return [...doc.querySelectorAll(LINKEDIN_CONFIG.selectors.shadowHost)].flatMap((host) =>
    host.shadowRoot ? [host.shadowRoot] : [],
  );
}

function buttonsNamed(scope: ParentNode, names: readonly string[]): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>(LINKEDIN_CONFIG.selectors.button)].filter((button) =>
    labelEquals(accessibleName(button), names),
  );
}

/** Placeholders: aria-placeholder, and Quill's `data-placeholder` (drawn by CSS, not text). */
function labelsOf(editor: HTMLElement): string[] {
  const labels = editorLabels(editor);
  const placeholder = editor.getAttribute('data-placeholder');
  if (placeholder) labels.push(placeholder);
  return labels;
}

function candidates(roots: readonly (Document | ShadowRoot)[], selectors: Selectors): HTMLElement[] {
  const found = new Set<HTMLElement>();
  for (const root of roots) {
    for (const selector of [selectors.quillEditor, selectors.tiptapEditor, selectors.articleBody]) {
      for (const el of root.querySelectorAll<HTMLElement>(selector)) {
        // The article body marker may sit on a wrapper: the editing host is inside it.
        const host =
          el.getAttribute('contenteditable') === 'true'
            ? el
            : el.querySelector<HTMLElement>('[contenteditable="true"]');
        if (host) found.add(host);
      }
    }
  }
  return [...found].filter((el) => !el.parentElement?.closest('[contenteditable="true"]'));
}

interface Classified {
  surface: Surface;
  kind: Kind;
  root: HTMLElement;
  title?: HTMLElement;
  sendButtons: () => HTMLElement[];
}

function classifyArticle(editor: HTMLElement, loc: LocationLike): Classified | null {
  const { selectors, routes, labels } = LINKEDIN_CONFIG;
  if (!editor.closest(selectors.articleBody) || !routes.article.test(loc.pathname)) return null;
  const doc = editor.ownerDocument;
  const root = editor.closest<HTMLElement>('main, [role="main"]') ?? doc.body;
  // The title is the headline the article is shared under: read with the body (§8.3).
  const title = doc.querySelector<HTMLElement>(selectors.articleTitle) ?? undefined;
  // The publish button sits in the page's header, or in the dialog it opens: the whole page.
  return {
    surface: 'li-article',
    kind: 'post',
    root,
    title,
    sendButtons: () => buttonsNamed(doc, labels.articlePublish),
  };
}

function classifyComment(editor: HTMLElement): Classified | null {
  const { selectors, labels } = LINKEDIN_CONFIG;
  const own = labelsOf(editor);
  const reply = editor.closest<HTMLElement>(selectors.replyBox);
  const box = reply ?? editor.closest<HTMLElement>(selectors.commentBox);
  const labelledReply = own.some((label) => labelMatches(label, labels.replyEditor));
  const labelledComment = own.some((label) => labelMatches(label, labels.commentEditor));
  if (!box && !labelledReply && !labelledComment) return null;
  const root = box ?? editor.closest<HTMLElement>('form') ?? editor.parentElement ?? editor;
  const isReply = reply !== null || labelledReply;
  return {
    surface: isReply ? 'li-reply' : 'li-comment',
    kind: isReply ? 'reply' : 'comment',
    root,
    sendButtons: () => {
      const found = new Set(root.querySelectorAll<HTMLElement>(selectors.commentSubmit));
      for (const button of buttonsNamed(root, labels.commentButton)) found.add(button);
      return [...found].filter((b) => !editor.contains(b));
    },
  };
}

function classifyPost(editor: HTMLElement, loc: LocationLike): Classified | null {
  const { selectors, labels, routes } = LINKEDIN_CONFIG;
  let root = editor.closest<HTMLElement>(selectors.shareBox);
  if (!root) {
    // Renamed classes: a dialog named "Create a post", or an editor labelled as the share editor.
    const dialog = editor.closest<HTMLElement>(selectors.dialog);
    const named = dialog !== null && labelEquals(dialogName(dialog), labels.shareDialog);
    const labelled = labelsOf(editor).some((label) => labelMatches(label, labels.postEditor));
    if (!dialog || (!named && !labelled)) return null;
    root = dialog;
  }
  const box = root;
  return {
    surface: routes.pageAdmin.test(loc.pathname) ? 'li-page' : 'li-post',
    kind: 'post',
    root: box,
    sendButtons: () => {
      const primary = [...box.querySelectorAll<HTMLElement>(selectors.postButton)];
      // The SDUI share box has no such class: its send button is named Post (or Schedule).
      return primary.length > 0 ? primary : buttonsNamed(box, labels.postButton);
    },
  };
}

function dialogName(dialog: Element): string {
  if (dialog.hasAttribute('aria-label') || dialog.hasAttribute('aria-labelledby')) return accessibleName(dialog);
  return dialog.querySelector('h1, h2')?.textContent ?? '';
}

/** The composers of a LinkedIn page, in document order (§8: find, classify, send controls). */
export function findLinkedInComposers(doc: Document, loc: LocationLike): ComposerMatch[] {
  const { routes, selectors } = LINKEDIN_CONFIG;
  if (routes.excluded.some((route) => route.test(loc.pathname))) return [];
  const matches: ComposerMatch[] = [];
  for (const editor of candidates([doc, ...linkedInShadowRoots(doc)], selectors)) {
    if (editor.closest(selectors.excluded)) continue;
    const found = classifyArticle(editor, loc) ?? classifyComment(editor) ?? classifyPost(editor, loc);
    if (!found) continue;
    matches.push({
      editor,
      platform: 'linkedin',
      surface: found.surface,
      kind: found.kind,
      root: found.root,
      title: found.title,
      sendButtons: found.sendButtons,
    });
  }
  // Document order (DOCUMENT_POSITION_FOLLOWING = 4); against an editor in a shadow root, the order
  // is the browser's own, consistent one (the page shows one share box at a time).
  return matches.sort((a, b) => (a.editor.compareDocumentPosition(b.editor) & 4 ? -1 : 1));
}

/**
 * Where each selector of LINKEDIN_CONFIG must and must not match among the saved pages of
 * tests/fixtures/composers/linkedin/ (checked by tests/composers.test.ts). A group with no page to
 * match lists its selector as unverified.
 */
export const LINKEDIN_PAGES: PagesOf<typeof LINKEDIN_CONFIG> = {
  selectors: {
    quillEditor: {
      match: ['share-box-en', 'share-box-fr', 'page-admin-en', 'comments-en'],
      notMatch: ['share-box-sdui-en', 'comments-fr', 'schedule-step-en', 'messaging-page', 'profile-search'],
    },
    // The profile form's editor matches too: only a share box or a comment box keeps an editor.
    tiptapEditor: {
      match: ['share-box-sdui-en', 'comments-fr', 'article-editor-en', 'profile-search'],
      notMatch: ['share-box-en', 'comments-en', 'messaging-page'],
    },
    // Empty on the saved page; a test mounts a share box in its shadow root.
    shadowHost: { match: ['share-box-en'], notMatch: ['messaging-page', 'comments-en'] },
    shareBox: {
      match: ['share-box-en', 'share-box-sdui-en', 'page-admin-en', 'schedule-step-en'],
      notMatch: ['comments-en', 'comments-fr', 'profile-search', 'messaging-page'],
    },
    dialog: {
      match: ['share-box-en', 'share-box-sdui-en', 'profile-search'],
      notMatch: ['comments-en', 'messaging-page'],
    },
    postButton: {
      match: ['share-box-en', 'share-box-fr', 'page-admin-en'],
      notMatch: ['share-box-sdui-en', 'schedule-step-en', 'comments-en', 'messaging-page'],
    },
    scheduleButton: {
      match: ['share-box-en', 'share-box-fr', 'page-admin-en'],
      notMatch: ['share-box-sdui-en', 'comments-en'],
    },
    button: { match: ['share-box-en', 'comments-en', 'comments-fr'] },
    commentBox: {
      match: ['comments-en', 'comments-fr'],
      notMatch: ['share-box-en', 'share-box-sdui-en', 'messaging-page', 'profile-search'],
    },
    replyBox: { match: ['comments-en'], notMatch: ['comments-fr', 'share-box-en'] },
    commentSubmit: {
      match: ['comments-en', 'comments-fr'],
      notMatch: ['share-box-en', 'share-box-sdui-en', 'messaging-page', 'profile-search'],
    },
    articleBody: {
      match: ['article-editor-en'],
      notMatch: ['share-box-sdui-en', 'comments-fr', 'profile-search'],
    },
    articleTitle: { match: ['article-editor-en'], notMatch: ['share-box-en', 'profile-search'] },
    excluded: {
      match: ['messaging-page', 'share-box-en'],
      notMatch: ['comments-en', 'share-box-sdui-en', 'article-editor-en', 'profile-search', 'page-admin-en'],
    },
  },
  account: {
    actor: {
      match: ['share-box-en', 'share-box-fr', 'page-admin-en'],
      notMatch: ['share-box-sdui-en', 'comments-en', 'messaging-page'],
    },
  },
  preview: {
    // No saved composer holds a preview card (unverified).
    links: { match: [], notMatch: ['share-box-en', 'comments-en'] },
    quoted: { match: ['comments-en'], notMatch: ['share-box-en', 'share-box-sdui-en'] },
  },
  mentions: {
    // Our fixtures' guess at LinkedIn's mention markup (unverified).
    mention: { match: ['share-box-en', 'comments-en'], notMatch: ['share-box-fr', 'messaging-page'] },
  },
  placement: {
    controls: { match: ['share-box-en', 'comments-en', 'article-editor-en'] },
  },
};
