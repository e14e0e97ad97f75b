/** @jsxImportSource react */
// An X-like single-page app for the end-to-end tests (issue #3), served at
// https://x.com/* by the harness. It renders the real Draft.js editor with the
// props X's bundle passes (docs/composers.md §1.2–1.3): `webDriverTestID` becomes
// `data-testid="tweetTextarea_N"`, the `…RichTextInputContainer` wrapper, a
// `toolBar` sibling, `tweetButton` in the modal and `tweetButtonInline` inline,
// and a keyBindingFn that maps Enter + command modifier to a send command.
// Class names and the visual design are placeholders: adapters must not use them.

import { CompositeDecorator, ContentState, Editor, EditorState, KeyBindingUtil, getDefaultKeyBinding } from 'draft-js';
import type { ContentBlock, DraftHandleValue } from 'draft-js';
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { fixtureLang, initPublished, recordPublished } from '../shared/fixture';
import type { FixtureLang } from '../shared/fixture';

const EN = {
  postText: 'Post text',
  placeholder: 'What’s happening?',
  replyPlaceholder: 'Post your reply',
  addAnother: 'Add another post',
  post: 'Post',
  postAll: 'Post all',
  reply: 'Reply',
  addPost: 'Add post',
  close: 'Close',
  composeTitle: 'Compose new post',
  sent: 'Your post was sent.',
  view: 'View',
  home: 'Home',
  messages: 'Messages',
  grok: 'Grok',
  statusLink: 'A post by @someone',
  accountMenu: 'Account menu',
  primary: 'Primary',
  dmPlaceholder: 'Start a new message',
  send: 'Send',
  grokPlaceholder: 'Ask anything',
  grokSend: 'Grok something',
  timeline: 'Timeline: Your Home Timeline',
  conversation: 'Conversation',
  media: 'Add photos or video',
  gif: 'Add a GIF',
  poll: 'Add poll',
  location: 'Tag location',
  like: 'Like',
  notFound: 'Hmm...this page doesn’t exist.',
};
type Strings = typeof EN;

// FR strings from X's fr.js where docs/composers.md cites them (aria-label, placeholders,
// button labels); the others (DM, Grok, toasts, toolbar) are unverified translations.
const FR: Strings = {
  postText: 'Texte du post',
  placeholder: 'Quoi de neuf ?',
  replyPlaceholder: 'Postez votre réponse',
  addAnother: 'Ajoutez un autre post',
  post: 'Post',
  postAll: 'Tout poster',
  reply: 'Répondre',
  addPost: 'Ajouter un post',
  close: 'Fermer',
  composeTitle: 'Rédiger un nouveau post',
  sent: 'Votre post a été envoyé.',
  view: 'Voir',
  home: 'Accueil',
  messages: 'Messages',
  grok: 'Grok',
  statusLink: 'Un post de @someone',
  accountMenu: 'Menu du compte',
  primary: 'Principal',
  dmPlaceholder: 'Commencer un nouveau message',
  send: 'Envoyer',
  grokPlaceholder: 'Demandez ce que vous voulez',
  grokSend: 'Demander à Grok',
  timeline: 'Fil d’actualités : votre fil d’accueil',
  conversation: 'Conversation',
  media: 'Ajouter des photos ou une vidéo',
  gif: 'Ajouter un GIF',
  poll: 'Ajouter un sondage',
  location: 'Identifier un lieu',
  like: 'J’aime',
  notFound: 'Hum... cette page n’existe pas.',
};

interface Env {
  t: Strings;
  lang: FixtureLang;
  /** `?layout=mobile`: X's column layout, where the composer is a plain textarea (docs/composers.md §1.1). */
  mobile: boolean;
}
const EnvContext = createContext<Env>({ t: EN, lang: 'en', mobile: false });

interface Tweet {
  id: string;
  user: string;
  name: string;
  text: string;
}

const SEED: Tweet[] = [
  { id: '1', user: 'someone', name: 'Someone', text: 'We are opening a second shop in Lyon next month.' },
  { id: '2', user: 'whypost', name: 'Whypost', text: 'Ask us anything about writing posts that work.' },
];

type Route =
  | { kind: 'home' }
  | { kind: 'compose' }
  | { kind: 'status'; user: string; id: string }
  | { kind: 'messages' }
  | { kind: 'grok' }
  | { kind: 'notFound' };

function parseRoute(path: string): Route {
  if (path === '/' || path === '/home') return { kind: 'home' };
  if (path === '/compose/post' || path.startsWith('/compose/post/')) return { kind: 'compose' };
  if (path === '/messages' || path.startsWith('/messages/')) return { kind: 'messages' };
  if (path === '/i/grok') return { kind: 'grok' };
  const status = /^\/(\w{1,15})\/status\/(\d+)\/?$/.exec(path);
  if (status) return { kind: 'status', user: status[1] ?? '', id: status[2] ?? '' };
  return { kind: 'notFound' };
}

/** What a pushState carries: the page under the compose modal, and the post being replied to. */
interface NavState {
  background?: string;
  replyTo?: string;
}

type Navigate = (to: string, state?: NavState) => void;

// Mentions and hashtags are Draft decorators on X: they split the block into
// several leaves, the case docs/composers.md §1.5 warns about when reading text.
/** The signed-in account: `?as=handle` in the first address, else a demo account. */
const ACCOUNT = new URLSearchParams(location.search).get('as') ?? 'whypost_demo';
const ENTITY = /(^|[^\p{L}\p{N}_@#])([@#][\p{L}\p{N}_]+)/gu;

function entityStrategy(block: ContentBlock, callback: (start: number, end: number) => void): void {
  for (const match of block.getText().matchAll(ENTITY)) {
    const start = (match.index ?? 0) + (match[1]?.length ?? 0);
    callback(start, start + (match[2]?.length ?? 0));
  }
}

function EntitySpan(props: { children?: ReactNode }) {
  return <span style={{ color: 'rgb(29, 155, 240)' }}>{props.children}</span>;
}

const decorator = new CompositeDecorator([{ strategy: entityStrategy, component: EntitySpan }]);

function emptyState(): EditorState {
  return EditorState.createEmpty(decorator);
}

function plainText(state: EditorState): string {
  return state.getCurrentContent().getPlainText();
}

const SEND_COMMAND = 'x-send-post';
const DISMISS_COMMAND = 'x-dismiss';

// Same shape as X's `_myKeyBindingFn` (RichText.js): Enter with the command
// modifier sends, Esc dismisses, everything else is Draft's default binding.
function xKeyBinding(e: KeyboardEvent): string | null {
  if (e.keyCode === 13 && KeyBindingUtil.hasCommandModifier(e)) return SEND_COMMAND;
  if (e.keyCode === 27) return DISMISS_COMMAND;
  return getDefaultKeyBinding(e);
}

let nextKey = 1;

interface ThreadItem {
  key: number;
  state: EditorState;
}

type ComposerSurface = 'home' | 'compose' | 'reply' | 'reply-modal';

interface ComposerProps {
  surface: ComposerSurface;
  isModal: boolean;
  allowThread: boolean;
  placeholder: string;
  submitLabel: string;
  autoFocus?: boolean;
  onPublished(texts: string[]): void;
  onDismiss?(): void;
}

function Composer(props: ComposerProps) {
  const { t, mobile } = useContext(EnvContext);
  const [items, setItems] = useState<ThreadItem[]>(() => [{ key: nextKey++, state: emptyState() }]);
  const [active, setActive] = useState(0);
  const editors = useRef(new Map<number, Editor | HTMLTextAreaElement>());
  const pendingFocus = useRef<number | null>(props.autoFocus ? 0 : null);
  const itemsRef = useRef(items);
  itemsRef.current = items;

  useEffect(() => {
    if (pendingFocus.current === null) return;
    const item = items[pendingFocus.current];
    pendingFocus.current = null;
    if (item) editors.current.get(item.key)?.focus();
  });

  const blank = items.some((item) => plainText(item.state).trim() === '');

  const setItemState = (key: number, state: EditorState) =>
    setItems((prev) => prev.map((item) => (item.key === key ? { key, state } : item)));

  const publish = () => {
    const current = itemsRef.current;
    const texts = current.map((item) => plainText(item.state));
    if (texts.some((text) => text.trim() === '')) return;
    recordPublished({ site: 'x', surface: props.surface, text: texts.length > 1 ? texts : (texts[0] ?? '') });
    // X resets the composer: the first editor stays (same element), the thread collapses.
    const first = current[0];
    setItems([{ key: first?.key ?? nextKey++, state: emptyState() }]);
    setActive(0);
    props.onPublished(texts);
  };

  const onCommand = (command: string): DraftHandleValue => {
    if (command === SEND_COMMAND) {
      publish();
      return 'handled';
    }
    if (command === DISMISS_COMMAND) {
      props.onDismiss?.();
      return 'handled';
    }
    return 'not-handled';
  };

  const addPost = () => {
    const at = Math.min(active, items.length - 1) + 1;
    setItems((prev) => [...prev.slice(0, at), { key: nextKey++, state: emptyState() }, ...prev.slice(at)]);
    setActive(at);
    pendingFocus.current = at;
  };

  const activeBlank = plainText(items[Math.min(active, items.length - 1)]?.state ?? emptyState()).trim() === '';
  const label = props.allowThread && items.length > 1 ? t.postAll : props.submitLabel;

  return (
    <div className="x-composer">
      {items.map((item, index) => {
        const testId = `tweetTextarea_${index}`;
        const placeholder = index === 0 ? props.placeholder : t.addAnother;
        const register = (el: Editor | HTMLTextAreaElement | null) => {
          if (el) editors.current.set(item.key, el);
          else editors.current.delete(item.key);
        };
        return (
          <div className="x-thread-item" key={item.key}>
            {mobile ? (
              <div data-testid={testId}>
                <textarea
                  ref={register}
                  aria-label={t.postText}
                  placeholder={placeholder}
                  spellCheck
                  value={plainText(item.state)}
                  onFocus={() => setActive(index)}
                  onChange={(e) =>
                    setItemState(
                      item.key,
                      EditorState.createWithContent(ContentState.createFromText(e.target.value), decorator),
                    )
                  }
                  onKeyDown={(e) => {
                    const command = xKeyBinding(e);
                    if (command === SEND_COMMAND || command === DISMISS_COMMAND) {
                      e.preventDefault();
                      onCommand(command);
                    }
                  }}
                />
              </div>
            ) : (
              <div data-testid={`${testId}_label`}>
                <div
                  data-testid={`${testId}RichTextInputContainer`}
                  className="x-rich-text"
                  onClick={() => editors.current.get(item.key)?.focus()}
                >
                  <Editor
                    ref={register}
                    editorState={item.state}
                    onChange={(state) => setItemState(item.key, state)}
                    onFocus={() => setActive(index)}
                    webDriverTestID={testId}
                    ariaLabel={t.postText}
                    ariaMultiline
                    ariaAutoComplete="list"
                    ariaControls={`typeaheadDropdown-${item.key}`}
                    placeholder={placeholder}
                    keyBindingFn={xKeyBinding}
                    handleKeyCommand={onCommand}
                    spellCheck
                    stripPastedStyles
                    tabIndex={0}
                  />
                </div>
              </div>
            )}
          </div>
        );
      })}
      <div data-testid="toolBar" className="x-toolbar">
        <div role="tablist" className="x-toolbar-icons">
          <button type="button" role="tab" aria-label={t.media} data-testid="fileInput">
            ▣
          </button>
          <button type="button" role="tab" aria-label={t.gif} data-testid="gifSearchButton">
            GIF
          </button>
          <button type="button" role="tab" aria-label={t.poll} data-testid="createPollButton">
            ≡
          </button>
          <button type="button" role="tab" aria-label={t.location} data-testid="geoButton">
            ⌖
          </button>
        </div>
        {props.allowThread && (
          <button
            type="button"
            data-testid="addButton"
            aria-label={t.addPost}
            disabled={activeBlank}
            aria-disabled={activeBlank || undefined}
            onClick={addPost}
          >
            +
          </button>
        )}
        <button
          type="button"
          role="button"
          data-testid={props.isModal ? 'tweetButton' : 'tweetButtonInline'}
          className="x-post-button"
          disabled={blank}
          aria-disabled={blank || undefined}
          tabIndex={blank ? -1 : 0}
          onClick={publish}
        >
          <span>{label}</span>
        </button>
      </div>
    </div>
  );
}

function Article(props: { tweet: Tweet; navigate: Navigate; from: string }) {
  const { t } = useContext(EnvContext);
  const { tweet, navigate } = props;
  const href = `/${tweet.user}/status/${tweet.id}`;
  return (
    <article data-testid="tweet" role="article" tabIndex={0} aria-labelledby={`tweet-text-${tweet.id}`}>
      <div data-testid="User-Name">
        <span>{tweet.name}</span> <span>@{tweet.user}</span>
      </div>
      <div data-testid="tweetText" id={`tweet-text-${tweet.id}`}>
        {tweet.text}
      </div>
      <div role="group" className="x-actions">
        <button
          type="button"
          data-testid="reply"
          aria-label={t.reply}
          onClick={() => navigate('/compose/post', { background: props.from, replyTo: tweet.id })}
        >
          ↩
        </button>
        <button type="button" data-testid="like" aria-label={t.like}>
          ♡
        </button>
        <a href={href} onClick={spaLink(navigate, href)}>
          {tweet.id === '1' ? '2h' : 'now'}
        </a>
      </div>
    </article>
  );
}

function spaLink(navigate: Navigate, to: string, state?: NavState) {
  return (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    navigate(to, state);
  };
}

function findTweet(posts: Tweet[], id: string | undefined, user = 'someone'): Tweet {
  return posts.find((p) => p.id === id) ?? { id: id ?? '0', user, name: user, text: 'A post.' };
}

function Messages() {
  const { t } = useContext(EnvContext);
  const [state, setState] = useState(emptyState);
  const [sent, setSent] = useState<string[]>([]);
  const send = () => {
    const text = plainText(state);
    if (text.trim() === '') return;
    recordPublished({ site: 'x', surface: 'dm', text });
    setSent((prev) => [...prev, text]);
    setState(emptyState());
  };
  return (
    <section aria-label={t.conversation} className="x-dm">
      <div className="x-dm-messages">
        {sent.map((text, i) => (
          <div key={i} data-testid="messageEntry">
            {text}
          </div>
        ))}
      </div>
      <aside aria-label={t.dmPlaceholder} className="x-dm-composer">
        {/* DMs: Enter sends, Shift+Enter is a new line; a Draft.js box that is not a post. */}
        <Editor
          editorState={state}
          onChange={setState}
          webDriverTestID="dmComposerTextInput"
          placeholder={t.dmPlaceholder}
          handleReturn={(e) => {
            if (e.shiftKey) return 'not-handled';
            send();
            return 'handled';
          }}
          spellCheck
        />
        <button
          type="button"
          data-testid="dmComposerSendButton"
          aria-label={t.send}
          disabled={plainText(state).trim() === ''}
          onClick={send}
        >
          ➤
        </button>
      </aside>
    </section>
  );
}

function Grok() {
  const { t } = useContext(EnvContext);
  const [value, setValue] = useState('');
  const ask = () => {
    if (value.trim() === '') return;
    recordPublished({ site: 'x', surface: 'grok', text: value });
    setValue('');
  };
  return (
    <section className="x-grok">
      <h2>Grok</h2>
      <textarea
        placeholder={t.grokPlaceholder}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            ask();
          }
        }}
      />
      <button type="button" aria-label={t.grokSend} disabled={value.trim() === ''} onClick={ask}>
        ↑
      </button>
    </section>
  );
}

function titleFor(route: Route, t: Strings): string {
  switch (route.kind) {
    case 'home':
      return `${t.home} / X`;
    case 'compose':
      return `${t.composeTitle} / X`;
    case 'status':
      return `${route.user} on X / X`;
    case 'messages':
      return `${t.messages} / X`;
    case 'grok':
      return 'Grok / X';
    case 'notFound':
      return 'Page not found / X';
  }
}

function App() {
  const env = useContext(EnvContext);
  const { t } = env;
  const [path, setPath] = useState(() => location.pathname);
  const [navState, setNavState] = useState<NavState>(() => (history.state as NavState | null) ?? {});
  const [posts, setPosts] = useState<Tweet[]>(SEED);
  const [toast, setToast] = useState<string | null>(null);

  useEffect(() => {
    const onPop = () => {
      setPath(location.pathname);
      setNavState((history.state as NavState | null) ?? {});
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback<Navigate>((to, state = {}) => {
    history.pushState(state, '', to);
    setPath(to);
    setNavState(state);
  }, []);

  const route = parseRoute(path);
  const isModal = route.kind === 'compose';
  const backgroundPath = isModal ? (navState.background ?? '/home') : path;
  const background = isModal ? parseRoute(backgroundPath) : route;
  const shown: Route = background.kind === 'compose' ? { kind: 'home' } : background;

  useEffect(() => {
    document.title = titleFor(route, t);
  });

  useEffect(() => {
    if (toast === null) return;
    const timer = setTimeout(() => setToast(null), 6000);
    return () => clearTimeout(timer);
  }, [toast]);

  const addPosts = (texts: string[]) => {
    const base = Date.now();
    const added = texts.map((text, index) => ({
      id: String(base + index),
      user: 'ana',
      name: 'Ana',
      text,
    }));
    setPosts((prev) => [...added, ...prev]);
    setToast(`/ana/status/${added[0]?.id ?? ''}`);
  };

  const closeModal = () => {
    // Opened by an SPA navigation: go back to the page under it, as X does.
    if (navState.background !== undefined) history.back();
    else {
      history.replaceState({}, '', '/home');
      setPath('/home');
      setNavState({});
    }
  };

  const replyTo = isModal && navState.replyTo !== undefined ? findTweet(posts, navState.replyTo) : null;

  let page: ReactNode;
  switch (shown.kind) {
    case 'home':
      page = (
        <div className="x-column">
          <div className="x-home-composer">
            <Composer
              key="home"
              surface="home"
              isModal={false}
              allowThread={false}
              placeholder={t.placeholder}
              submitLabel={t.post}
              onPublished={addPosts}
            />
          </div>
          <section aria-label={t.timeline}>
            {posts.map((tweet) => (
              <Article key={tweet.id} tweet={tweet} navigate={navigate} from={backgroundPath} />
            ))}
          </section>
        </div>
      );
      break;
    case 'status': {
      const tweet = findTweet(posts, shown.id, shown.user);
      page = (
        <div className="x-column">
          <Article tweet={tweet} navigate={navigate} from={backgroundPath} />
          <div data-testid="inline_reply_offscreen">
            <Composer
              key={`reply-${shown.id}`}
              surface="reply"
              isModal={false}
              allowThread={false}
              placeholder={t.replyPlaceholder}
              submitLabel={t.reply}
              onPublished={addPosts}
            />
          </div>
        </div>
      );
      break;
    }
    case 'messages':
      page = <Messages />;
      break;
    case 'grok':
      page = <Grok />;
      break;
    case 'notFound':
      page = <p>{t.notFound}</p>;
      break;
  }

  const composeState: NavState = { background: backgroundPath };
  return (
    <div className="x-root">
      <div id="layers">
        {isModal && (
          <div className="x-modal-backdrop">
            <div role="dialog" aria-modal="true" aria-labelledby="modal-header" className="x-modal">
              <div className="x-modal-header">
                <button type="button" data-testid="app-bar-close" aria-label={t.close} onClick={closeModal}>
                  ×
                </button>
                <h2 id="modal-header" className="x-visually-hidden">
                  {t.composeTitle}
                </h2>
              </div>
              {replyTo && <Article tweet={replyTo} navigate={navigate} from={backgroundPath} />}
              <Composer
                key={replyTo ? `reply-modal-${replyTo.id}` : 'compose'}
                surface={replyTo ? 'reply-modal' : 'compose'}
                isModal
                allowThread={!replyTo}
                placeholder={replyTo ? t.replyPlaceholder : t.placeholder}
                submitLabel={replyTo ? t.reply : t.post}
                autoFocus
                onPublished={(texts) => {
                  addPosts(texts);
                  closeModal();
                }}
                onDismiss={closeModal}
              />
            </div>
          </div>
        )}
        {toast !== null && (
          <div data-testid="toast" role="alert" className="x-toast">
            <span>{t.sent}</span>{' '}
            <a href={toast} onClick={spaLink(navigate, toast)}>
              {t.view}
            </a>
          </div>
        )}
      </div>
      <div className="x-app" style={{ flexDirection: env.mobile ? 'column' : 'row' }}>
        <header role="banner" className="x-banner">
          <nav role="navigation" aria-label={t.primary}>
            <a href="/home" data-testid="AppTabBar_Home_Link" onClick={spaLink(navigate, '/home')}>
              {t.home}
            </a>
            <a href="/messages" data-testid="AppTabBar_DirectMessage_Link" onClick={spaLink(navigate, '/messages')}>
              {t.messages}
            </a>
            <a href="/i/grok" aria-label={t.grok} onClick={spaLink(navigate, '/i/grok')}>
              {t.grok}
            </a>
            <a href="/someone/status/1" onClick={spaLink(navigate, '/someone/status/1')}>
              {t.statusLink}
            </a>
            <a
              href="/compose/post"
              data-testid="SideNav_NewTweet_Button"
              aria-label={t.post}
              onClick={spaLink(navigate, '/compose/post', composeState)}
            >
              {t.post}
            </a>
          </nav>
          {/* The account that posts, as X shows it at the bottom of the side bar; `?as=handle` picks it. */}
          <button type="button" data-testid="SideNav_AccountSwitcher_Button" aria-label={t.accountMenu}>
            <div data-testid={`UserAvatar-Container-${ACCOUNT}`} />
            <span>@{ACCOUNT}</span>
          </button>
        </header>
        <main role="main">
          <div data-testid="primaryColumn">{page}</div>
        </main>
      </div>
    </div>
  );
}

function main(): void {
  initPublished();
  const lang = fixtureLang();
  const env: Env = {
    lang,
    t: lang === 'fr' ? FR : EN,
    mobile: new URLSearchParams(location.search).get('layout') === 'mobile',
  };
  if (location.pathname === '/') history.replaceState(null, '', '/home');
  const container = document.getElementById('react-root');
  if (!container) throw new Error('x fixture: #react-root is missing');
  createRoot(container).render(
    <EnvContext.Provider value={env}>
      <App />
    </EnvContext.Provider>,
  );
}

main();
