// One page's Whypost: the composers it tracks, their critiques and their badges.
// Content scripts create it with the WXT context, which owns every listener,
// timer and observer, so that nothing outlives the extension or the page.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { holdsBlock } from '../analyzers/block-policy';
import type { SourcesWords } from '../analyzers/sources/describe';
import type { Critique, Finding, Platform } from '../analyzers/types';
import { Badge } from '../components/Badge';
import { CritiqueCard } from '../components/CritiqueCard';
import { findingKey } from '../components/brief';
import { browser } from 'wxt/browser';
import { readComposer } from '../utils/composers/read';
import type { ComposerMatch, PlatformAdapter } from '../utils/composers/types';
import {
  LINKS_CHANGED,
  MESSAGE,
  type BrandRef,
  type CurrentPage,
  type OpenAccessRequest,
  type RuleOffRequest,
} from '../utils/messages';
import { previewLinks } from '../utils/composers/preview';
import { readItem, SETTINGS, SITES, updateItem, watchItem, type SiteSettings } from '../utils/page-storage';
import { uiLang, type UiLang } from '../utils/ui-strings';
import { requestCritique, requestSourceWords, wakeWorker } from './analysis';
import { createHost, siteTheme, type Host } from './ui';
import * as KEYS from '../utils/storage-keys';

/** Pause after the last keystroke before asking for a critique. */
export const DEBOUNCE_MS = 250;
/**
 * How long the pre-publish check waits for a critique on its way before letting the post through
 * (issue 11: a cold worker answers in one to two seconds; slow is not broken).
 */
export const CHECK_TIMEOUT_MS = 2000;
/** How long a critique may take before the badge says it is unavailable. */
export const REQUEST_TIMEOUT_MS = 10_000;
const OBSERVED: MutationObserverInit = { childList: true, subtree: true };
/** How long the words of the linked pages may take (the worker has just answered): without them the card leaves the pages out. */
const WORDS_TIMEOUT_MS = 1000;

export interface Tracked {
  match: ComposerMatch;
  /** The last text read; Facebook empties the editor on submit, so this survives it. */
  text: string;
  critique: Critique | null;
  /** The critique's linked pages in words, worded by the worker (the content scripts do not carry the catalog). */
  sourceWords: SourcesWords | null;
  /** The text the critique is about. */
  critiqueFor: string | null;
  unavailable: boolean;
  ignored: Set<string>;
  hidden: boolean;
  open: boolean;
  host: Host | null;
  timer: number | undefined;
  /** Sequence number of the latest request, so that a late answer does not overwrite a newer one. */
  seq: number;
  /** The request on its way, and the text it is about: the check waits for it rather than asking again. */
  pending: { text: string; answer: Promise<Critique | null> } | null;
  /** The pre-publish check is waiting for this draft's critique: the badge says so. */
  checking: boolean;
  /** The brand whose rules the critique applied. */
  brand: BrandRef | null;
  /** When the user last focused or changed this composer: the popup shows the latest one. */
  activeAt: number;
  /** The record of a draft the user went back to edit: marked revised if this composer publishes. */
  abandoned: string | null;
  cleanup: (() => void)[];
}

/** The first [top, left] where a box of this size stays in the window and overlaps none of the obstacles. */
function firstFit(
  candidates: [number, number][],
  width: number,
  height: number,
  obstacles: DOMRect[],
): [number, number] | undefined {
  const fits = ([top, left]: [number, number]) =>
    top >= 0 &&
    left >= 0 &&
    top + height <= innerHeight &&
    left + width <= innerWidth &&
    !obstacles.some((o) => top < o.bottom && top + height > o.top && left < o.right && left + width > o.left);
  return candidates.find(fits);
}

export class Session {
  readonly tracked = new Map<HTMLElement, Tracked>();
  lang: UiLang = uiLang();
  settings: SiteSettings = { disabled: [], badgeHidden: [], chosen: {} };
  readonly platform: Platform;
  private scheduled = false;
  /** Watches the page, and the shadow roots the adapter names, for composers coming and going. */
  private observer: MutationObserver | undefined;

  constructor(
    readonly ctx: ContentScriptContext,
    private readonly adapter: PlatformAdapter,
  ) {
    this.platform = adapter.platform;
  }

  /** Who posts from this composer, when the page shows it. */
  account(t: Tracked): string | undefined {
    return this.adapter.account(document, t.match);
  }

  get enabled(): boolean {
    return !this.settings.disabled.includes(location.hostname);
  }

  async start(): Promise<void> {
    this.settings = await readItem(SITES).catch(() => this.settings);
    this.lang = await readItem(SETTINGS).then(
      (s) => (s.uiLang === 'auto' ? uiLang() : s.uiLang),
      () => this.lang,
    );
    const unwatch = watchItem(SITES, (value) => {
      this.settings = value;
      this.scan();
      for (const t of this.tracked.values()) this.renderBadge(t);
    });
    // A brand edited, switched or refreshed (here, in the popup, the options page or
    // on another device), or the interface language changed: critique every draft again.
    const onStorage = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
      const keys = Object.keys(changes);
      // Of the sites' settings, only this site's brand choice changes critiques (sites.watch redraws the rest).
      const chosenHere = (value: unknown) =>
        JSON.stringify((value as Partial<SiteSettings> | undefined)?.chosen?.[location.hostname]);
      const sitesChanged = changes.sites && chosenHere(changes.sites.oldValue) !== chosenHere(changes.sites.newValue);
      if (keys.includes(KEYS.settings)) {
        void readItem(SETTINGS).then((s) => {
          this.lang = s.uiLang === 'auto' ? uiLang() : s.uiLang;
          this.recritiqueAll();
        });
      } else if (sitesChanged || keys.some(KEYS.changesBrands)) {
        this.recritiqueAll();
      }
    };
    browser.storage.onChanged.addListener(onStorage);
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      const type = (message as { type?: unknown } | null)?.type;
      if (type === MESSAGE.current) {
        sendResponse(this.current());
        return undefined;
      }
      if (type === MESSAGE.openCard) {
        sendResponse({ ok: this.openCurrentCard() });
        return undefined;
      }
      // A linked page was read, or access to sites changed.
      if (type === LINKS_CHANGED) {
        this.recritiqueAll();
        return undefined;
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    this.ctx.onInvalidated(() => {
      unwatch();
      browser.storage.onChanged.removeListener(onStorage);
      browser.runtime.onMessage.removeListener(onMessage);
      for (const t of [...this.tracked.values()]) this.untrack(t);
    });
    const observer = new MutationObserver(() => this.schedule());
    observer.observe(document.documentElement, OBSERVED);
    this.observer = observer;
    this.ctx.onInvalidated(() => observer.disconnect());
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.schedule());
    this.ctx.addEventListener(window, 'resize', () => this.placeAll(), { passive: true });
    this.ctx.addEventListener(window, 'scroll', () => this.placeAll(), { capture: true, passive: true });
    this.scan();
  }

  /** Re-scans once per animation frame, however many mutations arrive. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.ctx.requestAnimationFrame(() => {
      this.scheduled = false;
      this.scan();
      this.placeAll();
    });
  }

  /** Finds the composers on the page now: tracks new ones, drops those that left the page. */
  scan(): Tracked[] {
    // A document observer does not see into shadow roots: observe those the adapter names (observing
    // a node again only renews its options).
    for (const root of this.adapter.shadowRoots?.(document) ?? []) this.observer?.observe(root, OBSERVED);
    const found = this.enabled ? this.adapter.findComposers(document, location) : [];
    const live = new Set(found.map((m) => m.editor));
    for (const t of [...this.tracked.values()]) {
      if (!live.has(t.match.editor) || !t.match.editor.isConnected) this.untrack(t);
    }
    for (const match of found) {
      const known = this.tracked.get(match.editor);
      if (known) known.match = match;
      else this.track(match);
    }
    return [...this.tracked.values()];
  }

  private track(match: ComposerMatch): void {
    const t: Tracked = {
      match,
      text: readComposer(match),
      critique: null,
      sourceWords: null,
      critiqueFor: null,
      unavailable: false,
      ignored: new Set(),
      hidden: false,
      open: false,
      host: null,
      timer: undefined,
      seq: 0,
      pending: null,
      checking: false,
      brand: null,
      activeAt: 0,
      abandoned: null,
      cleanup: [],
    };
    this.tracked.set(match.editor, t);
    const onInput = () => {
      const text = readComposer(t.match);
      // An editor taken out of the page reads empty: keep the last text it held.
      if (text === '' && !match.editor.isConnected) return;
      t.text = text;
      t.activeAt = Date.now();
      this.debounce(t);
    };
    const listen = (type: string, fn: () => void) => {
      match.editor.addEventListener(type, fn);
      t.cleanup.push(() => match.editor.removeEventListener(type, fn));
    };
    // Draft.js and Lexical re-render the editor themselves and do not always fire
    // `input` (a paste, a drop, an autocompletion): watch the editor's DOM instead.
    // A textarea's value does not show in the DOM, so it is read on `input`.
    if (match.editor instanceof HTMLTextAreaElement) listen('input', onInput);
    else {
      const changes = new MutationObserver(onInput);
      changes.observe(match.editor, { childList: true, subtree: true, characterData: true });
      t.cleanup.push(() => changes.disconnect());
    }
    // A LinkedIn article's title is a textarea apart from the editor (docs/composers.md §8.3), read
    // on its `input`, caught on the document: a rescan may bring a re-rendered title.
    if (match.title) {
      const doc = match.editor.ownerDocument;
      const onTitle = (event: Event) => event.target === t.match.title && onInput();
      doc.addEventListener('input', onTitle);
      t.cleanup.push(() => doc.removeEventListener('input', onTitle));
    }
    listen('focus', () => {
      t.activeAt = Date.now();
      wakeWorker();
    });
    if (t.text !== '') this.debounce(t);
    this.renderBadge(t);
  }

  private untrack(t: Tracked): void {
    this.tracked.delete(t.match.editor);
    if (t.timer !== undefined) clearTimeout(t.timer);
    for (const fn of t.cleanup) fn();
    t.host?.remove();
    t.host = null;
  }

  private debounce(t: Tracked): void {
    if (t.timer !== undefined) clearTimeout(t.timer);
    t.timer = this.ctx.setTimeout(() => {
      t.timer = undefined;
      this.renderBadge(t);
      void this.refresh(t);
    }, DEBOUNCE_MS);
  }

  /**
   * Asks for the critique of the composer's current text and shows it. A request already on its way
   * for the same text is shared, not sent again.
   */
  refresh(t: Tracked): Promise<Critique | null> {
    const text = t.text;
    if (t.critiqueFor === text && t.critique) return Promise.resolve(t.critique);
    if (t.pending?.text === text) return t.pending.answer;
    const seq = ++t.seq;
    const account = this.account(t);
    const answer = requestCritique(
      text,
      {
        platform: this.platform,
        kind: t.match.kind,
        article: t.match.surface === 'li-article',
        locale: this.lang,
        mentions: this.adapter.mentions?.(t.match),
      },
      REQUEST_TIMEOUT_MS,
      { host: location.hostname, ...(account ? { account } : {}) },
      previewLinks(t.match, this.adapter.config.preview),
      `${t.match.surface}:${t.match.index ?? 0}`,
    ).then(async (answer) => {
      const critique = answer?.critique ?? null;
      // Asked before the critique is shown, so that the card shows it whole.
      const words = critique?.sources?.length
        ? await requestSourceWords(critique.sources, this.lang, WORDS_TIMEOUT_MS)
        : null;
      if (seq !== t.seq) return critique;
      t.pending = null;
      if (answer && critique) {
        if (t.critiqueFor !== text) t.ignored.clear();
        t.brand = answer.brand;
        t.critique = critique;
        t.sourceWords = words;
        t.critiqueFor = text;
        t.unavailable = false;
      } else {
        t.unavailable = true;
      }
      this.renderBadge(t);
      return critique;
    });
    t.pending = { text, answer };
    return answer;
  }

  /** Forgets the critique and any request on its way: the next refresh asks again (a brand or rule changed). */
  private stale(t: Tracked): void {
    t.critiqueFor = null;
    t.pending = null;
  }

  /** Whether the composer's critique is about its current text. */
  fresh(t: Tracked): boolean {
    return t.critique !== null && t.critiqueFor === t.text;
  }

  /**
   * The critique of the current text, waiting at most `timeoutMs` for it; null if none came in time
   * or the worker cannot answer (then at once).
   */
  async critiqueNow(t: Tracked, timeoutMs = CHECK_TIMEOUT_MS): Promise<Critique | null> {
    const text = readComposer(t.match);
    if (text !== '') t.text = text;
    if (this.fresh(t)) return t.critique;
    // The check asks now rather than after the keystrokes' pause.
    if (t.timer !== undefined) {
      clearTimeout(t.timer);
      t.timer = undefined;
    }
    // An extension reloaded or removed under the page will not answer: no waiting.
    if (this.ctx.isInvalid) return null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unlisten: (() => void) | undefined;
    // A plain timer, not the context's: an invalidated context never fires its own, and the check must end.
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    });
    const lost = new Promise<null>((resolve) => {
      unlisten = this.ctx.onInvalidated(() => resolve(null));
    });
    try {
      return await Promise.race([this.refresh(t), late, lost]);
    } finally {
      clearTimeout(timer);
      unlisten?.();
    }
  }

  /** The critique with the findings the user ignored for this draft removed, and the verdict it implies. */
  visibleCritique(t: Tracked): Critique | null {
    if (!t.critique) return null;
    if (t.ignored.size === 0) return t.critique;
    return { ...t.critique, findings: t.critique.findings.filter((f) => !t.ignored.has(findingKey(f))) };
  }

  /**
   * Whether the check should hold this draft: the brand's policy says so, and
   * the user has not ignored, for this draft, every finding behind it.
   */
  blocks(t: Tracked): boolean {
    const visible = this.visibleCritique(t);
    if (!visible?.blocks) return false;
    if (t.ignored.size === 0) return true;
    return visible.findings.some(holdsBlock);
  }

  private badgeVisible(t: Tracked): boolean {
    // An empty composer gets no badge: nothing to say until something is typed.
    return this.enabled && !t.hidden && t.text.trim() !== '' && !this.settings.badgeHidden.includes(location.hostname);
  }

  renderBadge(t: Tracked): void {
    // A late answer, or the end of a check, for a composer no longer tracked shows nothing.
    if (!this.badgeVisible(t) || this.tracked.get(t.match.editor) !== t) {
      t.host?.remove();
      t.host = null;
      return;
    }
    if (!t.host || !t.host.element.isConnected) t.host = createHost('whypost-badge', siteTheme());
    const host = t.host;
    // A stable hook for tests: changes with every critique shown, even when the words stay the same.
    if (host.element.getAttribute('data-whypost-seq') !== String(t.seq))
      host.element.setAttribute('data-whypost-seq', String(t.seq));
    render(
      <div class="anchor">
        <Badge
          critique={t.critique}
          unavailable={t.unavailable}
          checking={t.checking}
          lang={this.lang}
          expanded={t.open}
          onToggle={() => {
            t.open = !t.open;
            this.renderBadge(t);
          }}
        />
        {t.open && t.critique && (
          <div class="card-place" style="position:absolute; right:0; top:calc(100% + 6px);">
            <CritiqueCard
              critique={t.critique}
              lang={this.lang}
              platform={this.platform}
              sourceWords={t.sourceWords}
              ignored={t.ignored}
              onIgnore={(f: Finding) => {
                t.ignored.add(findingKey(f));
                this.renderBadge(t);
              }}
              onRuleOff={(rule) => void this.ruleOff(t, rule)}
              onHideHere={() => {
                t.hidden = true;
                t.open = false;
                this.renderBadge(t);
              }}
              onHideOnSite={() =>
                void this.updateSites((s) => ({ ...s, badgeHidden: [...s.badgeHidden, location.hostname] }))
              }
              onOffOnSite={() => void this.updateSites((s) => ({ ...s, disabled: [...s.disabled, location.hostname] }))}
              onAllowLink={(url) => {
                const request: OpenAccessRequest = { type: MESSAGE.openAccess, url };
                void browser.runtime.sendMessage(request).catch(() => undefined);
              }}
              onClose={() => {
                t.open = false;
                this.renderBadge(t);
                host.element.shadowRoot?.querySelector<HTMLElement>('[data-whypost="badge"]')?.focus();
              }}
            />
          </div>
        )}
      </div>,
      host.container,
    );
    this.place(t);
  }

  private async updateSites(change: (s: SiteSettings) => SiteSettings): Promise<void> {
    await updateItem(SITES, (value) => {
      const next = change(value);
      return { ...next, disabled: [...new Set(next.disabled)], badgeHidden: [...new Set(next.badgeHidden)] };
    });
  }

  /** Turns a rule off in the brand the critique applied; the storage change brings a new critique. */
  private async ruleOff(t: Tracked, rule: string): Promise<void> {
    const request: RuleOffRequest = { type: MESSAGE.ruleOff, brand: t.brand?.id ?? 'default', rule };
    await browser.runtime.sendMessage(request).catch(() => undefined);
    this.stale(t);
    void this.refresh(t);
  }

  /** Asks again for the critique of every draft on the page. */
  recritiqueAll(): void {
    for (const t of this.tracked.values()) {
      this.stale(t);
      this.renderBadge(t);
      if (t.text.trim() !== '') void this.refresh(t);
    }
  }

  /** The composer the user worked in last (the first one found if none was touched yet). */
  private latest(): Tracked | undefined {
    let best: Tracked | undefined;
    for (const t of this.tracked.values()) if (!best || t.activeAt > best.activeAt) best = t;
    return best;
  }

  /** What the popup shows for this tab. */
  current(): CurrentPage {
    const t = this.enabled ? this.latest() : undefined;
    const account = t ? this.account(t) : undefined;
    return {
      host: location.hostname,
      platform: this.platform,
      enabled: this.enabled,
      ...(account ? { account } : {}),
      ...(t
        ? {
            draft: {
              text: t.text,
              surface: t.match.surface,
              critique: t.critiqueFor === t.text ? t.critique : null,
              ...(t.unavailable ? { unavailable: true } : {}),
              ...(t.brand ? { brandId: t.brand.id, brandName: t.brand.name } : {}),
            },
          }
        : {}),
    };
  }

  /** Opens the critique card of the latest composer and puts the focus in it. */
  private openCurrentCard(): boolean {
    const t = this.latest();
    if (!t || !t.critique) return false;
    t.hidden = false;
    t.open = true;
    this.renderBadge(t);
    t.match.editor.scrollIntoView({ block: 'center' });
    this.place(t);
    // The card's title, where the card puts the focus when it opens (it may have been open already).
    t.host?.element.shadowRoot?.getElementById('wp-card-title')?.focus();
    return true;
  }

  private placeAll(): void {
    for (const t of this.tracked.values()) this.place(t);
  }

  /**
   * Places the badge near the editor without covering the text, the toolbar or
   * the Post button: above the editor, else beside the composer, else below it.
   * An open card goes where it covers neither the toolbar nor the Post button.
   */
  private place(t: Tracked): void {
    const host = t.host;
    if (!host) return;
    const rect = t.match.editor.getBoundingClientRect();
    const visible = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight;
    host.element.style.display = visible ? 'block' : 'none';
    if (!visible) return;
    const badge = host.container.querySelector<HTMLElement>('[data-whypost="badge"]');
    const width = badge?.offsetWidth || 180;
    const height = badge?.offsetHeight || 26;
    const root = t.match.root.getBoundingClientRect();
    const shown = (r: DOMRect) => r.width > 0 && r.height > 0;
    const sends = t.match
      .sendButtons()
      .map((b) => b.getBoundingClientRect())
      .filter(shown);
    const controls = [
      ...sends,
      ...[...t.match.root.querySelectorAll(this.adapter.config.placement.selectors.controls)]
        .slice(0, 80)
        .map((e) => e.getBoundingClientRect())
        .filter(shown),
    ];
    const gap = 6;
    const spots: [number, number][] = [
      [rect.top - height - gap, rect.right - width],
      [rect.top - height - gap, rect.left],
      [rect.top, root.right + gap],
      [rect.top, root.left - width - gap],
      [root.bottom + gap, root.right - width],
      [rect.bottom - height - 2, rect.right - width - 2],
    ];
    const [top, left] = firstFit(spots, width, height, [rect, ...controls]) ?? spots[spots.length - 1]!;
    const badgeLeft = Math.max(0, left);
    host.element.style.top = `${Math.round(top)}px`;
    host.element.style.left = `${Math.round(badgeLeft)}px`;

    const card = host.container.querySelector<HTMLElement>('.card-place');
    if (!card) return;
    const cw = card.offsetWidth || 420;
    const ch = card.offsetHeight || 300;
    // Below the badge (the default), above it, beside the composer (under the badge if it is there
    // too), left-aligned below it, or (nothing else fitting) over the composer's left side.
    const beside = Math.max(gap, Math.min(top, innerHeight - ch - gap));
    const cardSpots: [number, number][] = [
      [top + height + gap, badgeLeft + width - cw],
      [top - ch - gap, badgeLeft + width - cw],
      [beside, root.right + gap],
      [top + height + gap, root.right + gap],
      [beside, root.left - cw - gap],
      [top + height + gap, badgeLeft],
      // Over the composer's left side, when nothing else fits (the Post button is on the right).
      [top + height + gap, root.left],
    ];
    const badgeBox = new DOMRect(badgeLeft, top, width, height);
    // When every spot covers a control (a narrow window), one that stays in the window and leaves the
    // Post button free will do.
    const [cardTop, cardLeft] =
      firstFit(cardSpots, cw, ch, [badgeBox, ...controls]) ??
      firstFit(cardSpots, cw, ch, [badgeBox, ...sends]) ??
      cardSpots[0]!;
    card.style.top = `${Math.round(cardTop - top)}px`;
    card.style.left = `${Math.round(cardLeft - badgeLeft)}px`;
    card.style.right = 'auto';
  }

  /** The tracked composer an event is about: in one of its editors, or on one of its send buttons. */
  composerForTarget(
    target: EventTarget | null,
  ): { tracked: Tracked; via: 'editor' | 'button'; button?: HTMLElement } | null {
    if (!(target instanceof Node) || !this.enabled) return null;
    const all = this.tracked.size ? [...this.tracked.values()] : this.scan();
    for (const t of all) if (t.match.editor.contains(target)) return { tracked: t, via: 'editor' };
    for (const t of all) {
      const button = t.match.sendButtons().find((b) => b.contains(target));
      if (button) return { tracked: t, via: 'button', button };
    }
    return null;
  }

  /** Every tracked composer published by the same button (an X thread: one "Post all" for every post). */
  siblings(button: HTMLElement): Tracked[] {
    return [...this.tracked.values()].filter((t) => t.match.sendButtons().includes(button));
  }
}
