// The service worker's reader of linked pages. A link is read only when the
// user gave the extension access to its site; while it is read the critique
// says "checking", and the tab that asked is told when the page is ready.
// Pages are cached per address for a while, failures for a minute, so typing
// never sends the same request twice.
import { draftLinks, sameAddress } from '../../analyzers';
import type { LinkedPage, LinkedSource } from '../../analyzers/types';
import type { FetchedPage } from '../../analyzers/sources/fetch';
import { originPattern } from './origin';

export { isPrivateHost, originPattern } from './origin';

/** A page read is kept this long. */
export const CHECKED_TTL_MS = 30 * 60_000;
/** A failure is kept this long before the link is tried again. */
export const FAILED_TTL_MS = 60_000;
export const MAX_CACHED = 50;
/**
 * A link is read once it has stayed in the draft this long: an address being typed
 * (https://www.exam…) is never requested, only the one the writer stopped at.
 */
export const START_DELAY_MS = 800;

export interface ReaderDeps {
  /** Whether the user gave access to this origin pattern. */
  allowed(origin: string): Promise<boolean>;
  fetchPage(url: string): Promise<FetchedPage>;
  /** Reads fetched HTML where there is a DOM (offscreen document, background page). */
  parse(html: string, options: { url: string; finalUrl: string; truncated: boolean }): Promise<LinkedPage>;
  now(): number;
  /** Wait before reading a new link (START_DELAY_MS when absent). */
  delayMs?: number;
  /**
   * Where the cache survives the worker's sleep (the browser's session storage: memory only,
   * gone when the browser closes). Without it the cache lives as long as the worker.
   */
  store?: {
    load(): Promise<CacheEntry[]>;
    save(entries: CacheEntry[]): Promise<void>;
  };
}

export interface CacheEntry {
  at: number;
  source: LinkedSource;
}

export interface Waiter {
  /** Who waits (a tab and frame); told once per page, however often it asked. */
  key: string;
  notify(): void;
}

export class LinkReader {
  private cache = new Map<string, CacheEntry>();
  private loaded: Promise<void> | null = null;
  private inflight = new Map<string, { done: Promise<void>; waiters: Map<string, () => void> }>();
  /** The links of each waiter's latest draft: a link no draft holds any more is not read. */
  private wanted = new Map<string, Set<string>>();
  /** Bumped by clear(): a read that began before is not kept. */
  private generation = 0;

  constructor(private deps: ReaderDeps) {}

  /** What is known now of each link of the draft and of the preview; starts reading what is allowed and unknown. */
  async sources(text: string, preview: readonly string[], waiter?: Waiter): Promise<LinkedSource[]> {
    const urls = draftLinks(text, preview);
    if (waiter) this.wanted.set(waiter.key, new Set(urls));
    if (urls.length === 0) return [];
    await (this.loaded ??= this.load());
    return Promise.all(
      urls.map(async (url): Promise<LinkedSource> => {
        const fromPreview = preview.some((p) => sameAddress(p, url)) ? { preview: true } : {};
        const cached = this.fresh(url);
        if (cached) return { ...cached, ...fromPreview };
        const origin = originPattern(url);
        if (!origin || !(await this.deps.allowed(origin).catch(() => false)))
          return { url, state: 'not-allowed', ...fromPreview };
        let reading = this.inflight.get(url);
        if (!reading) {
          const waiters = new Map<string, () => void>();
          const done = this.afterDelay(url).then(async (still) => {
            if (still) await this.read(url);
            this.inflight.delete(url);
            if (still) for (const notify of waiters.values()) notify();
          });
          reading = { done, waiters };
          this.inflight.set(url, reading);
        }
        if (waiter) reading.waiters.set(waiter.key, waiter.notify);
        return { url, state: 'checking', ...fromPreview };
      }),
    );
  }

  /** Settles when every read under way has ended (tests, and a check that wants the answer). */
  async settled(): Promise<void> {
    await Promise.all([...this.inflight.values()].map((r) => r.done));
  }

  /** Forgets every page (the user cleared the cache, or access changed). */
  clear(): void {
    this.cache.clear();
    this.generation++;
    void this.save();
  }

  /** Forgets what the waiters whose key starts with `prefix` wanted (a tab closed). */
  forget(prefix: string): void {
    for (const key of [...this.wanted.keys()]) if (key.startsWith(prefix)) this.wanted.delete(key);
  }

  private async save(): Promise<void> {
    try {
      await this.deps.store?.save([...this.cache.values()]);
    } catch {
      // Not kept beyond the worker: the pages are read again after it sleeps.
    }
  }

  /** Waits, then tells whether a draft still holds the link (always, when nobody said which drafts wait). */
  private afterDelay(url: string): Promise<boolean> {
    return new Promise((resolve) =>
      setTimeout(() => {
        const lists = [...this.wanted.values()];
        resolve(lists.length === 0 || lists.some((list) => list.has(url)));
      }, this.deps.delayMs ?? START_DELAY_MS),
    );
  }

  private async load(): Promise<void> {
    try {
      for (const entry of (await this.deps.store?.load()) ?? [])
        if (!this.cache.has(entry.source.url)) this.cache.set(entry.source.url, entry);
    } catch {
      // An unreadable copy is no cache: pages are read again.
    }
  }

  private fresh(url: string): LinkedSource | undefined {
    const entry = this.cache.get(url);
    if (!entry) return undefined;
    const ttl = entry.source.state === 'checked' ? CHECKED_TTL_MS : FAILED_TTL_MS;
    if (this.deps.now() - entry.at > ttl) {
      this.cache.delete(url);
      return undefined;
    }
    return entry.source;
  }

  private async read(url: string): Promise<void> {
    const generation = this.generation;
    let source: LinkedSource;
    try {
      const fetched = await this.deps.fetchPage(url);
      if (!fetched.ok) source = { url, state: 'failed', problem: fetched.problem };
      else {
        const page = await this.deps.parse(fetched.html, {
          url,
          finalUrl: fetched.finalUrl,
          truncated: fetched.truncated,
        });
        source = { url, state: 'checked', page };
      }
    } catch {
      source = { url, state: 'failed', problem: { kind: 'unreadable' } };
    }
    // Access changed while the page was read: it is not kept.
    if (generation !== this.generation) return;
    this.cache.delete(url);
    this.cache.set(url, { at: this.deps.now(), source });
    // The oldest entries go first.
    while (this.cache.size > MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
    await this.save();
  }
}
