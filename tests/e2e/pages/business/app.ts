// A Meta Business Suite-like composer for the end-to-end tests (issue #3), served
// at https://business.facebook.com/* by the harness. Editor: Draft.js (with React,
// written with createElement so this file stays .ts). docs/composers.md §2.3 infers
// Draft.js from the accessibility dumps: a `role="combobox"` carries the aria-label
// and the contenteditable is about three levels below it, which is exactly
// combobox > .DraftEditor-root > .DraftEditor-editorContainer > .public-DraftEditor-content.
// Business Suite also puts zero-width spaces in accessible names; the Publish
// button's text carries one.

import { Editor, EditorState } from 'draft-js';
import { createElement as h, useEffect, useState } from 'react';
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { fixtureLang, initPublished, recordPublished } from '../shared/fixture';

const ZWSP = '\u200b';

const EN = {
  textbox: 'Write into the dialogue box to include text with your post.',
  createPost: 'Create post',
  postDetails: 'Post details',
  text: 'Text',
  addMedia: 'Add photo/video',
  saveDraft: 'Save draft',
  schedule: 'Schedule',
  publish: 'Publish',
  published: 'Your post was published.',
  openComposer: 'Create post',
  home: 'Home',
};
type Strings = typeof EN;

// Unverified French: no public source for Business Suite's French labels.
const FR: Strings = {
  textbox: 'Écrivez dans la boîte de dialogue pour inclure du texte dans votre publication.',
  createPost: 'Créer une publication',
  postDetails: 'Détails de la publication',
  text: 'Texte',
  addMedia: 'Ajouter une photo/vidéo',
  saveDraft: 'Enregistrer le brouillon',
  schedule: 'Programmer',
  publish: 'Publier',
  published: 'Votre publication a été publiée.',
  openComposer: 'Créer une publication',
  home: 'Accueil',
};

function Button(props: { label: string; disabled?: boolean; onActivate: () => void; primary?: boolean }): ReactNode {
  const activate = () => {
    if (!props.disabled) props.onActivate();
  };
  return h(
    'div',
    {
      role: 'button',
      tabIndex: props.disabled ? -1 : 0,
      'aria-disabled': props.disabled ? 'true' : undefined,
      className: props.primary ? 'mbs-button mbs-primary' : 'mbs-button',
      onClick: activate,
      onKeyDown: (e: KeyboardEvent) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          activate();
        }
      },
    },
    h('span', null, props.label),
  );
}

function Composer(props: { t: Strings }): ReactNode {
  const { t } = props;
  const [state, setState] = useState(() => EditorState.createEmpty());
  const [notice, setNotice] = useState<string | null>(null);
  const text = state.getCurrentContent().getPlainText();
  const blank = text.trim() === '';
  const publish = () => {
    recordPublished({ site: 'business', surface: 'composer', text });
    setState(EditorState.createEmpty());
    setNotice(t.published);
  };
  return h(
    'div',
    { role: 'main', className: 'mbs-main' },
    h('h1', null, t.createPost),
    h(
      'section',
      { className: 'mbs-card' },
      h('h2', null, t.postDetails),
      h('div', { className: 'mbs-label' }, t.text),
      h(
        'div',
        {
          role: 'combobox',
          'aria-label': t.textbox,
          'aria-expanded': 'false',
          'aria-haspopup': 'listbox',
          className: 'mbs-combobox',
        },
        h(Editor, {
          editorState: state,
          onChange: (next: EditorState) => {
            setState(next);
            setNotice(null);
          },
          spellCheck: true,
          stripPastedStyles: true,
        }),
      ),
      h(Button, { label: t.addMedia, onActivate: () => undefined }),
    ),
    h(
      'div',
      { className: 'mbs-footer' },
      h(Button, { label: t.saveDraft, onActivate: () => undefined }),
      h(Button, { label: t.schedule, onActivate: () => undefined }),
      h(Button, { label: t.publish + ZWSP, disabled: blank, onActivate: publish, primary: true }),
    ),
    notice !== null && h('div', { role: 'status', className: 'mbs-notice' }, notice),
  );
}

function Home(props: { t: Strings; onOpen: () => void }): ReactNode {
  return h(
    'div',
    { role: 'main', className: 'mbs-main' },
    h('h1', null, props.t.home),
    h(
      'a',
      {
        href: '/latest/composer',
        onClick: (e: MouseEvent) => {
          e.preventDefault();
          props.onOpen();
        },
      },
      props.t.openComposer,
    ),
  );
}

function App(props: { t: Strings }): ReactNode {
  const [path, setPath] = useState(() => location.pathname);
  useEffect(() => {
    const onPop = () => setPath(location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const isComposer = /^\/latest\/composer\/?$/.test(path);
  document.title = isComposer ? `${props.t.createPost} | Meta Business Suite` : 'Meta Business Suite';
  return isComposer
    ? h(Composer, { t: props.t })
    : h(Home, {
        t: props.t,
        onOpen: () => {
          history.pushState({}, '', '/latest/composer');
          setPath('/latest/composer');
        },
      });
}

function main(): void {
  initPublished();
  const t = fixtureLang() === 'fr' ? FR : EN;
  const container = document.getElementById('mount_0_0_Bz');
  if (!container) throw new Error('business fixture: mount root is missing');
  createRoot(container).render(h(App, { t }));
}

main();
