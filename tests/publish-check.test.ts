// @vitest-environment happy-dom
// The pre-publish check in the page (runtime/intercept.tsx) when the critique is slow, late or
// never comes (issue 11: slow is not broken). Post pressed while the critique is on its way waits for
// it, two seconds at most, and says so on the badge and beside the Post button; a worker that cannot
// answer lets the post through at once. The composer is the saved X home page (tests/fixtures/composers),
// the worker a double on WXT's fake browser whose answers the tests give by hand, on fake timers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyze } from '../analyzers';
import type { Critique } from '../analyzers/types';
import {
  LINKEDIN_CONFIG,
  X_CONFIG,
  findLinkedInComposers,
  findXComposers,
  readComposer,
  readDraft,
} from '../utils/composers';
import { xAccount } from '../utils/composers/account';
import type { AnalyzeRequest, AnalyzeResponse } from '../utils/messages';
import { CHECK_TIMEOUT_MS, DEBOUNCE_MS } from '../runtime/session';
import { startWhypost } from '../runtime/start';
import { settings, DEFAULT_SETTINGS } from '../utils/storage';

const DIR = join(fileURLToPath(import.meta.url), '..', 'fixtures', 'composers');
const RELEASE_EN =
  'Harbor Bank is pleased to announce that Maria Lopez will join the Company as Chief Financial Officer, effective March 1.';
const OFFER_FR = 'Réservez votre table pour le brunch de dimanche : 24 €, de 10 h à 14 h, sur https://resto.fr/brunch';

/** A critique that stops the post, and one that lets it go (the words need not be the fixture's). */
let blocking: Critique;
let passing: Critique;
beforeAll(() => {
  blocking = analyze(RELEASE_EN, { platform: 'x', locale: 'en' });
  passing = analyze(OFFER_FR, { platform: 'x', locale: 'en' });
  expect([blocking.blocks, passing.blocks]).toEqual([true, false]);
});

interface Request {
  text: string;
  options: AnalyzeRequest['options'];
  answer(response: AnalyzeResponse): void;
  fail(error: Error): void;
}

let ctx: ContentScriptContext;
/** The analyze requests the worker received, in order, each answered when the test says. */
let requests: Request[];
/** What the site published: the draft's text each time its Post button's own handler ran. */
let posts: string[];

const ok = (critique: Critique): AnalyzeResponse => ({ ok: true, critique, brand: { id: 'default', name: 'default' } });
const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);
const editor = () => document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
const postButton = () => document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')!;
const inShadow = (host: string, selector: string) =>
  document.querySelector(host)?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const badge = () => inShadow('whypost-badge', '[data-whypost="badge"]');
const note = () => inShadow('whypost-checking', '[data-whypost="checking"]');
const dialog = () => inShadow('whypost-check', '[data-whypost="confirm"]');

/** A user's event (the check ignores the page's synthetic ones). */
function press(target: Element, event: Event): Event {
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
  return event;
}
const clickPost = () => press(postButton(), new MouseEvent('click', { bubbles: true, cancelable: true }));

/**
 * The X home page with a draft typed, Whypost started in `lang`, and the draft's critique asked
 * for (the keystrokes' pause over): it is on its way when the test begins.
 */
async function composerWithCritiqueOnItsWay(lang: 'en' | 'fr' = 'en'): Promise<void> {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://x.com/home');
  document.body.innerHTML = readFileSync(join(DIR, 'x', 'home-en.html'), 'utf8');
  postButton().addEventListener('click', () => posts.push(readDraft(editor())));
  await settings.setValue({ ...DEFAULT_SETTINGS, uiLang: lang });
  startWhypost(ctx, {
    platform: 'x',
    config: X_CONFIG,
    findComposers: findXComposers,
    account: (doc) => xAccount(doc, X_CONFIG.account),
  });
  await advance(DEBOUNCE_MS);
  expect(requests).toHaveLength(1);
  expect(badge()?.textContent).toContain(lang === 'fr' ? 'Analyse' : 'Analysing');
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  requests = [];
  posts = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: AnalyzeRequest | { type: string }) => {
    if (message.type !== 'whypost:analyze') return Promise.resolve({ ok: true });
    return new Promise<AnalyzeResponse>((resolve, reject) =>
      requests.push({
        text: (message as AnalyzeRequest).text,
        options: (message as AnalyzeRequest).options,
        answer: resolve,
        fail: reject,
      }),
    );
  }) as typeof fakeBrowser.runtime.sendMessage);
  ctx = new ContentScriptContext('test');
});

afterEach(() => {
  ctx.abort();
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('Post pressed while the critique is on its way', () => {
  test.each([
    ['en', 'Checking before posting', 'Whypost is checking your post'],
    ['fr', 'Vérification avant publication', 'Whypost vérifie votre publication'],
  ] as const)(
    '%s: the answer at 1.5 s brings the dialog; the wait is shown meanwhile',
    async (lang, onBadge, beside) => {
      await composerWithCritiqueOnItsWay(lang);
      const click = clickPost();
      expect(click.defaultPrevented).toBe(true);
      await advance(0);
      // The badge and a live region beside the Post button say that the post is being checked.
      expect(badge()?.getAttribute('data-state')).toBe('checking');
      expect(badge()?.textContent).toContain(onBadge);
      expect(badge()?.getAttribute('aria-label')).toContain(onBadge);
      expect(note()?.getAttribute('role')).toBe('status');
      expect(note()?.getAttribute('aria-live')).toBe('polite');
      expect(note()?.textContent).toContain(beside);

      await advance(1500);
      expect(posts).toEqual([]);
      expect(dialog()).toBeNull();
      requests[0]!.answer(ok(blocking));
      await advance(0);
      expect(dialog()?.getAttribute('role')).toBe('alertdialog');
      expect(posts).toEqual([]);
      // The check waited for the request already on its way rather than asking again.
      expect(requests).toHaveLength(1);
      expect(badge()?.getAttribute('data-state')).toBeNull();
      expect(note()?.textContent).toBe('');

      inShadow('whypost-check', '[data-whypost="publish-anyway"]')!.click();
      await advance(0);
      expect(posts).toEqual([readDraft(editor())]);
    },
  );

  test('an answer that does not stop the post lets it go as soon as it comes', async () => {
    await composerWithCritiqueOnItsWay();
    clickPost();
    await advance(700);
    expect(posts).toEqual([]);
    requests[0]!.answer(ok(passing));
    await advance(0);
    expect(posts).toHaveLength(1);
    expect(dialog()).toBeNull();
  });

  test('no answer within 2 s: the post goes out; the answer that comes later still shows on the badge', async () => {
    await composerWithCritiqueOnItsWay();
    clickPost();
    await advance(CHECK_TIMEOUT_MS - 1);
    expect(posts).toEqual([]);
    expect(badge()?.getAttribute('data-state')).toBe('checking');
    await advance(1);
    expect(posts).toHaveLength(1);
    expect(dialog()).toBeNull();
    expect(badge()?.getAttribute('data-state')).toBeNull();
    expect(note()?.textContent).toBe('');

    requests[0]!.answer(ok(blocking));
    await advance(0);
    expect(badge()?.textContent).toContain('Press release');
    expect(dialog()).toBeNull();
    expect(posts).toHaveLength(1);
  });

  test('Post pressed again while waiting: the post goes out once', async () => {
    await composerWithCritiqueOnItsWay();
    clickPost();
    await advance(500);
    expect(clickPost().defaultPrevented).toBe(true);
    await advance(500);
    requests[0]!.answer(ok(passing));
    await advance(0);
    expect(posts).toHaveLength(1);
    await advance(CHECK_TIMEOUT_MS);
    expect(posts).toHaveLength(1);
  });

  test('Ctrl+Enter while waiting is held, then sent by the Post button once the answer lets it go', async () => {
    await composerWithCritiqueOnItsWay();
    const key = press(
      editor(),
      new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }),
    );
    expect(key.defaultPrevented).toBe(true);
    await advance(1000);
    expect(posts).toEqual([]);
    requests[0]!.answer(ok(passing));
    await advance(0);
    expect(posts).toHaveLength(1);
  });

  test('a draft changed during the pause after typing is critiqued at once, not after the pause', async () => {
    await composerWithCritiqueOnItsWay();
    requests[0]!.answer(ok(passing));
    await advance(0);
    editor().querySelector('[data-text="true"]')!.textContent = 'Launching today! ';
    clickPost();
    await advance(0);
    expect(requests.map((r) => r.text.slice(0, 17))).toEqual(['Launching our new', 'Launching today! ']);
    requests[1]!.answer(ok(blocking));
    await advance(0);
    expect(dialog()).not.toBeNull();
  });
});

describe('a worker that cannot answer lets the post through at once', () => {
  test.each([
    ['the port closes', (r: Request) => r.fail(new Error('The message port closed before a response was received.'))],
    [
      'nothing receives',
      (r: Request) => r.fail(new Error('Could not establish connection. Receiving end does not exist.')),
    ],
    ['the analyzer fails', (r: Request) => r.answer({ ok: false, error: 'analysis failed' })],
  ])('%s while the critique is on its way', async (_, failure) => {
    await composerWithCritiqueOnItsWay();
    clickPost();
    await advance(100);
    failure(requests[0]!);
    await advance(0);
    expect(posts).toHaveLength(1);
    expect(dialog()).toBeNull();
    expect(badge()?.textContent).toContain('unavailable');
  });

  test('the extension was reloaded under the page (context invalidated) before Post', async () => {
    await composerWithCritiqueOnItsWay();
    const runtime = fakeBrowser.runtime as { id?: string };
    const id = runtime.id;
    runtime.id = undefined;
    try {
      clickPost();
      await advance(0);
      expect(posts).toHaveLength(1);
    } finally {
      // (The fake browser's reset does not give it back.)
      runtime.id = id;
    }
  });

  test('the extension was reloaded while the check waited', async () => {
    await composerWithCritiqueOnItsWay();
    clickPost();
    await advance(300);
    ctx.notifyInvalidated();
    await advance(0);
    expect(posts).toHaveLength(1);
    // Whypost leaves nothing behind in the page.
    expect(document.querySelector('whypost-badge, whypost-checking')).toBeNull();
  });

  test('sendMessage throws (an invalidated context throws rather than rejects)', async () => {
    await composerWithCritiqueOnItsWay();
    requests[0]!.fail(new Error('lost'));
    await advance(0);
    vi.mocked(fakeBrowser.runtime.sendMessage).mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    clickPost();
    await advance(0);
    expect(posts).toHaveLength(1);
  });
});

test('a fresh critique that does not stop the post: the click is left alone, nothing is shown', async () => {
  await composerWithCritiqueOnItsWay();
  requests[0]!.answer(ok(passing));
  await advance(0);
  expect(clickPost().defaultPrevented).toBe(false);
  expect(posts).toHaveLength(1);
  expect(note()).toBeNull();
});

// Issue 14: LinkedIn's article title is a textarea apart from the editor; typing in it asks for a
// critique of the title and the body together, and Publish checks that text (docs/composers.md §8.3).
describe('the LinkedIn article: its title is part of the draft', () => {
  const BODY = 'The short version\nRent, talent and trains.\nRent: half of Paris\nTalent: two schools nearby';
  test.each([
    ['en', RELEASE_EN],
    ['fr', 'Harbor Bank a le plaisir d’annoncer la nomination de Maria Lopez au poste de directrice financière'],
  ])(
    '%s: typing a headline in the title re-reads the draft, Publish is checked on title and body',
    async (lang, headline) => {
      (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
        'https://www.linkedin.com/article/new/',
      );
      document.body.innerHTML = readFileSync(join(DIR, 'linkedin', 'article-editor-en.html'), 'utf8');
      const title = document.querySelector<HTMLTextAreaElement>(LINKEDIN_CONFIG.selectors.articleTitle)!;
      const button = [...document.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent === 'Publish')!;
      const published: string[] = [];
      button.addEventListener('click', () => {
        const [match] = findLinkedInComposers(document, window.location);
        if (match) published.push(readComposer(match));
      });
      await settings.setValue({ ...DEFAULT_SETTINGS, uiLang: lang as 'en' | 'fr' });
      startWhypost(ctx, {
        platform: 'linkedin',
        config: LINKEDIN_CONFIG,
        findComposers: findLinkedInComposers,
        account: () => undefined,
      });
      await advance(DEBOUNCE_MS);
      expect(requests.map((r) => r.text)).toEqual([`Why we moved our data team to Lyon\n${BODY}`]);
      // An article: LinkedIn's post limit and fold are not its own.
      expect(requests[0]!.options).toMatchObject({ platform: 'linkedin', kind: 'post', article: true });
      requests[0]!.answer(ok(passing));
      await advance(0);

      title.value = headline;
      title.dispatchEvent(new Event('input', { bubbles: true }));
      await advance(DEBOUNCE_MS);
      expect(requests.map((r) => r.text)).toEqual([
        `Why we moved our data team to Lyon\n${BODY}`,
        `${headline}\n${BODY}`,
      ]);
      expect(title.value).toBe(headline);
      requests[1]!.answer(ok(blocking));
      await advance(0);

      // A critique that stops the post: Publish waits for the user's answer.
      expect(press(button, new MouseEvent('click', { bubbles: true, cancelable: true })).defaultPrevented).toBe(true);
      await advance(0);
      expect(dialog()).not.toBeNull();
      expect(published).toEqual([]);

      // A blank title: the draft is the body alone again.
      title.value = ' ';
      title.dispatchEvent(new Event('input', { bubbles: true }));
      await advance(DEBOUNCE_MS);
      expect(requests.at(-1)?.text).toBe(BODY);
    },
  );
});
