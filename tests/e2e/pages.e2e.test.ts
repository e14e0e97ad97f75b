// Checks the fixture pages themselves, without the extension (issue #3): each
// surface carries the sites' attributes in English and French, typing like a user
// and publishing records exactly the text typed, each site's send gestures work,
// the editor is empty afterwards, and no request leaves for the internet.
// The last block checks the harness's extension helpers when a build exists.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { E2E_EXTENSION_DIR as EXTENSION_DIR, launch } from './harness';
import type { Harness } from './harness';

// Multi-line with an empty line, an emoji (outside the BMP) and a mention.
const EN_TEXT = 'Big news from @whypost 🚀\n\nWe open on Monday.\nCome and say hi!';
const FR_TEXT = 'Grande nouvelle de @whypost 🎉\n\nOn ouvre lundi, venez nous voir !';

let h: Harness;
const opened: Page[] = [];
let errorsBefore = 0;

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

beforeEach(() => {
  errorsBefore = h.pageErrors().length;
});

afterEach(async () => {
  for (const page of opened.splice(0)) await page.close();
  expect(h.pageErrors().slice(errorsBefore)).toEqual([]);
});

/** A new tab, so sessionStorage (what was published) starts empty. */
async function open(url: string): Promise<Page> {
  const page = await h.context.newPage();
  opened.push(page);
  await page.goto(url);
  return page;
}

describe('X fixture (x.com, Draft.js)', () => {
  it('home composer carries X’s attributes (EN) and publishes exactly what was typed', async () => {
    const page = await open('https://x.com/home');
    const column = page.locator('[data-testid="primaryColumn"]');
    const editor = column.locator('[data-testid="tweetTextarea_0"]');
    await expect.poll(() => editor.count()).toBe(1);
    expect(await editor.getAttribute('role')).toBe('textbox');
    expect(await editor.getAttribute('contenteditable')).toBe('true');
    expect(await editor.getAttribute('aria-label')).toBe('Post text');
    expect(await editor.getAttribute('aria-multiline')).toBe('true');
    expect(await editor.getAttribute('class')).toContain('public-DraftEditor-content');
    const placeholder = column.locator('.public-DraftEditorPlaceholder-inner');
    expect(await placeholder.textContent()).toBe('What’s happening?');
    expect(await editor.getAttribute('aria-describedby')).toBe(await placeholder.getAttribute('id'));
    expect(
      await column
        .locator('[data-testid="tweetTextarea_0RichTextInputContainer"] [data-testid="tweetTextarea_0"]')
        .count(),
    ).toBe(1);
    // The toolbar is a sibling subtree of the editor wrapper, not an ancestor (docs/composers.md §1.2).
    expect(await editor.evaluate((el) => el.closest('[data-testid="toolBar"]'))).toBeNull();
    const button = column.locator('[data-testid="toolBar"] button[data-testid="tweetButtonInline"]');
    expect(await button.textContent()).toBe('Post');
    expect(await button.isDisabled()).toBe(true);

    await h.typeInto(editor, EN_TEXT);
    expect(await h.editorText(page, '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]')).toBe(EN_TEXT);
    expect(await button.isDisabled()).toBe(false);
    await button.click();

    const published = await h.published(page);
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ site: 'x', surface: 'home', route: '/home', text: EN_TEXT });
    expect(await page.evaluate(() => window.__published?.map((p) => p.text))).toEqual([EN_TEXT]);
    expect(await h.editorText(page, '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]')).toBe('');
    expect(await page.getByTestId('toast').textContent()).toContain('Your post was sent.');
  });

  it('French labels with ?lang=fr, and Ctrl+Enter publishes', async () => {
    const page = await open('https://x.com/home?lang=fr');
    const editor = page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]');
    await editor.waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await editor.getAttribute('aria-label')).toBe('Texte du post');
    expect(await page.locator('.public-DraftEditorPlaceholder-inner').textContent()).toBe('Quoi de neuf ?');

    await h.typeInto(editor, FR_TEXT);
    await page.keyboard.press('Control+Enter');

    expect(await h.published(page)).toMatchObject([{ surface: 'home', text: FR_TEXT }]);
    expect(await h.editorText(page, '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]')).toBe('');
  });

  it('SPA navigation to /compose/post shows the modal, and a thread of three posts publishes three texts', async () => {
    const page = await open('https://x.com/home');
    await page.getByTestId('tweetTextarea_0').waitFor();
    expect(await page.locator('[role="dialog"]').count()).toBe(0);

    await page.getByTestId('SideNav_NewTweet_Button').click();
    expect(new URL(page.url()).pathname).toBe('/compose/post');
    const dialog = page.locator('#layers div[role="dialog"][aria-labelledby="modal-header"]');
    await dialog.waitFor();
    const thread = ['First post of the thread 🧵', 'Second, with @whypost', 'Third\nand last'];
    await h.typeInto(dialog.getByTestId('tweetTextarea_0'), thread[0] ?? '');
    await dialog.getByTestId('addButton').click();
    await h.typeInto(dialog.getByTestId('tweetTextarea_1'), thread[1] ?? '');
    await dialog.getByTestId('addButton').click();
    await h.typeInto(dialog.getByTestId('tweetTextarea_2'), thread[2] ?? '');
    expect(await dialog.getByTestId('tweetTextarea_2RichTextInputContainer').count()).toBe(1);
    expect(await dialog.locator('[data-testid="tweetTextarea_2"]').getAttribute('aria-label')).toBe('Post text');
    const send = dialog.locator('button[data-testid="tweetButton"]');
    expect(await send.textContent()).toBe('Post all');
    await send.click();

    expect(await h.published(page)).toMatchObject([{ surface: 'compose', route: '/compose/post', text: thread }]);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/home');
    expect(await dialog.count()).toBe(0);
  });

  it('status page: a tweet, the inline reply labelled Reply, and the modal reply', async () => {
    const page = await open('https://x.com/someone/status/1');
    const reply = page.locator('[data-testid="inline_reply_offscreen"]');
    await reply.waitFor();
    expect(await page.locator('article[data-testid="tweet"]').count()).toBe(1);
    const editor = reply.getByTestId('tweetTextarea_0');
    expect(await reply.locator('.public-DraftEditorPlaceholder-inner').textContent()).toBe('Post your reply');
    const button = reply.locator('[data-testid="toolBar"] [data-testid="tweetButtonInline"]');
    expect(await button.textContent()).toBe('Reply');
    await h.typeInto(editor, 'Congrats @someone!\nSee you in Lyon.');
    await button.click();
    expect(await h.published(page)).toMatchObject([
      { surface: 'reply', route: '/someone/status/1', text: 'Congrats @someone!\nSee you in Lyon.' },
    ]);
    expect(await h.editorText(page, '[data-testid="inline_reply_offscreen"] [data-testid="tweetTextarea_0"]')).toBe('');

    await page.locator('article[data-testid="tweet"] [data-testid="reply"]').click();
    const dialog = page.locator('[role="dialog"][aria-labelledby="modal-header"]');
    await dialog.waitFor();
    expect(await dialog.locator('article[data-testid="tweet"]').count()).toBe(1);
    expect(await dialog.getByTestId('tweetButton').textContent()).toBe('Reply');
    await h.typeInto(dialog.getByTestId('tweetTextarea_0'), 'Modal reply');
    await page.keyboard.press('Control+Enter');
    expect((await h.published(page)).at(-1)).toMatchObject({ surface: 'reply-modal', text: 'Modal reply' });
    await expect.poll(() => new URL(page.url()).pathname).toBe('/someone/status/1');
  });

  it('DM (/messages) and Grok (/i/grok) boxes exist for the extension to ignore', async () => {
    const page = await open('https://x.com/messages');
    const dm = page.getByTestId('dmComposerTextInput');
    await dm.waitFor();
    expect(await dm.getAttribute('contenteditable')).toBe('true');
    expect(await page.locator('[data-testid^="tweetTextarea"]').count()).toBe(0);
    await h.typeInto(dm, 'Private hello');
    await page.keyboard.press('Enter');

    await page.getByRole('link', { name: 'Grok' }).click();
    const grok = page.locator('textarea[placeholder="Ask anything"]');
    await h.typeInto(grok, 'What is Whypost?');
    await page.keyboard.press('Control+Enter');

    expect(await h.published(page)).toMatchObject([
      { surface: 'dm', route: '/messages', text: 'Private hello' },
      { surface: 'grok', route: '/i/grok', text: 'What is Whypost?' },
    ]);
  });

  it('twitter.com serves the same app; ?layout=mobile uses a textarea', async () => {
    const page = await open('https://twitter.com/home?layout=mobile');
    const textarea = page.locator('main div[data-testid="tweetTextarea_0"] textarea');
    await textarea.waitFor();
    expect(await textarea.getAttribute('aria-label')).toBe('Post text');
    await h.typeInto(textarea, EN_TEXT);
    await page.getByTestId('tweetButtonInline').click();
    expect(await h.published(page)).toMatchObject([{ surface: 'home', text: EN_TEXT }]);
    expect(await textarea.inputValue()).toBe('');
  });
});

describe('Facebook fixture (www.facebook.com, Lexical)', () => {
  it('home: the feed button opens "Create post"; Post is disabled until there is text; publishing empties it', async () => {
    const page = await open('https://www.facebook.com/');
    const region = page.locator('div[role="region"][aria-label="Create a post"]');
    const trigger = region.locator('div[role="button"]', { hasText: "What's on your mind, Ana?" });
    await trigger.waitFor();
    expect(await region.locator('[contenteditable]').count()).toBe(0);
    await trigger.click();

    const dialog = page.locator('div[role="dialog"][aria-label="Create post"]');
    const editor = dialog.locator(
      'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"][aria-label="What\'s on your mind, Ana?"]',
    );
    expect(await editor.count()).toBe(1);
    const post = dialog.locator('div[role="button"][aria-label="Post"]');
    expect(await post.getAttribute('aria-disabled')).toBe('true');
    await h.typeInto(editor, EN_TEXT);
    expect(await h.editorText(page, '[role="dialog"] [data-lexical-editor]')).toBe(EN_TEXT);
    expect(await editor.locator('p').count()).toBe(4);
    expect(await post.getAttribute('aria-disabled')).toBeNull();
    await post.click();

    expect(await h.published(page)).toMatchObject([{ site: 'facebook', surface: 'home', route: '/', text: EN_TEXT }]);
    expect(await dialog.count()).toBe(0);
    await trigger.click();
    expect(await h.editorText(page, '[role="dialog"] [data-lexical-editor]')).toBe('');
  });

  it('French labels with ?lang=fr', async () => {
    const page = await open('https://www.facebook.com/?lang=fr');
    const region = page.locator('div[role="region"][aria-label="Créer une publication"]');
    await region.locator('div[role="button"]', { hasText: 'Exprimez-vous...' }).click();
    const dialog = page.locator('div[role="dialog"][aria-label="Créer une publication"]');
    await h.typeInto(dialog.locator('[data-lexical-editor][aria-label="Exprimez-vous"]'), FR_TEXT);
    await dialog.locator('div[role="button"][aria-label="Publier"]').click();
    expect(await h.published(page)).toMatchObject([{ surface: 'home', text: FR_TEXT }]);

    // The new post comes with its own comment box, above the seeded one.
    expect(await page.locator('[data-lexical-editor][aria-label^="Commenter en tant que Ana"]').count()).toBe(2);
    await page
      .locator('[role="article"][aria-label="Commentaire de Léa Dubois"] [role="button"][aria-label="Répondre"]')
      .click();
    const reply = page.locator('[data-lexical-editor][aria-label="Répondre à Léa Dubois"]');
    await h.typeInto(reply, 'Merci !');
    await page.keyboard.press('Enter');
    expect((await h.published(page)).at(-1)).toMatchObject({ surface: 'reply', text: 'Merci !' });
  });

  it('comments: Shift+Enter is a new line, bare Enter publishes, so does the Comment button; replies too', async () => {
    const page = await open('https://www.facebook.com/');
    const comment = page.locator('[data-lexical-editor="true"][aria-label^="Comment as Ana"]');
    await comment.waitFor();
    const text = 'Great news @Léa!\nSee you Monday 🎉';
    await h.typeInto(comment, text, { newline: 'Shift+Enter' });
    expect(await h.editorText(page, '[data-lexical-editor][aria-label^="Comment as Ana"]')).toBe(text);
    expect(await h.published(page)).toEqual([]);
    await page.keyboard.press('Enter');
    expect(await h.published(page)).toMatchObject([{ surface: 'comment', text }]);
    expect(await h.editorText(page, '[data-lexical-editor][aria-label^="Comment as Ana"]')).toBe('');

    await h.typeInto(comment, 'Sent with the button');
    const submit = page.locator('#focused-state-composer-submit div[role="button"][aria-label="Comment"]');
    expect(await submit.getAttribute('aria-disabled')).toBeNull();
    await submit.click();
    expect((await h.published(page)).at(-1)).toMatchObject({ surface: 'comment', text: 'Sent with the button' });
    expect(await h.editorText(page, '[data-lexical-editor][aria-label^="Comment as Ana"]')).toBe('');

    await page
      .locator('[role="article"][aria-label="Comment by Léa Dubois"] [role="button"][aria-label="Reply"]')
      .click();
    const reply = page.locator('[data-lexical-editor="true"][aria-label="Reply to Léa Dubois"]');
    await h.typeInto(reply, 'Thanks!');
    await page.keyboard.press('Enter');
    expect((await h.published(page)).at(-1)).toMatchObject({ surface: 'reply', text: 'Thanks!' });
    expect(await h.editorText(page, '[aria-label="Reply to Léa Dubois"]')).toBe('');
  });

  const groupCases = [
    { lang: 'en', trigger: 'Write something...', dialog: 'Create post', editor: 'Create a public post…', post: 'Post' },
    {
      lang: 'fr',
      trigger: 'Exprimez-vous...',
      dialog: 'Créer une publication',
      editor: 'Créer une publication publique...',
      post: 'Publier',
    },
  ];

  it.each(groupCases)('group composer ($lang), reached by SPA navigation', async (labels) => {
    const page = await open(`https://www.facebook.com/?lang=${labels.lang}`);
    await page.locator('[role="banner"] a', { hasText: 'Whypost Testers' }).click();
    expect(new URL(page.url()).pathname).toBe('/groups/1234567890');
    await page.locator('div[role="button"]', { hasText: labels.trigger }).click();
    const dialog = page.locator(`div[role="dialog"][aria-label="${labels.dialog}"]`);
    const text = labels.lang === 'fr' ? FR_TEXT : EN_TEXT;
    await h.typeInto(dialog.locator(`[data-lexical-editor][aria-label="${labels.editor}"]`), text);
    await dialog.locator(`div[role="button"][aria-label="${labels.post}"]`).click();
    expect(await h.published(page)).toMatchObject([{ surface: 'group', route: '/groups/1234567890', text }]);
  });

  const pageCases = [
    {
      lang: 'en',
      trigger: "What's on your mind?",
      dialog: 'Create post',
      editor: "What's on your mind?",
      next: 'Next',
      settings: 'Post settings',
      post: 'Post',
    },
    {
      lang: 'fr',
      trigger: 'Exprimez-vous...',
      dialog: 'Créer une publication',
      editor: 'Exprimez-vous',
      next: 'Suivant',
      settings: 'Paramètres de la publication',
      post: 'Publier',
    },
  ];

  it.each(pageCases)('a Page posts in two steps ($lang): $next, then $post in "$settings"', async (labels) => {
    const page = await open(`https://www.facebook.com/whypostcafe?lang=${labels.lang}`);
    await page.locator('div[role="button"]', { hasText: labels.trigger }).click();
    const create = page.locator(`div[role="dialog"][aria-label="${labels.dialog}"]`);
    const next = create.locator(`div[role="button"][aria-label="${labels.next}"]`);
    expect(await next.getAttribute('aria-disabled')).toBe('true');
    const text = labels.lang === 'fr' ? FR_TEXT : EN_TEXT;
    await h.typeInto(create.locator(`[data-lexical-editor][aria-label="${labels.editor}"]`), text);
    await next.click();

    expect(await h.published(page)).toEqual([]);
    const settings = page.locator(`div[role="dialog"][aria-label="${labels.settings}"]`);
    await settings.waitFor();
    expect(await create.isVisible()).toBe(false);
    await settings.locator(`div[role="button"][aria-label="${labels.post}"]`).click();
    expect(await h.published(page)).toMatchObject([{ surface: 'page', route: '/whypostcafe', text }]);
    expect(await page.locator('[role="dialog"]').count()).toBe(0);
  });

  it('a Messenger-like chat box exists for the extension to ignore', async () => {
    const page = await open('https://www.facebook.com/');
    const chat = page.locator(
      '[data-lexical-editor="true"][role="textbox"][aria-label="Message"][aria-placeholder="Aa"]',
    );
    await h.typeInto(chat, 'Private hi');
    await page.keyboard.press('Enter');
    expect(await h.published(page)).toMatchObject([{ surface: 'messenger', text: 'Private hi' }]);
    expect(await h.editorText(page, '[aria-label="Message"]')).toBe('');
  });
});

describe('Business Suite fixture (business.facebook.com, Draft.js)', () => {
  it('/latest/composer: a combobox with a nested contenteditable, and Publish', async () => {
    const page = await open('https://business.facebook.com/latest/composer/?asset_id=1&business_id=2');
    const combobox = page.locator(
      'div[role="combobox"][aria-label="Write into the dialogue box to include text with your post."]',
    );
    const editable = combobox.locator('[contenteditable="true"]');
    await editable.waitFor();
    expect(await editable.evaluate((el) => el.parentElement?.parentElement?.parentElement?.getAttribute('role'))).toBe(
      'combobox',
    );
    const publish = page.locator('div[role="button"]', { hasText: 'Publish' });
    expect(await publish.getAttribute('aria-disabled')).toBe('true');
    await h.typeInto(editable, EN_TEXT);
    await publish.click();
    expect(await h.published(page)).toMatchObject([{ site: 'business', route: '/latest/composer/', text: EN_TEXT }]);
    expect(await h.editorText(page, 'div[role="combobox"]')).toBe('');

    await page.goto('https://business.facebook.com/latest/composer?lang=fr');
    await page.locator('div[role="button"]', { hasText: 'Publier' }).waitFor();
  });
});

describe('network', () => {
  it('no request left for the internet, and one that tries is blocked and recorded', async () => {
    expect(h.blockedRequests()).toEqual([]);
    const page = await open('https://x.com/home');
    const result = await page.evaluate(() =>
      fetch('https://example.com/collect').then(
        () => 'sent',
        () => 'failed',
      ),
    );
    expect(result).toBe('failed');
    expect(h.blockedRequests()).toMatchObject([
      { url: 'https://example.com/collect', method: 'GET', fromServiceWorker: false },
    ]);
  });
});

describe.skipIf(!existsSync(join(EXTENSION_DIR, 'manifest.json')))('harness with the built extension', () => {
  it('finds the extension, records its worker’s requests, and stops the worker', async () => {
    const withExtension = await launch({ extension: true });
    try {
      expect(withExtension.extensionId).toMatch(/^[a-p]{32}$/);
      const worker = await withExtension.serviceWorker();
      const result = await worker.evaluate(() =>
        fetch('https://example.com/beacon').then(
          () => 'sent',
          () => 'failed',
        ),
      );
      expect(result).toBe('failed');
      expect(withExtension.blockedRequests()).toContainEqual(
        expect.objectContaining({ url: 'https://example.com/beacon', fromServiceWorker: true }),
      );
      const failure = await withExtension.stopServiceWorker().then(
        () => null,
        (error: Error) => error,
      );
      if (failure === null) {
        expect(await withExtension.serviceWorkerStatus()).toBe('stopped');
      } else {
        // A build whose worker fails to register: the harness says why instead of timing out.
        const [firstError] = withExtension.serviceWorkerErrors();
        expect(firstError).toBeDefined();
        expect(failure.message).toContain(firstError);
      }
    } finally {
      await withExtension.close();
    }
  });
});
