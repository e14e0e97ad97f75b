// Whypost on LinkedIn (issue 14), in Chromium with the built extension, on the LinkedIn-like page
// answered at https://www.linkedin.com/ (tests/e2e/pages/linkedin/, built with the real Quill 2):
// the same guarantees as on X and Facebook — the badge, the card, the check on Post (and on Schedule,
// not on the scheduling step), Keep editing and Publish anyway, the editor left as typed (read back
// from Quill's own model), messaging ignored, no request, and publishing that goes through when the
// check cannot answer. One browser for the whole file.
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { badgeIn, confirmIn, launch, type Harness } from './harness';

declare const chrome: {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> };
  };
};

let h: Harness;
let opened: Page[] = [];

beforeAll(async () => {
  h = await launch({ extension: true });
});
afterEach(async () => {
  for (const page of opened) await page.close().catch(() => undefined);
  opened = [];
});
afterAll(async () => {
  await h?.close();
});

const SHARE_EDITOR = '[data-test-modal-id="sharebox"] .ql-editor';
const COMMENT_EDITOR = '.comments-comment-box .ql-editor';

const RELEASE_EN =
  'Harbor Bank is pleased to announce that Maria Lopez will join the Company as Chief Financial Officer, effective March 1.';
const RELEASE_FR =
  "Le groupe Berthier a le plaisir d'annoncer la nomination de Claire Martin au poste de directrice financière.";
const OFFER_FR = 'Réservez votre table pour le brunch de dimanche : 24 €, de 10 h à 14 h, sur https://resto.fr/brunch';
const BAIT_FR = 'Likez si vous aimez le lundi ! Identifiez un ami qui a besoin de café ☕';
const BAIT_EN = 'Like if you agree! Tag a friend who needs this 👇';
// Several lines, an empty one and a hashtag: what Quill's model must hold, character for character.
const LINES_EN = `${RELEASE_EN}\n\nRead more on our site. #finance`;

async function open(url: string): Promise<Page> {
  const page = await h.context.newPage();
  opened.push(page);
  await page.goto(url);
  return page;
}

async function settledBadge(page: Page, genre?: string): Promise<string> {
  await expect
    .poll(async () => (await badgeIn(page).count()) > 0 && (await badgeIn(page).first().getAttribute('data-verdict')), {
      timeout: 15_000,
    })
    .not.toBe(false);
  if (genre) await expect.poll(() => badgeIn(page).first().textContent(), { timeout: 15_000 }).toContain(genre);
  return (await badgeIn(page).first().textContent()) ?? '';
}

/** Opens the share box from the feed and types `text` into its Quill editor. */
async function shareBoxWith(text: string, lang: 'en' | 'fr' = 'en'): Promise<{ page: Page; editor: Locator }> {
  const page = await open(`https://www.linkedin.com/feed/?lang=${lang}`);
  await page.locator('.share-box-feed-entry__trigger').click();
  const editor = page.locator(SHARE_EDITOR);
  await h.typeInto(editor, text);
  return { page, editor };
}

const primary = (page: Page) => page.locator('[data-test-modal-id="sharebox"] .share-actions__primary-action');

describe('LinkedIn share box (Quill)', () => {
  it('the badge follows the draft, the card opens by keyboard, and Quill holds exactly what was typed', async () => {
    const { page } = await shareBoxWith(LINES_EN);
    expect(await settledBadge(page, 'Press release')).toContain('EN');
    // Nothing of Whypost inside Quill's root, and Quill's own model is the typed text.
    expect(await h.editorText(page, SHARE_EDITOR)).toBe(LINES_EN);
    expect(await page.locator(`${SHARE_EDITOR} whypost-badge, ${SHARE_EDITOR} [data-whypost]`).count()).toBe(0);
    await badgeIn(page).focus();
    await page.keyboard.press('Enter');
    const card = page.locator('whypost-badge [data-whypost="card"]');
    await card.waitFor();
    expect(await card.getAttribute('role')).toBe('dialog');
    expect(await card.locator('[data-element]').count()).toBe(6);
    // The badge and the open card leave the Post button uncovered.
    const post = (await primary(page).boundingBox())!;
    for (const box of [await badgeIn(page).boundingBox(), await card.boundingBox()]) {
      const b = box!;
      const overlaps =
        b.x < post.x + post.width && b.x + b.width > post.x && b.y < post.y + post.height && b.y + b.height > post.y;
      expect(overlaps, `${JSON.stringify(b)} over the Post button ${JSON.stringify(post)}`).toBe(false);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await h.editorText(page, SHARE_EDITOR)).toBe(LINES_EN);
  });

  it('a release + Post → the check; Keep editing → nothing published, Quill intact, focus back; Publish anyway → published as typed and recorded with the identity', async () => {
    const { page } = await shareBoxWith(RELEASE_EN);
    await settledBadge(page, 'Press release');
    await primary(page).click();
    await confirmIn(page).waitFor();
    expect(await confirmIn(page).getAttribute('role')).toBe('alertdialog');
    await page.locator('whypost-check [data-whypost="keep-editing"]').click();
    expect(await confirmIn(page).count()).toBe(0);
    expect(await h.published(page)).toEqual([]);
    expect(await h.editorText(page, SHARE_EDITOR)).toBe(RELEASE_EN);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('ql-editor'))).toBe(true);

    await primary(page).click();
    await confirmIn(page).waitFor();
    await page.locator('whypost-check select').selectOption('client-approved');
    await page.locator('whypost-check [data-whypost="publish-anyway"]').click();
    await expect.poll(() => h.published(page)).toMatchObject([{ site: 'linkedin', surface: 'post', text: RELEASE_EN }]);
    const worker = await h.serviceWorker();
    const stored = (await worker.evaluate(() => chrome.storage.local.get('drafts'))) as {
      drafts?: { text: string; decision: string; platform: string; surface: string; account?: string }[];
    };
    expect(stored.drafts?.at(-1)).toMatchObject({
      text: RELEASE_EN,
      platform: 'linkedin',
      surface: 'li-post',
      account: 'Ana Martin',
      decision: 'published-anyway',
    });
  });

  it('French: a purposeful post goes out with no dialog; bait is checked at « Programmer », never at the scheduling step', async () => {
    const first = await shareBoxWith(OFFER_FR, 'fr');
    await settledBadge(first.page, 'Ready');
    await primary(first.page).click();
    await expect.poll(() => h.published(first.page)).toMatchObject([{ surface: 'post', text: OFFER_FR }]);
    expect(await confirmIn(first.page).count()).toBe(0);

    const { page } = await shareBoxWith(BAIT_FR, 'fr');
    await settledBadge(page, 'Engagement bait');
    await page.locator('.share-actions__scheduled-post-btn').click();
    await page.locator('.share-box-footer__primary-btn').click();
    expect(await confirmIn(page).count()).toBe(0);
    await expect.poll(() => primary(page).textContent()).toBe('Programmer');
    await primary(page).click();
    await confirmIn(page).waitFor();
    await page.locator('whypost-check [data-whypost="publish-anyway"]').click();
    await expect.poll(() => h.published(page)).toMatchObject([{ surface: 'scheduled', text: BAIT_FR }]);
  });
});

describe('LinkedIn comments and messaging', () => {
  it('bait in a comment is checked at Comment; Enter is a new line, not a send; Keep editing leaves it as typed', async () => {
    const page = await open('https://www.linkedin.com/feed/');
    const comment = page.locator(COMMENT_EDITOR).first();
    const text = `${BAIT_EN}\nSee you soon`;
    await h.typeInto(comment, text);
    await settledBadge(page, 'Engagement bait');
    expect(await confirmIn(page).count()).toBe(0);
    await page.locator('.comments-comment-box__submit-button--cr').click();
    await confirmIn(page).waitFor();
    await page.locator('whypost-check [data-whypost="keep-editing"]').click();
    expect(await h.published(page)).toEqual([]);
    expect(await h.editorText(page, COMMENT_EDITOR)).toBe(text);
  });

  it('the messaging box gets no badge and no check: Enter sends it', async () => {
    const page = await open('https://www.linkedin.com/feed/');
    const box = page.locator('.msg-form__contenteditable');
    await h.typeInto(box, BAIT_FR);
    await page.waitForTimeout(600);
    expect(await badgeIn(page).count()).toBe(0);
    await page.keyboard.press('Enter');
    expect(await h.published(page)).toMatchObject([{ surface: 'messaging', text: BAIT_FR }]);
    expect(await confirmIn(page).count()).toBe(0);
  });
});

describe('LinkedIn in a French interface', () => {
  it('in French: the card and the check speak French when the interface is set to French', async () => {
    const worker = await h.serviceWorker();
    const settings = (uiLang: string) => ({ uiLang, history: { enabled: true, maxDrafts: 1000, maxDays: 90 } });
    await worker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings('fr'));
    try {
      const { page } = await shareBoxWith(RELEASE_FR, 'fr');
      expect(await settledBadge(page, 'Communiqué de presse')).toContain('FR');
      await primary(page).click();
      await confirmIn(page).waitFor();
      expect(await page.locator('whypost-check [data-whypost="keep-editing"]').textContent()).toBe(
        'Continuer à écrire',
      );
      await page.locator('whypost-check [data-whypost="keep-editing"]').click();
      expect(await h.published(page)).toEqual([]);
      expect(await h.editorText(page, SHARE_EDITOR)).toBe(RELEASE_FR);
    } finally {
      await (
        await h.serviceWorker()
      ).evaluate((value) => chrome.storage.local.set({ settings: value }), settings('auto'));
    }
  });
});

describe('LinkedIn: publishing always goes through', () => {
  it('no critique within 2 s: the post goes out as typed', async () => {
    const { page } = await shareBoxWith(RELEASE_EN);
    await settledBadge(page, 'Press release');
    await page.keyboard.type(' More soon.');
    const worker = await h.serviceWorker();
    await worker.evaluate(() => {
      setTimeout(() => {
        const end = Date.now() + 3000;
        while (Date.now() < end);
      }, 0);
    });
    await primary(page).click();
    await expect.poll(() => h.published(page), { timeout: 3500 }).toMatchObject([{ text: `${RELEASE_EN} More soon.` }]);
    expect(await confirmIn(page).count()).toBe(0);
    await worker.evaluate(() => 0);
  });

  it('with the service worker stopped, Post publishes as typed', async () => {
    const { page } = await shareBoxWith(OFFER_FR, 'fr');
    await h.stopServiceWorker();
    await primary(page).click();
    await expect.poll(() => h.published(page), { timeout: 5000 }).toMatchObject([{ text: OFFER_FR }]);
  });

  it('no request left the machine, and no page error', () => {
    expect(h.blockedRequests()).toEqual([]);
    expect(h.pageErrors()).toEqual([]);
  });
});
