// A LinkedIn-like page for the end-to-end tests (issue 14), served at
// https://www.linkedin.com/* by the harness. The share box and the comment box are
// real Quill 2 editors, as on the site's Ember pages (docs/composers.md §8.1, §8.2):
// `.ql-editor[contenteditable]` holds one `<p>` per line, the placeholder is a
// `data-placeholder` drawn by CSS, and Quill keeps its own model (a Delta) and
// re-renders over DOM changes it did not make (§8.6). Class names, roles and labels
// follow §8 and the saved fixtures (tests/fixtures/composers/linkedin/). The
// messaging box is a plain contenteditable where Enter sends (§8.4).

import Quill from 'quill';
import { fixtureLang, initPublished, recordPublished } from '../shared/fixture';

const USER = 'Ana Martin';
const FRIEND = 'Léa Dubois';

const EN = {
  startPost: 'Start a post',
  createPost: 'Create a post',
  audience: 'Post to Anyone',
  editorLabel: 'Text editor for creating content',
  placeholder: 'What do you want to talk about?',
  post: 'Post',
  schedule: 'Schedule',
  schedulePost: 'Schedule post',
  scheduledFor: 'Scheduled for Dec 12, 2026, 9:00 AM',
  date: 'Date',
  time: 'Time',
  next: 'Next',
  back: 'Back',
  dismiss: 'Dismiss',
  addMedia: 'Add media',
  comment: 'Comment',
  addComment: 'Add a comment…',
  like: 'Like',
  writeMessage: 'Write a message…',
  send: 'Send',
  search: 'Search',
  feed: 'Main Feed',
  friendPost: 'Our new opening hours start on Monday!',
};
type Strings = typeof EN;

// « Commencer un post » and « Publier » are seen in public scripts; the others are unverified (§8).
const FR: Strings = {
  startPost: 'Commencer un post',
  createPost: 'Créer un post',
  audience: 'Publier pour : Tout le monde',
  editorLabel: 'Éditeur de texte pour la création de contenu',
  placeholder: 'De quoi souhaitez-vous discuter ?',
  post: 'Publier',
  schedule: 'Programmer',
  schedulePost: 'Programmer le post',
  scheduledFor: 'Programmé pour le 12 déc. 2026 à 09:00',
  date: 'Date',
  time: 'Heure',
  next: 'Suivant',
  back: 'Retour',
  dismiss: 'Fermer',
  addMedia: 'Ajouter un média',
  comment: 'Commenter',
  addComment: 'Ajouter un commentaire…',
  like: 'J’aime',
  writeMessage: 'Écrivez un message…',
  send: 'Envoyer',
  search: 'Recherche',
  feed: 'Fil d’actualité principal',
  friendPost: 'Nos nouveaux horaires commencent lundi !',
};

let t: Strings = EN;

type Child = Node | string | null | undefined | false;

function h(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/** A small line icon (the page has no icon font, and the test machine no emoji font). */
function icon(kind: 'clock' | 'image'): SVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  for (const [name, value] of Object.entries({
    viewBox: '0 0 24 24',
    width: '20',
    height: '20',
    'aria-hidden': 'true',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '2',
  }))
    svg.setAttribute(name, value);
  const path = document.createElementNS(ns, 'path');
  path.setAttribute(
    'd',
    kind === 'clock' ? 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7v5l3 2' : 'M3 5h18v14H3zM3 16l5-5 4 4 3-3 6 6',
  );
  svg.append(path);
  return svg;
}

function button(cls: string, content: Child, onClick: () => void, label?: string): HTMLButtonElement {
  const b = h('button', { class: `artdeco-button ${cls}`, type: 'button', 'aria-label': label }, content);
  b.addEventListener('click', onClick);
  return b as HTMLButtonElement;
}

interface QuillBox {
  container: HTMLElement;
  quill: Quill;
  /** The text as Quill's model holds it, without the final newline Quill always keeps. */
  text(): string;
}

function quillBox(placeholder: string, label?: string): QuillBox {
  const container = h('div');
  const quill = new Quill(container, { placeholder, modules: { toolbar: false } });
  const root = quill.root;
  root.setAttribute('role', 'textbox');
  root.setAttribute('aria-multiline', 'true');
  root.setAttribute('data-test-ql-editor-contenteditable', 'true');
  root.setAttribute('aria-placeholder', placeholder);
  if (label) root.setAttribute('aria-label', label);
  // The end-to-end tests read Quill's own model through this (Quill 2 keeps instances in a private map).
  (container as HTMLElement & { __quill?: Quill }).__quill = quill;
  return { container, quill, text: () => quill.getText().replace(/\n$/, '') };
}

function renderPost(author: string, text: string): HTMLElement {
  const comments = h('div', { class: 'comments-comments-list' });
  const box = quillBox(t.addComment);
  const submit = button('comments-comment-box__submit-button--cr artdeco-button--primary', t.comment, () => {
    const comment = box.text();
    if (comment.trim() === '') return;
    recordPublished({ site: 'linkedin', surface: 'comment', text: comment });
    box.quill.setText('');
    comments.append(
      h(
        'article',
        { class: 'comments-comment-entity' },
        h('span', { class: 'comments-comment-meta__description-title' }, USER),
        h('span', { class: 'comments-comment-item__main-content li-text' }, comment),
      ),
    );
  });
  submit.hidden = true;
  box.quill.on('text-change', () => (submit.hidden = box.text().trim() === ''));
  const form = h(
    'form',
    { class: 'comments-comment-box__form' },
    h('div', { class: 'comments-comment-texteditor' }, box.container),
    submit,
  );
  form.addEventListener('submit', (e) => e.preventDefault());
  return h(
    'div',
    { class: 'feed-shared-update-v2', role: 'article' },
    h('div', { class: 'update-components-actor' }, h('span', { class: 'update-components-actor__title' }, author)),
    h('div', { class: 'update-components-text li-text' }, text),
    h(
      'div',
      { class: 'feed-shared-social-action-bar' },
      button('li-action', t.like, () => undefined, `React ${t.like}`),
      button('li-action', t.comment, () => box.quill.focus(), t.comment),
    ),
    comments,
    h('div', { class: 'comments-comment-box comments-comment-box--cr' }, form),
  );
}

function openShareBox(trigger: HTMLElement, feed: HTMLElement): void {
  const box = quillBox(t.placeholder, t.editorLabel);
  let scheduled = false;
  const outlet = document.getElementById('artdeco-modal-outlet')!;
  const close = () => {
    outlet.replaceChildren();
    document.body.classList.remove('artdeco-modal-is-open');
    trigger.focus();
  };
  const publish = () => {
    const text = box.text();
    if (text.trim() === '') return;
    recordPublished({ site: 'linkedin', surface: scheduled ? 'scheduled' : 'post', text });
    close();
    if (!scheduled) feed.prepend(renderPost(USER, text));
  };

  const primary = button('share-actions__primary-action artdeco-button--primary', t.post, publish);
  const refresh = () => {
    primary.disabled = box.text().trim() === '';
    primary.textContent = scheduled ? t.schedule : t.post;
  };
  box.quill.on('text-change', refresh);
  refresh();

  const scheduleInfo = h('p', { class: 'share-creation-state__schedule-info' });
  scheduleInfo.hidden = true;
  const editorView = h(
    'div',
    { class: 'share-creation-state' },
    h(
      'div',
      { class: 'artdeco-modal__content share-box-v2__modal-content' },
      h('div', { class: 'share-creation-state__text-editor' }, h('div', { class: 'editor-container' }, box.container)),
    ),
    h(
      'div',
      { class: 'share-creation-state__footer' },
      scheduleInfo,
      h(
        'div',
        { class: 'share-creation-state__additional-toolbar', role: 'toolbar' },
        button('li-icon', icon('image'), () => undefined, t.addMedia),
      ),
      h(
        'div',
        { class: 'share-actions' },
        button(
          'share-actions__scheduled-post-btn artdeco-button--tertiary',
          icon('clock'),
          () => showSchedule(),
          t.schedulePost,
        ),
        primary,
      ),
    ),
  );
  // The scheduling step replaces the editor until Next (§8.1); the editor stays mounted, hidden.
  const scheduleView = h(
    'div',
    { class: 'share-post__scheduled-date' },
    h('h3', {}, t.schedulePost),
    h('label', { for: 'share-post__scheduled-date' }, t.date),
    h('input', { id: 'share-post__scheduled-date', type: 'text', value: '12/12/2026' }),
    h('label', { for: 'share-post__scheduled-time' }, t.time),
    h('input', { id: 'share-post__scheduled-time', type: 'text', value: '9:00 AM' }),
    h(
      'div',
      { class: 'share-box-footer' },
      button('share-box-footer__primary-btn artdeco-button--primary', t.next, () => {
        scheduled = true;
        scheduleInfo.textContent = t.scheduledFor;
        scheduleInfo.hidden = false;
        showEditor();
      }),
    ),
  );
  // The heading names the dialog for screen readers; the header shows who posts.
  const heading = h('h2', { id: 'share-to-linkedin-modal__header', class: 'visually-hidden' }, t.createPost);
  const showSchedule = () => {
    heading.textContent = t.schedulePost;
    editorView.hidden = true;
    scheduleView.hidden = false;
  };
  const showEditor = () => {
    heading.textContent = t.createPost;
    scheduleView.hidden = true;
    editorView.hidden = false;
    refresh();
    box.quill.focus();
  };
  scheduleView.hidden = true;

  const modal = h(
    'div',
    {
      class: 'artdeco-modal share-box-v2__modal',
      role: 'dialog',
      'aria-labelledby': 'share-to-linkedin-modal__header',
      'data-test-modal-id': 'sharebox',
      tabindex: '-1',
    },
    h(
      'div',
      { class: 'artdeco-modal__header' },
      heading,
      h(
        'button',
        { class: 'share-unified-settings-entry-button', type: 'button' },
        h('span', { class: 'share-unified-settings-entry-button__avatar', 'aria-hidden': 'true' }, 'AM'),
        h(
          'span',
          { class: 'share-unified-settings-entry-button__text' },
          h('strong', {}, USER),
          h('span', {}, t.audience),
        ),
      ),
      button('artdeco-modal__dismiss', '×', close, t.dismiss),
    ),
    editorView,
    scheduleView,
  );
  outlet.replaceChildren(h('div', { class: 'artdeco-modal-overlay artdeco-modal-overlay--is-top-layer' }, modal));
  document.body.classList.add('artdeco-modal-is-open');
  box.quill.focus();
}

function messaging(): HTMLElement {
  const list = h('ul', { class: 'msg-s-message-list-content' });
  const editable = h('div', {
    class: 'msg-form__contenteditable t-14 t-black--light t-normal flex-grow-1',
    contenteditable: 'true',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': t.writeMessage,
  });
  const send = () => {
    const text = editable.innerText.replace(/\n$/, '');
    if (text.trim() === '') return;
    recordPublished({ site: 'linkedin', surface: 'messaging', text });
    editable.replaceChildren();
    list.append(h('li', { class: 'msg-s-event-listitem' }, text));
  };
  // Enter sends a message (Shift+Enter is a new line), as in LinkedIn's messaging (§8.4).
  editable.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.shiftKey) return;
    e.preventDefault();
    send();
  });
  const form = h(
    'form',
    { class: 'msg-form' },
    editable,
    h('button', { class: 'msg-form__send-button artdeco-button', type: 'submit' }, t.send),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    send();
  });
  return h(
    'aside',
    { id: 'msg-overlay', class: 'msg-overlay-container' },
    h(
      'div',
      { class: 'msg-overlay-conversation-bubble msg-overlay-conversation-bubble--is-active' },
      h('h2', { class: 'msg-overlay-bubble-header__title' }, FRIEND),
      list,
      form,
    ),
  );
}

function render(): void {
  const root = document.getElementById('app-outlet');
  if (!root) throw new Error('linkedin fixture: the outlet is missing');
  document.title = 'Feed | LinkedIn';
  const feed = h('div', { class: 'scaffold-finite-scroll__content' });
  const trigger = h(
    'button',
    { class: 'artdeco-button share-box-feed-entry__trigger', type: 'button' },
    h('span', { class: 'artdeco-button__text' }, t.startPost),
  );
  trigger.addEventListener('click', () => openShareBox(trigger, feed));
  feed.append(renderPost(FRIEND, t.friendPost));
  root.replaceChildren(
    h(
      'header',
      { id: 'global-nav', class: 'global-nav' },
      h('span', { class: 'li-logo' }, 'in'),
      h('input', {
        class: 'search-global-typeahead__input',
        placeholder: t.search,
        'aria-label': t.search,
        type: 'text',
      }),
    ),
    h(
      'main',
      { class: 'scaffold-layout__main', 'aria-label': t.feed },
      h('div', { class: 'share-box-feed-entry__closed-share-box' }, trigger),
      feed,
    ),
    h('div', { id: 'artdeco-modal-outlet' }),
    messaging(),
  );
}

function main(): void {
  initPublished();
  t = fixtureLang() === 'fr' ? FR : EN;
  render();
}

main();
