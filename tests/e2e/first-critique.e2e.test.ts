// How long the first critique takes when the extension's worker has to start (issue 11): after a
// pause (Chromium stops an idle service worker after 30 s) and on a browser just started, end to end
// in the X composer of the fixture pages. The figures are printed and written to
// test-results/first-critique.json; the targets are asserted loosely (see `LOOSENESS`).
//
// Every figure is read in the page, with the page's own clock: from the user's input (the last
// keydown, or the paste event) to the first DOM change after which the badge no longer says
// "Analysing…". The badge appears, saying "Analysing…", when the 250 ms debounce fires, and changes
// when the worker's answer arrives; so every figure includes the debounce.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BADGE } from '../../analyzers/messages';
import { launch, type Harness, type WorkerRunningStatus } from './harness';

/** The pause after the last keystroke before a critique is asked for (DEBOUNCE_MS, runtime/session.tsx). */
const DEBOUNCE_MS = 250;

/**
 * Issue 11's targets. The pasted draft's is measured as the issue's baseline (842–846 ms) was, by the
 * earlier check in extension.e2e.test.ts: from the paste, less the debounce. The just-started one is
 * from the last keystroke, debounce included, as the issue says.
 */
const TARGET_MS = { afterStopPasted: 400, justStartedTyped: 750 } as const;

/**
 * The test fails only past LOOSENESS × the target: the machine that runs the suite may be loaded
 * (2 cores, builds running beside it), and a worker's cold start is what slows most under load, so
 * an exact bound would fail at random. The printed PASS / FAIL compares with the real target.
 */
const LOOSENESS = 2;

// Short posts, typed fast (Playwright's keys, a few ms apart): the worker gets little time to load
// while they are typed, the hard case, and the file stays quick.
const DRAFTS = {
  en: 'Harbor Bank is pleased to announce Maria Lopez as its new Chief Financial Officer.',
  fr: "Le groupe Berthier a le plaisir d'annoncer la nomination de Claire Martin.",
} as const;
type Lang = keyof typeof DRAFTS;

/** One fresh browser per entry: the first critique of a browser just started, three per language. */
const LAUNCHES: Lang[] = ['en', 'fr', 'en', 'fr', 'en', 'fr'];

type Scenario = 'justStartedTyped' | 'afterStopPasted' | 'afterStopTyped';

interface Run {
  scenario: Scenario;
  lang: Lang;
  launch: number;
  /** Input (last keydown, or the paste) → badge no longer "Analysing…", debounce included. */
  ms: number;
  /** Input → the "Analysing…" badge appeared: the debounce as it fired. */
  analysingShownMs: number;
  /** When the worker that answered started, relative to the input (negative: before it). */
  workerStartMs: number;
  /** Browser launch → input. */
  sinceLaunchMs: number;
  /** Stop asked → worker started again (stopped-worker runs only). */
  workerStartSinceStopMs?: number;
  /** The composer got focus → the worker that answered started (positive: woken by the focus). */
  workerStartAfterFocusMs: number;
  /**
   * Worker started → its script had run (Chromium reports it `running`: the analyzer is imported),
   * as the CDP event reached the test: a few ms late, a diagnostic only.
   */
  workerScriptMs: number | null;
  /** The extension worker's state just before the composer got focus. */
  statusBeforeFocus: WorkerRunningStatus;
  badge: string;
  badgeLang: string;
  verdict: string;
}

interface Probe {
  keys: number[];
  pastes: number[];
  focusAt: number | null;
  shownAt: number | null;
  settledAt: number | null;
  summary: string;
  badgeLang: string;
  verdict: string;
  timeOrigin: number;
}

const runs: Run[] = [];
const problems: string[] = [];
/** How long each launch spent where (ms): this file's share of the suite's time. */
const timings: Record<string, number>[] = [];
/** Runs done again, and why. */
const redone: string[] = [];

/**
 * Records, in the page's main world, the user's input events and the moment the badge (in its open
 * shadow root, outside the editor) stops saying "Analysing…". A MutationObserver reports within the
 * task that changed the badge, before the next paint.
 */
async function instrument(page: Page): Promise<void> {
  const analysing = [BADGE.en.analysing, BADGE.fr.analysing];
  // No named inner functions: the test runner's transform would wrap them in a helper the page lacks.
  await page.evaluate((analysingTexts) => {
    const probe: Probe = {
      keys: [],
      pastes: [],
      focusAt: null,
      shownAt: null,
      settledAt: null,
      summary: '',
      badgeLang: '',
      verdict: '',
      timeOrigin: performance.timeOrigin,
    };
    (window as unknown as { __firstCritique: Probe }).__firstCritique = probe;
    document.addEventListener('keydown', () => probe.keys.push(performance.now()), true);
    document.addEventListener('paste', () => probe.pastes.push(performance.now()), true);
    document.addEventListener('focusin', () => (probe.focusAt ??= performance.now()), true);
    const watched = new WeakSet<ShadowRoot>();
    const observer = new MutationObserver(() => {
      if (probe.settledAt !== null) return;
      const now = performance.now();
      for (const host of document.querySelectorAll('whypost-badge')) {
        const root = host.shadowRoot;
        if (!root) continue;
        if (!watched.has(root)) {
          watched.add(root);
          observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
        }
        const badge = root.querySelector('[data-whypost="badge"]');
        const summary = badge?.querySelector('.summary')?.textContent;
        if (!badge || summary === undefined || summary === null) continue;
        probe.shownAt ??= now;
        if (analysingTexts.includes(summary)) continue;
        probe.settledAt = now;
        probe.summary = summary;
        probe.badgeLang = badge.querySelector('.lang')?.textContent ?? '';
        probe.verdict = badge.getAttribute('data-verdict') ?? '';
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }, analysing);
}

async function settledProbe(page: Page): Promise<Probe> {
  // The content script gives up after 10 s and shows "unavailable"; wait a little longer than that.
  await page.waitForFunction(
    () => (window as unknown as { __firstCritique: Probe }).__firstCritique.settledAt !== null,
    undefined,
    { timeout: 12_000, polling: 50 },
  );
  return page.evaluate(() => (window as unknown as { __firstCritique: Probe }).__firstCritique);
}

/** When the extension worker now running started (epoch ms): a worker's time origin is its creation. */
async function workerStartedAt(h: Harness): Promise<number> {
  const worker = await h.serviceWorker();
  return Promise.race([
    worker.evaluate(() => performance.timeOrigin),
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('The extension worker did not answer.')), 5_000),
    ),
  ]);
}

/** Waits until the browser answers the extension's managed storage (its policy service has started). */
async function managedReady(h: Harness): Promise<void> {
  const worker = await h.serviceWorker();
  await Promise.race([
    worker.evaluate(() => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { managed: { get(key: string): Promise<unknown> } } };
      };
      return chrome.storage.managed.get('brands').then(
        () => undefined,
        () => undefined,
      );
    }),
    new Promise<void>((done) => setTimeout(done, 10_000)),
  ]);
}

async function measure(
  h: Harness,
  page: Page,
  scenario: Scenario,
  lang: Lang,
  launchIndex: number,
  launchedAt: number,
  statusBeforeFocus: WorkerRunningStatus,
  stopAskedAt?: number,
): Promise<Run> {
  const probe = await settledProbe(page);
  const inputs = scenario === 'afterStopPasted' ? probe.pastes : probe.keys;
  const input = inputs.at(-1);
  if (input === undefined || probe.settledAt === null || probe.shownAt === null || probe.focusAt === null) {
    throw new Error(`${scenario} ${lang}: no input or no badge recorded (${JSON.stringify(probe)})`);
  }
  const inputEpoch = probe.timeOrigin + input;
  const workerStart = await workerStartedAt(h);
  // The CDP event of a start can reach the test a little before the worker's own clock says it began.
  const running = h.serviceWorkerChanges().find((c) => c.runningStatus === 'running' && c.at >= workerStart - 50);
  return {
    scenario,
    lang,
    launch: launchIndex,
    ms: Math.round(probe.settledAt - input),
    analysingShownMs: Math.round(probe.shownAt - input),
    workerStartMs: Math.round(workerStart - inputEpoch),
    sinceLaunchMs: Math.round(inputEpoch - launchedAt),
    ...(stopAskedAt === undefined ? {} : { workerStartSinceStopMs: Math.round(workerStart - stopAskedAt) }),
    workerStartAfterFocusMs: Math.round(workerStart - (probe.timeOrigin + probe.focusAt)),
    workerScriptMs: running ? Math.round(running.at - workerStart) : null,
    statusBeforeFocus,
    badge: probe.summary,
    badgeLang: probe.badgeLang,
    verdict: probe.verdict,
  };
}

async function openComposer(h: Harness, page?: Page): Promise<Page> {
  const tab = page ?? (await h.context.newPage());
  await tab.goto('https://x.com/home');
  await tab.getByTestId('tweetTextarea_0').waitFor();
  await instrument(tab);
  return tab;
}

/** A fresh tab's composer, the worker stopped, then the draft pasted or typed: a cold start after a pause. */
async function afterStop(
  h: Harness,
  how: 'pasted' | 'typed',
  lang: Lang,
  launchIndex: number,
  launchedAt: number,
): Promise<Run> {
  const page = await openComposer(h);
  try {
    if (how === 'pasted') await page.evaluate((text) => navigator.clipboard.writeText(text), DRAFTS[lang]);
    const stopAskedAt = Date.now();
    await h.stopServiceWorker();
    // Nothing may wake it before the composer gets focus, or the cold start would be partly hidden.
    const status = await h.serviceWorkerStatus();
    const editor = page.getByTestId('tweetTextarea_0');
    if (how === 'pasted') {
      // A real paste (Ctrl+V from the clipboard), right as the composer gets focus and wakes the worker.
      await editor.click();
      await page.keyboard.press('ControlOrMeta+V');
    } else {
      await h.typeInto(editor, DRAFTS[lang]);
    }
    const scenario = how === 'pasted' ? 'afterStopPasted' : 'afterStopTyped';
    return await measure(h, page, scenario, lang, launchIndex, launchedAt, status, stopAskedAt);
  } finally {
    await page.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
};
const msOf = (scenario: Scenario, lang: Lang, less = 0) =>
  runs.filter((r) => r.scenario === scenario && r.lang === lang).map((r) => r.ms - less);
/** The worse of the two languages' medians: a target holds only if it holds for both. */
const worstMedian = (scenario: Scenario, less = 0) =>
  Math.max(...(['en', 'fr'] as const).map((lang) => median(msOf(scenario, lang, less))));

function summarise(scenario: Scenario, less = 0) {
  const perLang = Object.fromEntries(
    (['en', 'fr'] as const).map((lang) => [
      lang,
      { medianMs: median(msOf(scenario, lang, less)), runsMs: msOf(scenario, lang, less) },
    ]),
  );
  return { ...perLang, worstMedianMs: worstMedian(scenario, less) };
}

function report(elapsedMs: number): void {
  const n = (ms: number) => ms.toLocaleString('en-US');
  const line = (scenario: Scenario, less = 0) =>
    (['en', 'fr'] as const)
      .map(
        (lang) =>
          `${lang.toUpperCase()} ${n(median(msOf(scenario, lang, less)))} ms (${msOf(scenario, lang, less).map(n).join(' / ')})`,
      )
      .join(', ');
  const against = (worst: number, target: number) => `target ≤ ${n(target)} ms: ${worst <= target ? 'PASS' : 'FAIL'}`;
  // Where the time goes, both languages together, on the input's clock: a diagnostic for whoever makes it faster.
  const split = (scenario: Scenario) => {
    const of = runs.filter((r) => r.scenario === scenario);
    const at = (f: (r: Run) => number | null) => {
      const values = of.map(f).filter((v): v is number => v !== null);
      if (!values.length) return '?';
      const ms = median(values);
      return `${ms < 0 ? '−' : '+'}${n(Math.abs(ms))} ms`;
    };
    return (
      `  from the input (medians): focus ${at((r) => r.workerStartMs - r.workerStartAfterFocusMs)}, ` +
      `worker started ${at((r) => r.workerStartMs)}, its script run (analyzer imported) ` +
      `${at((r) => (r.workerScriptMs === null ? null : r.workerStartMs + r.workerScriptMs))}, ` +
      `"Analysing…" shown ${at((r) => r.analysingShownMs)}, badge settled ${at((r) => r.ms)}`
    );
  };
  const pasted = worstMedian('afterStopPasted', DEBOUNCE_MS);
  const started = worstMedian('justStartedTyped');
  const load = loadavg().map((l) => l.toFixed(2));
  const text = [
    '',
    `── first critique (issue 11) · load ${load.join(' ')} on ${availableParallelism()} cores · ${n(elapsedMs)} ms ──`,
    `first critique after a stopped worker, pasted as the composer gets focus (paste → badge, less the ${DEBOUNCE_MS} ms debounce; median of 3):`,
    `  ${line('afterStopPasted', DEBOUNCE_MS)} — ${against(pasted, TARGET_MS.afterStopPasted)}`,
    `  from the paste, debounce included: ${line('afterStopPasted')}`,
    split('afterStopPasted'),
    `first critique after a stopped worker, typed (last keystroke → badge, debounce included; median of 3):`,
    `  ${line('afterStopTyped')} — no target of its own`,
    split('afterStopTyped'),
    `first critique on a browser just started, typed (last keystroke → badge, debounce included; median of 3 fresh launches):`,
    `  ${line('justStartedTyped')} — ${against(started, TARGET_MS.justStartedTyped)}`,
    split('justStartedTyped'),
    ...(redone.length ? [`done again: ${redone.join('; ')}`] : []),
    '',
  ].join('\n');
  console.log(text);
  mkdirSync('test-results', { recursive: true });
  writeFileSync(
    'test-results/first-critique.json',
    `${JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        loadAverage: loadavg(),
        cores: availableParallelism(),
        elapsedMs,
        debounceMs: DEBOUNCE_MS,
        targetsMs: TARGET_MS,
        afterStopPasted: {
          lessDebounce: summarise('afterStopPasted', DEBOUNCE_MS),
          fromPaste: summarise('afterStopPasted'),
          targetMs: TARGET_MS.afterStopPasted,
          pass: pasted <= TARGET_MS.afterStopPasted,
        },
        afterStopTyped: { fromLastKeystroke: summarise('afterStopTyped') },
        justStartedTyped: {
          fromLastKeystroke: summarise('justStartedTyped'),
          targetMs: TARGET_MS.justStartedTyped,
          pass: started <= TARGET_MS.justStartedTyped,
        },
        runs,
        timings,
        redone,
        problems,
      },
      null,
      2,
    )}\n`,
  );
}

/**
 * A typed run counts only if the debounce first fired after the last keystroke, so that the first
 * request was for the whole draft. On a loaded machine the keys can come more than 250 ms apart: a
 * critique of half the draft then arrives while typing, and the figure would hide the cold start.
 * Such a run is done again (a fresh tab, or a fresh launch for the first critique of a browser).
 */
const TRIES = 3;
const wholeDraft = (run: Run) => run.analysingShownMs > 0;

beforeAll(async () => {
  const began = Date.now();
  // One launch gives three figures: the first critique of the browser just started, then two cold
  // starts after a stop, each in a fresh tab. Launches are not run side by side: they would slow each other.
  for (const [index, lang] of LAUNCHES.entries()) {
    for (let launchTry = 1; ; launchTry++) {
      const launchedAt = Date.now();
      const phases: Record<string, number> = {};
      let last = launchedAt;
      const lap = (name: string) => {
        const now = Date.now();
        phases[name] = now - last;
        last = now;
      };
      const h = await launch({ extension: true });
      lap('launch');
      try {
        await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://x.com' });
        const page = await openComposer(h, h.page);
        const status = await h.serviceWorkerStatus();
        await h.typeInto(page.getByTestId('tweetTextarea_0'), DRAFTS[lang]);
        lap('justStartedTyping');
        const first = await measure(h, page, 'justStartedTyped', lang, index, launchedAt, status);
        lap('justStartedWait');
        if (!wholeDraft(first) && launchTry < TRIES) {
          redone.push(`launch ${index}: typing paused past the debounce, launched again`);
          continue;
        }
        runs.push(first);
        // Chromium answers managed storage only a few seconds after it starts; a worker stopped after
        // 30 s idle wakes in a browser past that. Without this wait, the stops below would measure
        // the browser's start-up a second time.
        lap('justStartedSettle');
        await managedReady(h);
        lap('managedReady');
        runs.push(await afterStop(h, 'pasted', lang, index, launchedAt));
        lap('pasted');
        for (let tabTry = 1; ; tabTry++) {
          const typed = await afterStop(h, 'typed', lang, index, launchedAt);
          if (wholeDraft(typed) || tabTry === TRIES) {
            runs.push(typed);
            break;
          }
          redone.push(`launch ${index}: typing after a stop paused past the debounce, typed again`);
        }
        lap('typed');
        const left = h.blockedRequests().map((r) => r.url);
        const errors = [...h.pageErrors(), ...h.serviceWorkerErrors()];
        if (left.length) problems.push(`launch ${index}: requests left the machine: ${left.join(', ')}`);
        if (errors.length) problems.push(`launch ${index}: errors: ${errors.join(' | ')}`);
        break;
      } finally {
        await h.close();
        lap('close');
        timings.push(phases);
      }
    }
  }
  report(Date.now() - began);
}, 150_000);

describe('first critique when the worker has to start (issue 11)', () => {
  it('each figure is a critique of the draft, in its language', () => {
    expect(runs).toHaveLength(LAUNCHES.length * 3);
    for (const run of runs) {
      const where = `${run.scenario} ${run.lang} (launch ${run.launch}): "${run.badge}"`;
      expect([BADGE.en.unavailable, BADGE.fr.unavailable], where).not.toContain(run.badge);
      expect(run.badgeLang, where).toBe(BADGE.en.language(run.lang));
      expect(wholeDraft(run), `${where}: the first critique asked was for the whole draft`).toBe(true);
    }
  });

  it('after a stop, the critique came from a worker started anew, woken by the composer', () => {
    for (const run of runs.filter((r) => r.scenario !== 'justStartedTyped')) {
      const where = `${run.scenario} ${run.lang} (launch ${run.launch})`;
      expect(run.statusBeforeFocus, where).toBe('stopped');
      // Its time origin is after the stop was asked, so it loaded the analyzer again: a cold start;
      // and it is not before the focus (the page's and the worker's clocks agree within a few ms).
      expect(run.workerStartSinceStopMs, where).toBeGreaterThan(0);
      expect(run.workerStartAfterFocusMs, where).toBeGreaterThanOrEqual(-20);
    }
  });

  it('on a browser just started, the worker that answered is the one the browser started', () => {
    for (const run of runs.filter((r) => r.scenario === 'justStartedTyped')) {
      expect(run.workerStartAfterFocusMs, `${run.lang} (launch ${run.launch})`).toBeLessThan(0);
    }
  });

  it(`pasted after a stopped worker: within ${LOOSENESS} × ${TARGET_MS.afterStopPasted} ms, less the debounce`, () => {
    expect(worstMedian('afterStopPasted', DEBOUNCE_MS)).toBeLessThanOrEqual(LOOSENESS * TARGET_MS.afterStopPasted);
  });

  it(`typed on a browser just started: within ${LOOSENESS} × ${TARGET_MS.justStartedTyped} ms of the last keystroke`, () => {
    expect(worstMedian('justStartedTyped')).toBeLessThanOrEqual(LOOSENESS * TARGET_MS.justStartedTyped);
  });

  it('no request left the machine, and no page or worker error', () => {
    expect(problems).toEqual([]);
  });
});
