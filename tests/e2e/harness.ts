// Playwright harness for the end-to-end tests (issue #3): Chromium with (or
// without) the built extension, the fixture pages answered at the sites' real
// addresses, and every other request blocked and recorded, so a test can assert
// that nothing the user types leaves the machine.
//
// The caller builds the pages (global setup: buildPages()) and, with
// `extension: true`, the extension (`npm run build` → .output/chrome-mv3).

import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, CDPSession, Locator, Page, Worker } from 'playwright-core';
import { assetDir, ASSET_PREFIX, shellPath } from './pages/build';
import type { PageSite } from './pages/build';
import type { PublishedEntry } from './pages/shared/fixture';

export type { PublishedEntry } from './pages/shared/fixture';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
/**
 * The build the tests load (`wxt build --mode e2e`): the same code, given access at install to the
 * stand-in site of linked pages (E2E_LINK_HOST), since a headless browser cannot answer the prompt.
 */
export const E2E_EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3-e2e');
/** The badge and the pre-publish check the content script puts in a page (in their shadow roots). */
export const badgeIn = (page: Page) => page.locator('whypost-badge [data-whypost="badge"]');
export const confirmIn = (page: Page) => page.locator('whypost-check [data-whypost="confirm"]');
/** The site whose pages the e2e build may read without asking (see wxt.config.ts). */
export const E2E_LINK_HOST = 'presse.whypost.test';
const CHROMIUM = '/usr/bin/chromium';

/** The origins answered with fixture pages; everything else is blocked. */
export const SITE_HOSTS: Readonly<Record<string, PageSite>> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'mobile.twitter.com': 'x',
  'web.facebook.com': 'facebook',
  'www.facebook.com': 'facebook',
  'business.facebook.com': 'business',
  'www.linkedin.com': 'linkedin',
};

export interface BlockedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** True when the request came from a service worker (the extension's background). */
  fromServiceWorker: boolean;
}

export type WorkerRunningStatus = 'stopped' | 'starting' | 'running' | 'stopping' | 'none';

/** The fields of CDP's ServiceWorker.ServiceWorkerVersion used here (its types are not exported). */
interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: Exclude<WorkerRunningStatus, 'none'>;
  status: 'new' | 'installing' | 'installed' | 'activating' | 'activated' | 'redundant';
}

export interface WorkerChange {
  at: number;
  versionId: string;
  runningStatus: Exclude<WorkerRunningStatus, 'none'>;
}

export interface TypeOptions {
  /** The key pressed for `\n`: Enter (default), or Shift+Enter where Enter sends (Facebook comments). */
  newline?: 'Enter' | 'Shift+Enter';
  /** Delay between key presses, in ms. */
  delay?: number;
}

export interface Harness {
  context: BrowserContext;
  /** The first tab. Open more with `context.newPage()`; each tab has its own sessionStorage. */
  page: Page;
  /** Set when launched with the extension. */
  extensionId: string | undefined;
  /** Requests that were not for the fixture sites, in order, from pages and service workers. */
  blockedRequests(): BlockedRequest[];
  /** Uncaught exceptions in any page of the context. */
  pageErrors(): string[];
  /** Focuses the editor (a click, caret at the end) and types like a user: one key at a time, Enter for `\n`. */
  typeInto(locator: Locator, text: string, options?: TypeOptions): Promise<void>;
  /** What the page's site recorded as published, read from sessionStorage (survives navigations). */
  published(page?: Page): Promise<PublishedEntry[]>;
  /**
   * The text an editor holds, one line per block: Lexical from its editor state, Quill from its
   * model (getText), Draft.js from its blocks, a textarea from its value. Null when nothing matches.
   */
  editorText(page: Page, selector: string): Promise<string | null>;
  /** The extension's worker as Playwright sees it (waits for its first start; see stopServiceWorker). */
  serviceWorker(): Promise<Worker>;
  /** The extension worker's state as Chromium reports it. */
  serviceWorkerStatus(): Promise<WorkerRunningStatus>;
  /** Uncaught errors Chromium reported for the extension's worker (registration, install, runtime). */
  serviceWorkerErrors(): string[];
  /**
   * Every change of the extension worker's running state since launch, with the time (Date.now())
   * it reached the test: when a stopped worker starts, and when its script has run (`running`).
   */
  serviceWorkerChanges(): WorkerChange[];
  /**
   * Stops the extension's service worker (CDP ServiceWorker.stopWorker) and waits
   * until Chromium reports it stopped. The next extension event (a message from a
   * content script) starts it again: a cold start. Until then, the Worker from
   * serviceWorker() does not answer `evaluate`.
   */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where a fixture URL is answered from: a built asset, or the site's HTML shell for any other path. */
export function fixtureFile(url: URL): string | null {
  const site = url.protocol === 'https:' ? SITE_HOSTS[url.hostname] : undefined;
  if (!site) return null;
  if (url.pathname.startsWith(ASSET_PREFIX)) {
    const dir = assetDir(site);
    const file = resolve(dir, decodeURIComponent(url.pathname.slice(ASSET_PREFIX.length)));
    return file.startsWith(dir + sep) && existsSync(file) ? file : null;
  }
  return shellPath(site);
}

export interface LaunchOptions {
  /** Load the built extension (default: false). */
  extension?: boolean;
  /** Another unpacked extension directory (default: the e2e build, .output/chrome-mv3-e2e). */
  extensionDir?: string;
  /** Show the browser window (the demo); tests run headless. */
  headed?: boolean;
  /** The browser's language (Whypost's interface follows it), such as 'fr-FR'. */
  locale?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const extension = options.extension ?? false;
  const extensionDir = options.extensionDir ?? E2E_EXTENSION_DIR;
  if (extension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  for (const site of new Set(Object.values(SITE_HOSTS))) {
    if (!existsSync(shellPath(site))) throw new Error('Fixture pages are not built: call buildPages() (global setup).');
  }

  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: !options.headed,
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.headed ? { viewport: null } : {}),
    args: [
      ...ARGS,
      ...(extension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    ],
  });

  try {
    return await setUp(context, extension);
  } catch (error) {
    await context.close();
    throw error;
  }
}

async function setUp(context: BrowserContext, extension: boolean): Promise<Harness> {
  const blocked: BlockedRequest[] = [];
  const errors: string[] = [];

  // Only http(s) is routed: chrome-extension:, data: and blob: URLs never reach the network.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      const file = fixtureFile(url);
      if (file === null) {
        const notFound = url.protocol === 'https:' && SITE_HOSTS[url.hostname] !== undefined;
        if (notFound) return route.fulfill({ status: 404, body: '' });
        blocked.push({
          url: url.href,
          method: request.method(),
          resourceType: request.resourceType(),
          fromServiceWorker: request.serviceWorker() !== null,
        });
        return route.abort('blockedbyclient');
      }
      return route.fulfill({ status: 200, path: file, headers: { 'cache-control': 'no-store' } });
    },
  );
  // WebSockets bypass context.route; record and refuse them too (pages only:
  // Playwright does not see a service worker's sockets).
  await context.routeWebSocket(/.*/, (ws) => {
    blocked.push({ url: ws.url(), method: 'GET', resourceType: 'websocket', fromServiceWorker: false });
    void ws.close({ code: 1008, reason: 'blocked by the e2e harness' });
  });

  const watch = (page: Page) => page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  context.on('page', watch);
  context.pages().forEach(watch);

  let extensionId: string | undefined;
  if (extension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }
  const page = context.pages()[0] ?? (await context.newPage());

  const monitor = extensionId ? new WorkerMonitor(context, `chrome-extension://${extensionId}/`) : null;
  // Watch from the start: registration errors are reported once, soon after launch (best effort).
  await monitor?.attach();
  const workers = () => {
    if (!monitor) throw new Error('Launched without the extension.');
    return monitor;
  };

  const harness: Harness = {
    context,
    page,
    extensionId,
    blockedRequests: () => [...blocked],
    pageErrors: () => [...errors],

    async typeInto(locator, text, typeOptions = {}) {
      const { newline = 'Enter', delay = 0 } = typeOptions;
      const keyboard = locator.page().keyboard;
      await locator.click();
      await keyboard.press('ControlOrMeta+End');
      const lines = text.split('\n');
      for (const [index, line] of lines.entries()) {
        if (index > 0) await keyboard.press(newline);
        if (line !== '') await keyboard.type(line, { delay });
      }
    },

    async published(target = page) {
      return target.evaluate(() => JSON.parse(sessionStorage.getItem('published') ?? '[]') as PublishedEntry[]);
    },

    async editorText(target, selector) {
      return target.evaluate((sel) => {
        interface LexicalNodeJson {
          type: string;
          text?: string;
          children?: LexicalNodeJson[];
        }
        type LexicalHost = HTMLElement & {
          __lexicalEditor?: { getEditorState(): { toJSON(): { root: LexicalNodeJson } } };
        };
        const found = document.querySelector<HTMLElement>(sel);
        if (!found) return null;
        if (found instanceof HTMLTextAreaElement) return found.value;
        // Quill (the LinkedIn page): its own model, less the newline Quill always ends with.
        const quill = (found.closest('.ql-container') ?? found.querySelector('.ql-container')) as
          (HTMLElement & { __quill?: { getText(): string } }) | null;
        if (quill?.__quill) return quill.__quill.getText().replace(/\n$/, '');
        const lexical =
          found.closest<LexicalHost>('[data-lexical-editor]') ??
          found.querySelector<LexicalHost>('[data-lexical-editor]');
        if (lexical?.__lexicalEditor) {
          // No named inner functions: the test runner's transform would wrap them in a helper the page lacks.
          const { root } = lexical.__lexicalEditor.getEditorState().toJSON();
          const lines: string[] = [];
          for (const block of root.children ?? []) {
            let line = '';
            const stack = [block];
            while (stack.length > 0) {
              const node = stack.pop() as LexicalNodeJson;
              if (node.type === 'linebreak') line += '\n';
              else if (node.text !== undefined) line += node.text;
              else stack.push(...[...(node.children ?? [])].reverse());
            }
            lines.push(line);
          }
          return lines.join('\n');
        }
        const blocks = found.querySelectorAll('[data-block="true"]');
        if (blocks.length > 0) return Array.from(blocks, (block) => block.textContent ?? '').join('\n');
        const textarea = found.querySelector('textarea');
        if (textarea) return textarea.value;
        return found.innerText;
      }, selector);
    },

    async serviceWorker() {
      const prefix = workers().prefix;
      const existing = context.serviceWorkers().find((w) => w.url().startsWith(prefix));
      if (existing) return existing;
      return context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(prefix), timeout: 15_000 });
    },

    async serviceWorkerStatus() {
      const monitor = workers();
      await monitor.attach();
      return monitor.current()?.runningStatus ?? 'none';
    },

    serviceWorkerErrors: () => [...(monitor?.errors ?? [])],

    serviceWorkerChanges: () => [...(monitor?.changes ?? [])],

    async stopServiceWorker() {
      const monitor = workers();
      const cdp = await monitor.attach();
      // A worker stopped while it installs is restarted: let it settle first.
      await monitor.waitFor(
        (version) => version.status === 'activated' && ['running', 'stopped'].includes(version.runningStatus),
        'the extension worker to be activated',
        15_000,
      );
      const version = monitor.current();
      if (version?.runningStatus === 'running') {
        await cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId });
      }
      await monitor.waitFor((v) => v.runningStatus === 'stopped', 'the extension worker to stop', 10_000);
    },

    async close() {
      await context.close();
    },
  };
  return harness;
}

/**
 * Follows the extension worker through CDP's ServiceWorker domain (enabled on a
 * page's session; the browser session lacks it). Playwright's Worker objects do
 * not follow stops and restarts, and do not report a worker that fails to register.
 */
class WorkerMonitor {
  readonly versions = new Map<string, WorkerVersion>();
  readonly errors: string[] = [];
  readonly changes: WorkerChange[] = [];
  private readonly checks = new Set<() => void>();
  private session: Promise<CDPSession> | null = null;

  constructor(
    private readonly context: BrowserContext,
    readonly prefix: string,
  ) {}

  /** A session with the domain enabled, re-created on another tab if its tab was closed. */
  attach(): Promise<CDPSession> {
    this.session ??= this.open().catch((error: unknown) => {
      this.session = null;
      throw error;
    });
    return this.session;
  }

  private async open(): Promise<CDPSession> {
    const host = this.context.pages().find((p) => !p.isClosed()) ?? (await this.context.newPage());
    host.once('close', () => (this.session = null));
    const cdp = await this.context.newCDPSession(host);
    cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
      const at = Date.now();
      for (const version of event.versions) {
        if (!version.scriptURL.startsWith(this.prefix)) continue;
        if (this.versions.get(version.versionId)?.runningStatus !== version.runningStatus)
          this.changes.push({ at, versionId: version.versionId, runningStatus: version.runningStatus });
        this.versions.set(version.versionId, version);
      }
      this.notify();
    });
    cdp.on('ServiceWorker.workerErrorReported', ({ errorMessage }) => {
      if (errorMessage.sourceURL.startsWith(this.prefix) || this.versions.has(errorMessage.versionId)) {
        this.errors.push(errorMessage.errorMessage);
        this.notify();
      }
    });
    const reported = new Promise<void>((resolveReported) => {
      const check = () => {
        if (this.versions.size === 0) return;
        this.checks.delete(check);
        resolveReported();
      };
      this.checks.add(check);
    });
    await cdp.send('ServiceWorker.enable');
    // enable() reports the known versions at once; a profile without a worker reports none.
    await Promise.race([reported, new Promise((r) => setTimeout(r, 1_000))]);
    return cdp;
  }

  /** The activated version, else the newest that is not redundant, else the last seen. */
  current(): WorkerVersion | undefined {
    const all = [...this.versions.values()];
    return all.find((v) => v.status === 'activated') ?? all.reverse().find((v) => v.status !== 'redundant') ?? all[0];
  }

  waitFor(predicate: (version: WorkerVersion) => boolean, what: string, timeoutMs: number): Promise<void> {
    return new Promise<void>((resolveWait, reject) => {
      const done = (error?: Error) => {
        clearTimeout(timer);
        this.checks.delete(check);
        if (error) reject(error);
        else resolveWait();
      };
      const check = () => {
        const version = this.current();
        if (version && predicate(version)) done();
        else if (version?.status === 'redundant') {
          done(
            new Error(`The extension service worker is redundant: ${this.errors.join(' | ') || 'no error reported'}`),
          );
        }
      };
      const timer = setTimeout(
        () => done(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`)),
        timeoutMs,
      );
      this.checks.add(check);
      check();
    });
  }

  private notify(): void {
    for (const check of [...this.checks]) check();
  }
}
