// A Facebook-like page for the end-to-end tests (issue #3), served at
// https://www.facebook.com/* by the harness. Every composer is a real Lexical
// editor (vanilla: createEditor + registerRichText + setRootElement), so the
// root carries `data-lexical-editor="true"`, paragraphs are `<p>`, text runs are
// `<span data-lexical-text="true">`, and Lexical undoes foreign DOM changes, as on
// the site (docs/composers.md §2.1, §4). Roles, aria-labels and the send controls
// follow §2.2–2.4 and the fixtures of §3; the atomic `x…` classes are placeholders.

import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { $createParagraphNode, $getRoot, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, createEditor } from 'lexical';
import type { EditorState, LexicalEditor } from 'lexical';
import { fixtureLang, initPublished, recordPublished } from '../shared/fixture';

const USER = 'Ana Martin';
const FRIEND = 'Léa Dubois';
const GROUP_NAME = 'Whypost Testers';
const PAGE_NAME = 'Whypost Café';

const EN = {
  createPostRegion: 'Create a post',
  createPostDialog: 'Create post',
  homePrompt: "What's on your mind, Ana?",
  homeEditor: "What's on your mind, Ana?",
  groupPrompt: 'Write something...',
  groupEditor: 'Create a public post…',
  pagePrompt: "What's on your mind?",
  pageEditor: "What's on your mind?",
  pageTriggerLabel: undefined as string | undefined,
  post: 'Post',
  next: 'Next',
  back: 'Back',
  postSettings: 'Post settings',
  close: 'Close',
  addToPost: 'Add to your post',
  photoVideo: 'Photo/video',
  privacy: 'Edit privacy. Sharing with Public.',
  commentAs: `Comment as ${USER}`,
  replyTo: (name: string) => `Reply to ${name}`,
  comment: 'Comment',
  reply: 'Reply',
  leaveComment: 'Leave a comment',
  like: 'Like',
  commentBy: (name: string) => `Comment by ${name}`,
  message: 'Message',
  messagePlaceholder: 'Aa',
  sendMessage: 'Press enter to send',
  chatWith: (name: string) => `Chat with ${name}`,
  home: 'Home',
  notFound: "This content isn't available right now",
};
type Strings = typeof EN;

// Observed FR strings (docs/composers.md §2.2–2.4): Créer une publication, Publier,
// Exprimez-vous, Créer une publication publique..., Photo/Vidéo, Commenter en tant
// que, Répondre à. The others (Suivant, Paramètres…, Fermer) are unverified guesses.
const FR: Strings = {
  createPostRegion: 'Créer une publication',
  createPostDialog: 'Créer une publication',
  homePrompt: 'Exprimez-vous...',
  homeEditor: 'Exprimez-vous',
  groupPrompt: 'Exprimez-vous...',
  groupEditor: 'Créer une publication publique...',
  pagePrompt: 'Exprimez-vous...',
  pageEditor: 'Exprimez-vous',
  pageTriggerLabel: 'Créer une publication',
  post: 'Publier',
  next: 'Suivant',
  back: 'Retour',
  postSettings: 'Paramètres de la publication',
  close: 'Fermer',
  addToPost: 'Ajouter à votre publication',
  photoVideo: 'Photo/Vidéo',
  privacy: 'Modifier la confidentialité. Partagé avec Public.',
  commentAs: `Commenter en tant que ${USER}`,
  replyTo: (name: string) => `Répondre à ${name}`,
  comment: 'Commenter',
  reply: 'Répondre',
  leaveComment: 'Laisser un commentaire',
  like: 'J’aime',
  commentBy: (name: string) => `Commentaire de ${name}`,
  message: 'Message',
  messagePlaceholder: 'Aa',
  sendMessage: 'Appuyez sur Entrée pour envoyer',
  chatWith: (name: string) => `Discussion avec ${name}`,
  home: 'Accueil',
  notFound: 'Ce contenu n’est pas disponible pour le moment',
};

let t: Strings = EN;

type Child = Node | string | null | undefined | false;

function h(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/** Facebook's buttons are `div[role="button"]`; disabled ones carry `aria-disabled="true"`. */
function fbButton(label: string, content: Child, onActivate: () => void): HTMLElement {
  const button = h('div', { role: 'button', tabindex: '0', 'aria-label': label, class: 'fb-button' }, content);
  button.addEventListener('click', () => {
    if (button.getAttribute('aria-disabled') !== 'true') onActivate();
  });
  button.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    button.click();
  });
  return button;
}

function setDisabled(button: HTMLElement, disabled: boolean): void {
  if (disabled) {
    button.setAttribute('aria-disabled', 'true');
    button.setAttribute('tabindex', '-1');
  } else {
    button.removeAttribute('aria-disabled');
    button.setAttribute('tabindex', '0');
  }
}

// What the current route mounted (Lexical editors, layers); released on SPA navigation.
let cleanups: (() => void)[] = [];

interface LexicalBox {
  /** The editor root and its aria-hidden placeholder sibling. */
  element: HTMLElement;
  editable: HTMLElement;
  editor: LexicalEditor;
  text(): string;
  clear(): void;
  onText(listener: (text: string) => void): void;
  destroy(): void;
}

function readText(state: EditorState): string {
  // Root.getTextContent() puts two newlines between paragraphs; one line per paragraph is what the user typed.
  return state.read(() =>
    $getRoot()
      .getChildren()
      .map((node) => node.getTextContent())
      .join('\n'),
  );
}

function lexicalBox(options: { label: string; placeholder: string; onEnter?: () => void }): LexicalBox {
  const editable = h('div', {
    class: 'xzsf02u x1a2a7pz x1n2onr6 x14wi4xw x9f619 x1lliihq x5yr21d xh8yej3 notranslate fb-editable',
    contenteditable: 'true',
    role: 'textbox',
    spellcheck: 'true',
    tabindex: '0',
    'aria-label': options.label,
    'aria-placeholder': options.placeholder,
  });
  const placeholder = h(
    'div',
    { 'aria-hidden': 'true', class: 'fb-placeholder' },
    h('div', { class: 'xi81zsa x47corl x10l6tqk' }, options.placeholder),
  );
  const element = h('div', { class: 'fb-editor' }, editable, placeholder);
  const editor = createEditor({
    namespace: 'facebook-fixture',
    nodes: [HeadingNode, QuoteNode],
    theme: { paragraph: 'xdj266r x14z9mp x1lziwak xzsf02u x1a2a7pz' },
    onError: (error) => {
      // Surface Lexical errors as page errors, which the tests assert on.
      setTimeout(() => {
        throw error;
      });
    },
  });
  editor.setRootElement(editable);
  const listeners: ((text: string) => void)[] = [];
  const unregister = [
    registerRichText(editor),
    editor.registerUpdateListener(({ editorState }) => {
      const text = readText(editorState);
      const paragraphs = editorState.read(() => $getRoot().getChildrenSize());
      placeholder.hidden = text !== '' || paragraphs > 1;
      for (const listener of listeners) listener(text);
    }),
  ];
  if (options.onEnter) {
    const submit = options.onEnter;
    // Comments and Messenger: bare Enter submits, Shift+Enter falls through to a line break.
    unregister.push(
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          if (event?.shiftKey) return false;
          event?.preventDefault();
          submit();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }
  editor.update(
    () => {
      const root = $getRoot();
      if (root.isEmpty()) root.append($createParagraphNode());
    },
    { discrete: true },
  );
  return {
    element,
    editable,
    editor,
    text: () => readText(editor.getEditorState()),
    clear: () => {
      const focused = document.activeElement === editable;
      editor.update(
        () => {
          const root = $getRoot();
          root.clear();
          const paragraph = $createParagraphNode();
          root.append(paragraph);
          if (focused) paragraph.select();
        },
        { discrete: true },
      );
    },
    onText: (listener) => listeners.push(listener),
    destroy: () => {
      for (const fn of unregister) fn();
      editor.setRootElement(null);
    },
  };
}

type PostFlow = 'home' | 'group' | 'page';

function openCreatePost(flow: PostFlow, trigger: HTMLElement, feed: HTMLElement): void {
  const editorLabel = flow === 'home' ? t.homeEditor : flow === 'group' ? t.groupEditor : t.pageEditor;
  const box = lexicalBox({ label: editorLabel, placeholder: editorLabel });
  const layer = h('div', { class: 'fb-layer' });
  const close = () => {
    box.destroy();
    layer.remove();
    cleanups = cleanups.filter((fn) => fn !== close);
    trigger.focus();
  };
  cleanups.push(close);

  const publish = () => {
    const text = box.text();
    recordPublished({ site: 'facebook', surface: flow, text });
    // The site empties the composer and the dialog detaches (docs/composers.md §2.2).
    box.clear();
    close();
    feed.prepend(renderPost(flow === 'page' ? PAGE_NAME : USER, text));
  };

  // A Page posts in two steps: Next opens "Post settings", whose Post publishes (§2.3).
  const openSettings = () => {
    dialog.hidden = true;
    const postButton = fbButton(t.post, h('span', {}, t.post), publish);
    const backButton = fbButton(t.back, h('span', {}, t.back), () => {
      settings.remove();
      dialog.hidden = false;
      box.editable.focus();
    });
    const settings = h(
      'div',
      { role: 'dialog', 'aria-label': t.postSettings, class: 'fb-dialog' },
      h('div', { class: 'fb-dialog-header' }, backButton, h('h2', { dir: 'auto' }, t.postSettings)),
      h('div', { class: 'fb-preview', dir: 'auto' }, box.text()),
      h('div', { class: 'fb-dialog-footer' }, postButton),
    );
    layer.append(settings);
    postButton.focus();
  };

  const submitLabel = flow === 'page' ? t.next : t.post;
  const submit = fbButton(submitLabel, h('span', {}, submitLabel), flow === 'page' ? openSettings : publish);
  setDisabled(submit, true);
  box.onText((text) => setDisabled(submit, text.trim() === ''));

  const form = h(
    'form',
    { method: 'POST' },
    h(
      'div',
      { class: 'fb-dialog-header' },
      h('h2', { dir: 'auto' }, t.createPostDialog),
      fbButton(t.close, '×', close),
    ),
    h(
      'div',
      { class: 'fb-author' },
      h('strong', {}, flow === 'page' ? PAGE_NAME : USER),
      fbButton(t.privacy, h('span', {}, 'Public'), () => undefined),
    ),
    box.element,
    h(
      'div',
      { class: 'fb-add-to-post' },
      h('span', {}, t.addToPost),
      fbButton(t.photoVideo, '🖼', () => undefined),
    ),
    h('div', { class: 'fb-dialog-footer' }, submit),
  );
  form.addEventListener('submit', (e) => e.preventDefault());
  const dialog = h('div', { role: 'dialog', 'aria-label': t.createPostDialog, class: 'fb-dialog' }, form);
  layer.append(dialog);
  document.body.append(layer);
  box.editable.focus();
}

function commentComposer(
  surface: 'comment' | 'reply',
  label: string,
  submitLabel: string,
  onSubmitted: (text: string) => void,
): { element: HTMLElement; focus(): void } {
  const submit = () => {
    const text = box.text();
    if (text.trim() === '') return;
    recordPublished({ site: 'facebook', surface, text });
    // Cleared during the keydown or click, before a bubbling listener runs (§2.4).
    box.clear();
    onSubmitted(text);
  };
  const box = lexicalBox({ label, placeholder: label, onEnter: submit });
  cleanups.push(box.destroy);
  const button = fbButton(submitLabel, '➤', submit);
  setDisabled(button, true);
  const submitRow = h('div', { class: 'fb-comment-submit' }, button);
  submitRow.hidden = true;
  const form = h('form', { class: 'fb-comment-form' }, box.element, submitRow);
  form.addEventListener('submit', (e) => e.preventDefault());
  const refresh = (focused: boolean) => {
    const hasText = box.text().trim() !== '';
    setDisabled(button, !hasText);
    submitRow.hidden = !focused && !hasText;
  };
  box.onText(() => refresh(form.contains(document.activeElement)));
  // The stable id belongs to the composer that has (or last had) focus.
  form.addEventListener('focusin', () => {
    const previous = document.getElementById('focused-state-composer-submit');
    if (previous && previous !== submitRow) previous.removeAttribute('id');
    submitRow.id = 'focused-state-composer-submit';
    refresh(true);
  });
  form.addEventListener('focusout', (e) => {
    if (!(e.relatedTarget instanceof Node && form.contains(e.relatedTarget))) refresh(false);
  });
  return { element: form, focus: () => box.editable.focus() };
}

let nextId = 1;

function renderComment(author: string, text: string, list: HTMLElement): HTMLElement {
  const comment = h(
    'div',
    { role: 'article', 'aria-label': t.commentBy(author), class: 'fb-comment' },
    h('strong', {}, author),
    h('div', { dir: 'auto', class: 'fb-text' }, text),
  );
  let replyBox: { element: HTMLElement; focus(): void } | null = null;
  const replyButton = fbButton(t.reply, t.reply, () => {
    if (!replyBox) {
      replyBox = commentComposer('reply', t.replyTo(author), t.reply, (reply) =>
        replyBox?.element.before(renderComment(USER, reply, list)),
      );
      comment.after(replyBox.element);
    }
    replyBox.focus();
  });
  comment.append(h('div', { class: 'fb-comment-actions' }, replyButton));
  return comment;
}

function renderPost(author: string, text: string): HTMLElement {
  const id = `post-${nextId++}`;
  const comments = h('div', { class: 'fb-comments' });
  const composer = commentComposer('comment', t.commentAs, t.comment, (comment) =>
    comments.append(renderComment(USER, comment, comments)),
  );
  return h(
    'div',
    { role: 'article', 'aria-labelledby': id, class: 'fb-post' },
    h('h4', { id }, author),
    h('div', { 'data-ad-preview': 'message', dir: 'auto', class: 'fb-text' }, text),
    h(
      'div',
      { class: 'fb-post-actions' },
      fbButton(t.like, t.like, () => undefined),
      fbButton(t.leaveComment, t.comment, () => composer.focus()),
    ),
    comments,
    composer.element,
  );
}

function seededPost(): HTMLElement {
  const post = renderPost(FRIEND, 'Our new opening hours start on Monday!');
  const list = post.querySelector<HTMLElement>('.fb-comments');
  list?.append(renderComment(FRIEND, 'See you there 🎉', list));
  return post;
}

function createPostBox(flow: PostFlow, feed: HTMLElement): HTMLElement {
  const prompt = flow === 'home' ? t.homePrompt : flow === 'group' ? t.groupPrompt : t.pagePrompt;
  // The feed box is a button, not an editor (docs/composers.md §2.2): 0 contenteditables until it is opened.
  const trigger = h(
    'div',
    {
      role: 'button',
      tabindex: '0',
      class: 'fb-trigger',
      'aria-label': flow === 'page' ? t.pageTriggerLabel : undefined,
    },
    h('span', {}, prompt),
  );
  trigger.addEventListener('click', () => openCreatePost(flow, trigger, feed));
  trigger.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      trigger.click();
    }
  });
  const box = h('div', { class: 'fb-create' }, trigger);
  // The home feed box sits in a labelled region; groups and Pages are not known to have it.
  if (flow === 'home') {
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', t.createPostRegion);
  }
  return box;
}

function messengerChat(): HTMLElement {
  const messages = h('div', { class: 'fb-chat-messages' });
  const send = () => {
    const text = box.text();
    if (text.trim() === '') return;
    recordPublished({ site: 'facebook', surface: 'messenger', text });
    box.clear();
    messages.append(h('div', { dir: 'auto' }, text));
  };
  const box = lexicalBox({ label: t.message, placeholder: t.messagePlaceholder, onEnter: send });
  cleanups.push(box.destroy);
  return h(
    'div',
    { class: 'fb-chat', 'aria-label': t.chatWith(FRIEND) },
    h('div', { class: 'fb-chat-header' }, FRIEND),
    messages,
    h('div', { class: 'fb-chat-composer' }, box.element, fbButton(t.sendMessage, '➤', send)),
  );
}

type Route = { kind: 'home' } | { kind: 'group'; id: string } | { kind: 'page'; slug: string } | { kind: 'notFound' };

function parseRoute(path: string): Route {
  if (path === '/' || path === '') return { kind: 'home' };
  const group = /^\/groups\/([\w.]+)\/?$/.exec(path);
  if (group) return { kind: 'group', id: group[1] ?? '' };
  const page = /^\/([\w.]+)\/?$/.exec(path);
  if (page) return { kind: 'page', slug: page[1] ?? '' };
  return { kind: 'notFound' };
}

function link(href: string, text: string, label?: string): HTMLElement {
  const a = h('a', { href, role: 'link', 'aria-label': label }, text);
  a.addEventListener('click', (e) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    history.pushState({}, '', href);
    render();
  });
  return a;
}

function render(): void {
  for (const cleanup of cleanups.splice(0)) cleanup();
  const root = document.getElementById('mount_0_0_Wp');
  if (!root) throw new Error('facebook fixture: mount root is missing');
  const route = parseRoute(location.pathname);
  const feed = h('div', { role: 'feed', class: 'fb-feed' });
  const main = h('div', { role: 'main', class: 'fb-main' });
  switch (route.kind) {
    case 'home':
      document.title = 'Facebook';
      feed.append(seededPost());
      main.append(createPostBox('home', feed), feed);
      break;
    case 'group':
      document.title = `${GROUP_NAME} | Facebook`;
      feed.append(seededPost());
      main.append(h('h1', {}, GROUP_NAME), createPostBox('group', feed), feed);
      break;
    case 'page':
      document.title = `${PAGE_NAME} | Facebook`;
      feed.append(seededPost());
      main.append(h('h1', {}, PAGE_NAME), createPostBox('page', feed), feed);
      break;
    case 'notFound':
      document.title = 'Facebook';
      main.append(h('p', {}, t.notFound));
      break;
  }
  const banner = h(
    'div',
    { role: 'banner', class: 'fb-banner' },
    link('/', 'facebook', 'Facebook'),
    link('/', t.home),
    link('/groups/1234567890', GROUP_NAME),
    link('/whypostcafe', PAGE_NAME),
  );
  root.replaceChildren(banner, main, messengerChat());
}

function main(): void {
  initPublished();
  t = fixtureLang() === 'fr' ? FR : EN;
  window.addEventListener('popstate', render);
  render();
}

main();
