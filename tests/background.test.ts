// The background service worker answers `whypost:analyze` messages from the
// content scripts (utils/messages.ts) with `{ ok: true, critique }`, or
// `{ ok: false, error }` when the analysis fails: the page must stay able to
// publish whatever happens. Tested on WXT's fake browser, which the WxtVitest
// plugin puts behind `wxt/browser`, so the entrypoint registers its listener
// on it when its `main()` runs.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../entrypoints/background';
import { analyze } from '../analyzers';
import { describeSources } from '../analyzers/sources/describe';
import type * as Analyzers from '../analyzers';
import { isCurrentPage, requestedPlatform, type AnalyzeRequest, type AnalyzeResponse } from '../utils/messages';

// A draft that makes analyze() throw, to check that a failure is answered, not thrown.
const BOOM = '\u0000whypost-test: throw\u0000';
vi.mock('../analyzers', async (importOriginal) => {
  const original = await importOriginal<typeof Analyzers>();
  return {
    ...original,
    analyze: (text: string, options?: Parameters<typeof original.analyze>[1]) => {
      if (text === BOOM) throw new Error('analysis failed');
      return original.analyze(text, options);
    },
  };
});

const FR_ANECDOTE = 'Ce week-end, j’ai fait un brunch à la plage avec ma famille. Quel bonheur !';
const FR_PROMO = '-20 % sur tous nos croissants ce samedi ! Réservez sur https://boulangerie.example/promo';

const request = (text: string, options?: AnalyzeRequest['options']): AnalyzeRequest =>
  options === undefined ? { type: 'whypost:analyze', text } : { type: 'whypost:analyze', text, options };

/**
 * What the background's listeners answer to a message: what they pass to
 * `sendResponse`. A listener that answers also returns `true`, to keep the
 * channel open; one that stays silent returns `undefined` and sends nothing.
 */
async function answersTo(message: unknown): Promise<unknown[]> {
  const sent: unknown[] = [];
  let answered: () => void = () => {};
  const done = new Promise<void>((resolve) => (answered = resolve));
  const returned = await fakeBrowser.runtime.onMessage.trigger(message, {}, (response: unknown) => {
    sent.push(response);
    answered();
  });
  const keptOpen = returned.filter((value) => value !== undefined);
  // The answer may come after the brand is read from storage: wait for it, briefly.
  if (keptOpen.length > 0) await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 2000))]);
  expect(keptOpen).toEqual(sent.map(() => true));
  return sent;
}

/** The one answer to a message that must get one. */
async function answerTo(message: unknown): Promise<AnalyzeResponse> {
  const answers = await answersTo(message);
  expect(answers).toHaveLength(1);
  return answers[0] as AnalyzeResponse;
}

function critiqueOf(response: AnalyzeResponse) {
  if (!response.ok) throw new Error(`expected a critique, got the error ${response.error}`);
  return response.critique;
}

// [what, text, options]: drafts and options a content script may send by
// mistake or read from a strange composer; none may break the answer.
const odd: [string, string, unknown][] = [
  ['an empty draft', '', undefined],
  ['a draft of white space and zero-width characters', ' \n\u200b\u00a0', undefined],
  ['emoji only', '🎉🎉🔥', undefined],
  ['lone surrogates', '\ud83d Réservez \udc4d', undefined],
  ['pasted HTML', '<p>Réservez <b>avant</b> vendredi</p>', undefined],
  ['a Spanish draft', '¡Reserve su mesa antes del viernes en nuestro restaurante!', undefined],
  ['100,000 characters', 'Réservez votre table. '.repeat(4_600), undefined],
  ['options that are null', FR_PROMO, null],
  ['options that are a string', FR_PROMO, 'x'],
  ['options with unknown values', FR_PROMO, { platform: 'myspace', kind: 42, locale: 'de', extra: true }],
];

// [what, message]: the listener must stay silent (return undefined) so that
// other listeners of the extension can answer their own messages.
const unrelated: [string, unknown][] = [
  ['another type', { type: 'whypost:settings-changed' }],
  ['a request with no text', { type: 'whypost:analyze' }],
  ['a request whose text is a number', { type: 'whypost:analyze', text: 42 }],
  ['a request whose text is an array', { type: 'whypost:analyze', text: ['Réservez'] }],
  ['a string', 'whypost:analyze'],
  ['linked pages to word in German', { type: 'whypost:describe-sources', sources: [], lang: 'de' }],
  [
    'a linked page in an unknown state',
    { type: 'whypost:describe-sources', sources: [{ url: 'https://a.example/', state: 'odd' }], lang: 'fr' },
  ],
  ['null', null],
  ['undefined', undefined],
];

beforeEach(() => {
  // reset() also removes the listeners: main() registers them again, as a restarted worker does.
  fakeBrowser.reset();
  background.main();
});

describe('background: the listener main() registers', () => {
  test('main() registers a runtime message listener', () => {
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
  });

  test('a French draft gets { ok: true, critique } in French, the critique analyze() gives', async () => {
    const critique = critiqueOf(await answerTo(request(FR_ANECDOTE)));
    expect(critique).toMatchObject({
      lang: 'fr',
      locale: 'fr',
      genre: 'anecdote',
      verdict: 'posting-for-posting-sake',
    });
    expect(critique.findings.map((f) => f.rule)).toContain('weekend-anecdote');
    expect(critique.brief.objective.question).toBe(
      'À quoi sert cette publication\u00a0: vendre, informer, recruter, aider, inviter\u202f?',
    );
    expect(critique).toStrictEqual(analyze(FR_ANECDOTE));
  });

  test('the options of the message reach analyze()', async () => {
    const critique = critiqueOf(await answerTo(request(FR_PROMO, { platform: 'x', kind: 'post', locale: 'en' })));
    expect(critique.lang).toBe('fr');
    expect(critique.locale).toBe('en');
    expect(critique.stats.weightedLength).toBeGreaterThan(0);
    expect(critique.stats.maxWeightedLength).toBe(280);
  });

  test('a LinkedIn draft is critiqued for LinkedIn', async () => {
    const critique = critiqueOf(await answerTo(request(`${FR_PROMO} ${'#pain '.repeat(6)}`, { platform: 'linkedin' })));
    expect(critique.findings.map((f) => f.rule)).toContain('hashtag-stuffing');
  });

  test('the platform a page names is taken only when Whypost knows it', () => {
    const named = (platform: unknown) =>
      requestedPlatform({ type: 'whypost:analyze', text: 'x', options: { platform } } as AnalyzeRequest);
    expect(['x', 'facebook', 'linkedin', 'myspace', 42, undefined].map(named)).toEqual([
      'x',
      'facebook',
      'linkedin',
      undefined,
      undefined,
      undefined,
    ]);
  });

  test.each([
    [{ host: 'www.linkedin.com', platform: 'linkedin', enabled: true }, true],
    [{ host: 'x.com', platform: 'x', enabled: false, account: 'acme' }, true],
    [{ host: 'www.instagram.com', platform: 'instagram', enabled: true }, false],
    [{ host: 'x.com', platform: 'x' }, false],
    [null, false],
  ])('the popup takes %j as a page: %s', (answer, ok) => {
    expect(isCurrentPage(answer)).toBe(ok);
  });

  test('the answer crosses the message channel unchanged (plain JSON data)', async () => {
    const response = await answerTo(request(FR_PROMO, { platform: 'facebook' }));
    expect(JSON.parse(JSON.stringify(response))).toStrictEqual(response);
  });

  test.each(odd)('%s is answered, not thrown', async (_what, text, options) => {
    const response = await answerTo({ type: 'whypost:analyze', text, options });
    expect(response.ok).toBe(true);
  });

  test('a failure inside analyze() is answered { ok: false, error }, not thrown', async () => {
    expect(await answerTo(request(BOOM))).toEqual({ ok: false, error: 'analysis failed' });
  });

  test('a brand slipped into the options is ignored: brands come from the extension, not from pages', async () => {
    const message = { type: 'whypost:analyze', text: FR_PROMO, options: { brand: { name: 'not a rule set' } } };
    // Its link is not read: the extension has no access to the site (nor does a page give it any).
    const sources = [{ url: 'https://boulangerie.example/promo', state: 'not-allowed' as const }];
    expect(critiqueOf(await answerTo(message))).toStrictEqual(analyze(FR_PROMO, { sources }));
  });

  test('a page cannot slip linked pages in: the worker reads them itself, with access only', async () => {
    const page = { url: 'https://boulangerie.example/promo', state: 'checked', page: { title: 'forged' } };
    const message = { type: 'whypost:analyze', text: FR_PROMO, options: { sources: [page] } };
    const sources = critiqueOf(await answerTo(message)).sources;
    expect(sources).toEqual([{ url: 'https://boulangerie.example/promo', state: 'not-allowed', start: 55, end: 88 }]);
  });

  test.each([
    ['fr', 'Pages liées', 'lien non vérifié'],
    ['en', 'Linked pages', 'link not checked'],
  ] as const)("%s: the card's linked pages are worded by the worker, as the popup words them", async (lang, h, s) => {
    const sources = critiqueOf(await answerTo({ type: 'whypost:analyze', text: FR_PROMO })).sources!;
    const [words] = await answersTo({ type: 'whypost:describe-sources', sources, lang });
    expect(words).toEqual(describeSources(sources, lang));
    expect(words).toMatchObject({ heading: h, items: [{ status: expect.stringContaining(s) }] });
  });

  test.each(unrelated)('%s gets no answer', async (_what, message) => {
    expect(await answersTo(message)).toEqual([]);
  });
});

describe('background: through runtime.sendMessage', () => {
  // Chromium before 144 and the fake browser keep the channel open only for a
  // listener that returns `true` and calls `sendResponse`.
  test('a French draft gets { ok: true, critique }', async () => {
    const response = (await fakeBrowser.runtime.sendMessage(request(FR_ANECDOTE))) as AnalyzeResponse | undefined;
    expect(response).toMatchObject({ ok: true, critique: { lang: 'fr', genre: 'anecdote' } });
  });

  test('a failing analysis gets { ok: false, error }', async () => {
    const response = (await fakeBrowser.runtime.sendMessage(request(BOOM))) as AnalyzeResponse | undefined;
    expect(response).toEqual({ ok: false, error: expect.any(String) as string });
  });

  test.each(odd.map(([what, text, options]) => [what, { type: 'whypost:analyze', text, options }] as const))(
    '%s never makes sendMessage reject',
    async (_what, message) => {
      const response = (await fakeBrowser.runtime.sendMessage(message)) as AnalyzeResponse;
      expect(response.ok).toBe(true);
    },
  );

  test.each(unrelated)('%s gets no answer', async (_what, message) => {
    expect(await fakeBrowser.runtime.sendMessage(message)).toBeUndefined();
  });
});
