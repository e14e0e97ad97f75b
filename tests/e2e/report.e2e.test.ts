// The coaching report (issue 13) in Chromium with the built extension: drafts
// typed in the X and Facebook fixture composers and published, published anyway
// with a reason, abandoned, or revised then published, show up in report.html
// with the right counts for the right brand and period; the charts render with
// their tables; the CSV matches the figures; axe finds no serious or critical
// violation in French or English. Then the time the page takes to show its
// figures over 10,000 recorded drafts (printed, and kept in test-results).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { badgeIn, confirmIn, launch, type Harness } from './harness';

declare const chrome: {
  storage: {
    local: {
      get(keys: string | null): Promise<Record<string, unknown>>;
      set(values: Record<string, unknown>): Promise<void>;
      remove(keys: string[]): Promise<void>;
      clear(): Promise<void>;
    };
  };
};

let h: Harness;
let sw: Worker;
let opened: Page[] = [];
const metrics: Record<string, number | number[]> = {};

beforeAll(async () => {
  h = await launch({ extension: true });
  sw = await h.serviceWorker();
});
afterEach(async () => {
  for (const page of opened) await page.close().catch(() => undefined);
  opened = [];
});
afterAll(async () => {
  await h?.close();
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/report-metrics.json', JSON.stringify(metrics, null, 2));
  console.log('report metrics', JSON.stringify(metrics));
});

async function open(url: string): Promise<Page> {
  const page = await h.context.newPage();
  opened.push(page);
  await page.goto(url);
  return page;
}

const reportUrl = (query = '') => `chrome-extension://${h.extensionId}/report.html${query}`;

async function settledBadge(page: Page, genre: string): Promise<void> {
  await expect.poll(() => badgeIn(page).first().textContent(), { timeout: 15_000 }).toContain(genre);
}

/** The count a figure shows (its hook's data-count, which its text also shows). */
async function figure(page: Page, name: string): Promise<number> {
  const el = page.locator(`[data-whypost="report-${name}"]`);
  const count = Number(await el.getAttribute('data-count'));
  expect(await el.textContent()).toContain(String(count));
  return count;
}

async function figures(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of ['checked', 'flagged', 'published-anyway', 'revised', 'abandoned', 'published']) {
    out[name] = await figure(page, name);
  }
  return out;
}

async function choose(page: Page, filter: string, value: string): Promise<void> {
  await page.locator(`[data-filter="${filter}"]`).selectOption(value);
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe in the page itself (evaluated, so the extension page's CSP does not stop it). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            c: Element,
            o: object,
          ): Promise<{ violations: { id: string; impact?: string; nodes: { html: string }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document.body, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
  });
}

const RELEASE_EN =
  'Harbor Bank is pleased to announce that Maria Lopez will join the Company as Chief Financial Officer, effective March 1.';
const RELEASE_FR =
  "Le groupe Berthier a le plaisir d'annoncer la nomination de Claire Martin au poste de directrice financière.";
const OFFER_FR = 'Réservez votre table pour le brunch de dimanche : 24 €, de 10 h à 14 h, sur https://resto.fr/brunch';
const BAIT_EN = 'Like if you agree! Tag a friend who needs coffee 👇';

const DAY = 86_400_000;

/** A recorded draft of another brand, or of long ago, written straight into storage. */
function seeded(id: string, at: number, brandId: string, decision: string) {
  return {
    id,
    at,
    text: `Seeded ${id}`,
    platform: 'x',
    surface: 'x-home',
    brandId,
    brand: brandId === 'nord' ? 'Nord Vélo' : 'Default',
    lang: 'en',
    genre: decision === 'published' ? 'purposeful' : 'no-objective',
    verdict: decision === 'published' ? 'ready' : 'posting-for-posting-sake',
    findings: [],
    decision,
  };
}

describe('the report counts what happened in the composers', () => {
  it('published, published anyway with a reason, abandoned, revised then published: X and Facebook', async () => {
    await sw.evaluate(async () => chrome.storage.local.clear());

    // X: a release, Post, "Publish anyway" because the client approved it.
    const x = await open('https://x.com/home');
    await h.typeInto(x.getByTestId('tweetTextarea_0'), RELEASE_EN);
    await settledBadge(x, 'Press release');
    await x.getByTestId('tweetButtonInline').click();
    await confirmIn(x).waitFor();
    await x.locator('whypost-check select').selectOption('client-approved');
    await x.locator('whypost-check [data-whypost="publish-anyway"]').click();
    await expect.poll(() => h.published(x)).toMatchObject([{ text: RELEASE_EN }]);

    // X again: bait, Post, "Keep editing", and the tab is closed: abandoned.
    const x2 = await open('https://x.com/home');
    await h.typeInto(x2.getByTestId('tweetTextarea_0'), BAIT_EN);
    await settledBadge(x2, 'Engagement bait');
    await x2.getByTestId('tweetButtonInline').click();
    await confirmIn(x2).waitFor();
    await x2.locator('whypost-check [data-whypost="keep-editing"]').click();
    expect(await h.published(x2)).toEqual([]);

    // Facebook: a release, « Publier », « Continuer à écrire »; the draft is rewritten as an offer and published.
    const fb = await open('https://www.facebook.com/?lang=fr');
    await fb.locator('div[role="region"][aria-label="Créer une publication"] div[role="button"]').first().click();
    const dialog = fb.locator('div[role="dialog"][aria-label="Créer une publication"]');
    const editor = dialog.locator('[data-lexical-editor="true"]');
    await h.typeInto(editor, RELEASE_FR);
    await settledBadge(fb, 'Press release');
    await dialog.locator('div[role="button"][aria-label="Publier"]').click();
    await confirmIn(fb).waitFor();
    await fb.locator('whypost-check [data-whypost="keep-editing"]').click();
    await editor.press('Control+A');
    await editor.press('Backspace');
    await h.typeInto(editor, OFFER_FR);
    await settledBadge(fb, 'Ready');
    await dialog.locator('div[role="button"][aria-label="Publier"]').click();
    await expect.poll(() => h.published(fb)).toMatchObject([{ text: OFFER_FR }]);

    // Another brand's drafts and a draft of four months ago must not count for this brand and month.
    await expect
      .poll(async () => ((await sw.evaluate(() => chrome.storage.local.get('drafts'))).drafts as unknown[]).length)
      .toBe(4);
    const now = Date.now();
    // The worker recorded the four drafts with their summaries; these three are written as drafts recorded
    // before the index existed, which the report then builds from the full records (utils/draft-store.ts).
    const recorded = await sw.evaluate(async () => {
      const { draftIndex } = await chrome.storage.local.get('draftIndex');
      return (JSON.parse(draftIndex as string) as { rows: unknown[][] }).rows.map((r) => [r[6], r[7], r[11] !== '']);
    });
    // Held (1) or not, the decision, and whether it names the version it revised: the Facebook release
    // was revised, and its new version says so.
    expect(recorded).toEqual([
      [1, 'published-anyway', false],
      [1, 'abandoned', false],
      [1, 'revised', false],
      [0, 'published', true],
    ]);
    await sw.evaluate(
      async (extra) => {
        const { drafts } = await chrome.storage.local.get('drafts');
        // History set to keep a year, so that the draft of four months ago stays.
        await chrome.storage.local.set({
          drafts: [...(extra as unknown[]), ...(drafts as unknown[])],
          settings: { uiLang: 'auto', history: { enabled: true, maxDrafts: 1000, maxDays: 365 } },
        });
        await chrome.storage.local.remove(['draftIndex', 'draftIndex$']);
      },
      [
        seeded('n1', now - DAY, 'nord', 'abandoned'),
        seeded('n2', now - 2 * DAY, 'nord', 'published'),
        seeded('old', now - 120 * DAY, 'default', 'published-anyway'),
      ],
    );

    const report = await open(reportUrl());
    await report.locator('[data-whypost="report"]').waitFor();
    await expect.poll(() => figure(report, 'checked')).toBe(6);
    await choose(report, 'brand', 'default');
    // Four presses of Post: the release published anyway, the bait abandoned, the Facebook release
    // revised, and its new version published.
    expect(await figures(report)).toEqual({
      checked: 4,
      flagged: 3,
      'published-anyway': 1,
      revised: 1,
      abandoned: 1,
      published: 1,
    });
    expect(await report.locator('[data-whypost="report-coaching"]').textContent()).toContain(
      '1 of 3 flagged drafts were revised; 1 of them then went out without being stopped.',
    );
    expect(await report.locator('[data-whypost="report-reasons"] q').allTextContents()).toEqual([
      'Approved by the client',
    ]);
    // Genres of the flagged: two press releases, one bait.
    expect(await report.locator('[data-whypost="report-genres"] tbody th').allTextContents()).toEqual([
      'Press release',
      'Engagement bait',
    ]);
    // Three charts drawn by uPlot, each with its table.
    await expect.poll(() => report.locator('[data-whypost="report-chart"] canvas').count()).toBe(3);
    expect(await report.locator('table[data-whypost="report-weeks"] tbody tr').count()).toBeGreaterThan(0);
    expect(await report.locator('[data-whypost="report-genres"] table tbody tr').count()).toBe(2);
    expect(await report.locator('[data-whypost="report-missing"] table tbody tr').count()).toBeGreaterThan(0);

    // The other brand, and X alone, and the old draft in a period of its own.
    await choose(report, 'brand', 'nord');
    expect(await figures(report)).toMatchObject({ checked: 2, flagged: 1, abandoned: 1 });
    await choose(report, 'brand', 'default');
    await choose(report, 'platform', 'x');
    expect(await figures(report)).toMatchObject({ checked: 2, 'published-anyway': 1, abandoned: 1 });
    await choose(report, 'platform', '');
    await choose(report, 'period', '7');
    expect(await figure(report, 'checked')).toBe(4);
    await choose(report, 'period', 'dates');
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    await report.locator('[data-filter="from"]').fill(day(now - 121 * DAY));
    await report.locator('[data-filter="to"]').fill(day(now - 119 * DAY));
    await expect.poll(() => figure(report, 'checked')).toBe(1);
    expect(await figure(report, 'published-anyway')).toBe(1);

    // The CSV holds the figures the page shows.
    await choose(report, 'period', '30');
    const [download] = await Promise.all([
      report.waitForEvent('download'),
      report.locator('[data-whypost="report-export-csv"]').click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
    expect(csv).toContain('checked,,Drafts checked,4,100.0,4');
    expect(csv).toContain('flagged,,Drafts flagged,3,75.0,4');
    expect(csv).toContain('decision,published-anyway,Decision: Published anyway,1,25.0,4');
    expect(csv).toContain('decision,abandoned,Decision: Abandoned,1,25.0,4');
    expect(csv).toContain('decision,revised,Decision: Revised,1,25.0,4');
    expect(csv).toContain('revised-passed,,"Revised, then published without being stopped",1,100.0,1');
    expect(csv).toContain('report,brand-name,Default,,,');

    // axe, in English and in French (the language chosen on the page itself).
    expect(await seriousViolations(report)).toEqual([]);
    await report.locator('[data-whypost="ui-lang"]').selectOption('fr');
    await expect.poll(() => report.locator('h1').textContent()).toBe('Whypost · Rapport de coaching');
    expect(await report.locator('[data-whypost="report-flagged"]').textContent()).toContain('Signalés');
    expect(await seriousViolations(report)).toEqual([]);
    expect(h.pageErrors()).toEqual([]);
  });

  it('the popup’s review queue and the options page open the report', async () => {
    await sw.evaluate(
      async (d) => {
        await chrome.storage.local.clear();
        await chrome.storage.local.set({ drafts: d, drafts$: { v: 3 } });
      },
      [seeded('a', Date.now() - DAY, 'nord', 'abandoned')],
    );
    const popup = await open(`chrome-extension://${h.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: /Review queue|File de relecture/ }).click();
    const [fromPopup] = await Promise.all([
      h.context.waitForEvent('page'),
      popup.locator('[data-whypost="open-report"]').click(),
    ]);
    opened.push(fromPopup);
    await fromPopup.locator('[data-whypost="report-checked"]').waitFor();
    expect(fromPopup.url()).toBe(reportUrl());
    const options = await open(`chrome-extension://${h.extensionId}/options.html`);
    const [fromOptions] = await Promise.all([
      h.context.waitForEvent('page'),
      options.locator('[data-whypost="open-report"]').click(),
    ]);
    opened.push(fromOptions);
    await expect
      .poll(() => fromOptions.locator('[data-whypost="report-checked"]').getAttribute('data-count'))
      .toBe('1');
  });
});

describe('speed', () => {
  // 1,000 is what history keeps by default, 10,000 the most it can be set to keep.
  it.each([1_000, 10_000])('opens on %i recorded drafts and shows its figures', async (N) => {
    // Seeded as full records (lean ones: short text, one finding, the brief's statuses only), as drafts
    // recorded before the index was; the extension keeps them within its budget (tests/draft-store.test.ts
    // records 10,000 heavy ones under the quota).
    const bytes = await sw.evaluate(async (n) => {
      const elements = ['objective', 'audience', 'value', 'call-to-action', 'measurement', 'brand-fit'];
      const genres = ['press-release', 'anecdote', 'no-objective', 'engagement-bait', 'purposeful'];
      const decisions = ['published', 'published', 'published-anyway', 'revised', 'abandoned'];
      const reasons = ['client-approved', 'time-sensitive', 'false-alarm', 'other'];
      const rules = ['engagement-bait', 'missing-call-to-action', 'untracked-link', 'buzzwords', 'self-centred'];
      const now = Date.now();
      const drafts = [];
      for (let i = 0; i < n; i++) {
        const decision = decisions[i % decisions.length]!;
        const brief: Record<string, unknown> = {};
        for (const [j, e] of elements.entries()) {
          brief[e] = { status: (i + j) % 3 === 0 ? 'missing' : (i + j) % 3 === 1 ? 'weak' : 'present', evidence: [] };
        }
        drafts.push({
          id: `seed-${i}`,
          // Spread over the last 85 days (history keeps 90 by default).
          at: now - Math.floor((i / n) * 85 * 86_400_000),
          text: `Draft ${i}: Réservez votre table pour le brunch de dimanche, 24 €, sur https://resto.fr/brunch`,
          platform: i % 2 ? 'x' : 'facebook',
          surface: i % 2 ? 'x-home' : 'feed',
          brandId: `brand-${i % 5}`,
          brand: `Brand ${i % 5}`,
          lang: 'fr',
          genre: genres[i % genres.length],
          verdict: decision === 'published' ? 'ready' : 'posting-for-posting-sake',
          score: i % 100,
          findings: [
            {
              rule: rules[i % rules.length],
              category: 'call-to-action',
              severity: 'warning',
              message: '',
              suggestion: '',
            },
          ],
          brief,
          decision,
          ...(decision === 'published-anyway' ? { reason: reasons[i % reasons.length] } : {}),
        });
      }
      await chrome.storage.local.clear();
      // History set to keep them all (10,000 is the most it keeps).
      await chrome.storage.local.set({
        drafts,
        drafts$: { v: 3 },
        settings: { uiLang: 'auto', history: { enabled: true, maxDrafts: 10_000, maxDays: 90 } },
      });
      return JSON.stringify(drafts).length;
    }, N);
    metrics[`report${N}SeededBytes`] = bytes;

    // The first opening builds the index from the full records (once, after the update that brings it) and
    // keeps the full records within their budget; the report reads the index alone from then on.
    const first = await open(reportUrl('?days=90'));
    await first.locator(`[data-whypost="report-checked"][data-count="${N}"]`).waitFor({ timeout: 60_000 });
    metrics[`reportFirstOpen${N}Ms`] = Math.round(
      await first.evaluate(() => performance.getEntriesByName('whypost-report-figures')[0]?.startTime ?? -1),
    );
    await first.close();
    const stored = await sw.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      return {
        index: JSON.stringify(all.draftIndex).length,
        full: (all.drafts as unknown[]).length,
        total: Object.entries(all).reduce((sum, [k, v]) => sum + k.length + JSON.stringify(v).length, 0),
      };
    });
    metrics[`report${N}IndexBytes`] = stored.index;
    metrics[`report${N}FullRecords`] = stored.full;
    metrics[`report${N}StoredBytes`] = stored.total;
    expect(stored.total).toBeLessThan(10_485_760);

    // Milliseconds from navigation to the figures on the page, and the part of it spent after storage answered.
    const times: number[] = [];
    const afterRead: number[] = [];
    for (let run = 0; run < 3; run++) {
      const page = await open(reportUrl('?days=90'));
      await page.locator(`[data-whypost="report-checked"][data-count="${N}"]`).waitFor({ timeout: 30_000 });
      const [read, shown] = await page.evaluate(() =>
        ['whypost-report-read', 'whypost-report-figures'].map(
          (name) => performance.getEntriesByName(name)[0]?.startTime ?? -1,
        ),
      );
      times.push(Math.round(shown!));
      afterRead.push(Math.round(shown! - read!));
      await page.close();
    }
    metrics[`reportOpen${N}Ms`] = times;
    metrics[`reportCompute${N}Ms`] = afterRead;
    console.log(
      `report.html on ${N} drafts (index ${(stored.index / 1e6).toFixed(2)} MB, ${stored.full} full records, ${(stored.total / 1e6).toFixed(1)} MB stored; first opening, which builds the index, ${String(metrics[`reportFirstOpen${N}Ms`])} ms): figures shown ${times.join(' / ')} ms after navigation (3 runs), of which ${afterRead.join(' / ')} ms after storage answered`,
    );
    expect(Math.min(...times)).toBeGreaterThan(0);
  });
});
