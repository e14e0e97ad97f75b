// Linked pages in Chromium, with the e2e build: a link to a site the user has
// not allowed stays unchecked and is never requested; a link to the allowed
// stand-in site (E2E_LINK_HOST) is read in the extension (fetch in the worker,
// Readability in the offscreen document), without cookies, once per address;
// slow, huge and non-HTML pages end in a clear state and never block a post.
import type { Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { badgeIn, E2E_LINK_HOST, launch, type Harness } from './harness';
import { RELEASE_FR_HTML as RELEASE_PAGE } from '../helpers/linked-pages';

let h: Harness;
let opened: Page[] = [];
/** The routes a test added (the harness's own routes answer the fixture sites and stay). */
let routes: string[] = [];

beforeAll(async () => {
  h = await launch({ extension: true, locale: 'fr-FR' });
  await h.serviceWorker();
});
afterEach(async () => {
  for (const page of opened) await page.close().catch(() => undefined);
  opened = [];
  for (const pattern of routes) await h.context.unroute(pattern).catch(() => undefined);
  routes = [];
});
afterAll(async () => {
  await h?.close();
});

async function open(url: string): Promise<Page> {
  const page = await h.context.newPage();
  opened.push(page);
  await page.goto(url);
  return page;
}

const cardIn = (page: Page) => page.locator('whypost-badge [data-whypost="card"]');
const sourceIn = (page: Page) => cardIn(page).locator('[data-whypost="sources"] li');

const RELEASE_URL = `https://${E2E_LINK_HOST}/communiques/atelier-lyon`;
// The headline and the first sentence of the release, pasted with its link.
const DUMP_DRAFT = `Maison Lumen ouvre son atelier de Lyon. Maison Lumen, fabricant français de luminaires en verre soufflé, annonce l’ouverture de son nouvel atelier à Lyon. ${RELEASE_URL}`;

/** Answers `pattern` with `respond`, recording every request it gets. */
async function serve(
  pattern: string,
  respond: (request: Request) => Promise<{ status?: number; contentType: string; body: string | Buffer }>,
): Promise<Request[]> {
  const seen: Request[] = [];
  routes.push(pattern);
  await h.context.route(pattern, async (route) => {
    seen.push(route.request());
    const answer = await respond(route.request());
    await route
      .fulfill({ status: answer.status ?? 200, contentType: answer.contentType, body: answer.body })
      .catch(() => undefined);
  });
  return seen;
}

async function openCard(page: Page): Promise<void> {
  await expect.poll(() => badgeIn(page).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  if ((await cardIn(page).count()) === 0) await badgeIn(page).click();
  await cardIn(page).waitFor();
}

async function sourceState(page: Page): Promise<string | null> {
  if ((await cardIn(page).count()) === 0) return null;
  return sourceIn(page).first().getAttribute('data-state');
}

describe('linked pages', () => {
  it('a site not allowed: "link not checked", never requested, the access page offers both choices, Post goes out', async () => {
    const other = 'https://newsroom.autre-marque.test/communique';
    const seen = await serve('https://newsroom.autre-marque.test/**', async () => ({
      contentType: 'text/html',
      body: RELEASE_PAGE,
    }));
    const page = await open('https://x.com/home');
    const draft = `Réservez votre atelier verre soufflé samedi à Lyon : 45 €, places limitées. ${other}`;
    await h.typeInto(page.getByTestId('tweetTextarea_0'), draft);
    await openCard(page);
    await expect.poll(() => sourceState(page), { timeout: 15_000 }).toBe('not-allowed');
    const item = sourceIn(page).first();
    expect(await item.textContent()).toContain('lien non vérifié');

    // The card cannot ask the browser itself: it opens the extension's access page.
    const [access] = await Promise.all([
      h.context.waitForEvent('page', { timeout: 10_000 }),
      item.locator('[data-whypost="allow-site"]').click(),
    ]);
    opened.push(access);
    await access.waitForLoadState();
    expect(access.url()).toContain('/access.html?url=');
    await access.locator('[data-whypost="access"]').waitFor();
    expect(await access.locator('[data-whypost="allow-site"]').textContent()).toContain('newsroom.autre-marque.test');
    expect(await access.locator('[data-whypost="allow-all"]').count()).toBe(1);
    // The user says no (here: closes the page without allowing): nothing changes, nothing is fetched.
    // The button closes its own page: the click may end after the page is gone, which is no error.
    await access
      .locator('[data-whypost="not-now"]')
      .click()
      .catch((error: unknown) => {
        if (!access.isClosed()) throw error;
      });
    await expect.poll(() => access.isClosed()).toBe(true);
    await page.waitForTimeout(500);
    expect(await sourceState(page)).toBe('not-allowed');
    expect(seen).toHaveLength(0);

    await page.getByTestId('tweetButtonInline').click();
    await expect.poll(async () => (await h.published(page)).map((p) => p.text)).toContain(draft);
    expect(seen).toHaveLength(0);
  });

  it('an allowed site: the release is read once (the worker asleep or not), without cookies; the card shows its title, the copied share, and the draft is a press-release dump', async () => {
    await h.context.addCookies([{ name: 'session', value: 'secret', domain: E2E_LINK_HOST, path: '/', secure: true }]);
    const seen = await serve(`https://${E2E_LINK_HOST}/**`, async () => ({
      contentType: 'text/html; charset=utf-8',
      body: RELEASE_PAGE,
    }));
    const page = await open('https://x.com/home');
    const editor = page.getByTestId('tweetTextarea_0');
    await h.typeInto(editor, DUMP_DRAFT);
    await openCard(page);
    await expect.poll(() => sourceState(page), { timeout: 15_000 }).toBe('checked');
    const item = sourceIn(page).first();
    const text = (await item.textContent()) ?? '';
    expect(text).toContain('Maison Lumen ouvre son atelier de Lyon');
    expect(text).toContain('communiqué de presse');
    expect(text).toMatch(/\d+\s?% du texte est copié/);
    expect(await item.getAttribute('data-dump')).toBe('true');
    const finding = cardIn(page).locator('[data-rule="press-release-dump"]');
    await expect.poll(() => finding.first().textContent()).toMatch(/copié|titre/);
    await expect.poll(() => badgeIn(page).textContent()).toContain('Communiqué');

    // More typing does not fetch the page again (cached per address); no cookie ever left.
    await h.typeInto(editor, ' !');
    await page.waitForTimeout(800);
    expect(seen).toHaveLength(1);
    expect(await seen[0]!.headerValue('cookie')).toBeNull();
    // Nor after the worker went to sleep: the pages read are kept in session storage.
    await h.stopServiceWorker();
    await h.typeInto(editor, '!');
    await expect.poll(() => badgeIn(page).textContent(), { timeout: 15_000 }).toContain('Communiqué');
    await page.waitForTimeout(500);
    expect(seen).toHaveLength(1);

    // The popup shows the same page and its relation to the draft.
    await page.bringToFront();
    const sw = await h.serviceWorker();
    const tab = await sw.evaluate(async () => {
      const [t] = await (
        globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }
      ).chrome.tabs.query({ active: true });
      return t!.id!;
    });
    const popup = await open(`chrome-extension://${h.extensionId}/popup.html?tab=${tab}`);
    const popupSource = popup.locator('[data-whypost="sources"] li');
    await expect.poll(() => popupSource.first().textContent(), { timeout: 10_000 }).toContain('Maison Lumen');
    expect(await popupSource.first().getAttribute('data-dump')).toBe('true');
  });

  it('the access page grants an allowed site without a second question', async () => {
    const access = await open(
      `chrome-extension://${h.extensionId}/access.html?url=${encodeURIComponent(`https://${E2E_LINK_HOST}/x`)}`,
    );
    await access.locator('[data-whypost="allow-site"]').click();
    // Granted: the page says so, then closes itself.
    await expect
      .poll(
        async () =>
          access.isClosed() ? 'closed' : access.locator('[data-whypost="access-answer"]').getAttribute('data-granted'),
        { timeout: 5_000 },
      )
      .toMatch(/true|closed/);
  });

  it('a slow page: "could not check the link" after 3 s, and Post is not held', async () => {
    await serve(`https://${E2E_LINK_HOST}/lent/**`, async () => {
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      return { contentType: 'text/html', body: RELEASE_PAGE };
    });
    const page = await open('https://x.com/home');
    const draft = `Réservez votre visite de notre atelier de Lyon samedi, 10 h : https://${E2E_LINK_HOST}/lent/atelier`;
    await h.typeInto(page.getByTestId('tweetTextarea_0'), draft);
    await openCard(page);
    const started = Date.now();
    await expect.poll(() => sourceState(page), { timeout: 15_000 }).toBe('failed');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await sourceIn(page).first().textContent()).toContain('plus de 3 secondes');
    await page.getByTestId('tweetButtonInline').click();
    await expect.poll(async () => (await h.published(page)).map((p) => p.text)).toContain(draft);
  });

  it('a huge page is read up to 2 MB and said to be cut; a page that is not HTML is named as such', async () => {
    const padding = `<p>${'Texte de remplissage pour une très longue page. '.repeat(40)}</p>`.repeat(3_000);
    const huge = RELEASE_PAGE.replace('</article>', `${padding}</article>`);
    expect(huge.length).toBeGreaterThan(4 * 1024 * 1024);
    await serve(`https://${E2E_LINK_HOST}/enorme/**`, async () => ({ contentType: 'text/html', body: huge }));
    await serve(`https://${E2E_LINK_HOST}/dossier.pdf`, async () => ({
      contentType: 'application/pdf',
      body: Buffer.from('%PDF-1.7\n%âãÏÓ\n'),
    }));
    const page = await open('https://x.com/home');
    const draft = `-20 % sur la collection Aube jusqu’à dimanche, en boutique à Lyon : https://${E2E_LINK_HOST}/enorme/page (catalogue : https://${E2E_LINK_HOST}/dossier.pdf)`;
    await h.typeInto(page.getByTestId('tweetTextarea_0'), draft);
    await openCard(page);
    await expect
      .poll(async () => sourceIn(page).evaluateAll((items) => items.map((i) => i.getAttribute('data-state'))), {
        timeout: 15_000,
      })
      .toEqual(['checked', 'failed']);
    expect(await sourceIn(page).nth(0).textContent()).toContain('2 premiers Mo');
    expect(await sourceIn(page).nth(1).textContent()).toContain('application/pdf');
    // Nothing here blocks: Post goes out.
    await page.getByTestId('tweetButtonInline').click();
    await expect.poll(async () => (await h.published(page)).map((p) => p.text)).toContain(draft);
  });
});
