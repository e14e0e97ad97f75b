// @vitest-environment happy-dom
// The popup as a community manager and a screen reader meet it, with real
// critiques from analyze(): the draft of the active tab in each of its states,
// the brand and site switches, and the review queue (filters, detail, exports,
// clearing, history settings). Each state is checked with axe.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { analyze, ELEMENTS, PRESETS, type Critique, type Lang } from '../analyzers';
import { Popup, type PopupProps } from '../components/popup/Popup';
import { popupStrings } from '../components/popup/strings';
import type { BrandEntry, BrandLibrary } from '../utils/brands/types';
import type { CurrentPage } from '../utils/messages';
import type { DraftRecord } from '../utils/storage';
import { forInterface } from '../utils/brands/wording';

afterEach(cleanup);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = new Date(2026, 10, 23, 15, 30).getTime();

const BAIT_FR = 'Likez si vous aimez le lundi ! Identifiez un ami qui a besoin de café ☕';
const RELEASE_EN =
  'Harbor Bank is pleased to announce that Maria Lopez will join the Company as Chief Financial Officer, effective March 1.';
const OFFER_FR =
  'Réservez votre table pour le brunch de dimanche : 24 €, de 10 h à 14 h, sur https://resto.fr/brunch?utm_source=facebook';
const BAIT_EN = 'Like if you agree! Tag a friend who needs coffee 👇';

async function seriousViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { resultTypes: ['violations'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.html).join(' | ')})`);
}

function entry(id: string, name: string, source: BrandEntry['source']): BrandEntry {
  return {
    id,
    name,
    source,
    locked: source === 'managed' || source === 'subscription',
    input: { ...PRESETS.default, id, name },
    storedIn: source === 'preset' ? 'builtin' : source === 'managed' ? 'managed' : 'sync',
  };
}

const LIBRARY: BrandLibrary = {
  entries: [
    entry('default', 'Default', 'preset'),
    entry('acme', 'Café Lumière', 'user'),
    entry('corp', 'Corp Policy', 'managed'),
    entry('feed', 'Agency feed', 'subscription'),
  ],
  active: 'default',
  notices: [],
};

function record(id: string, text: string, locale: Lang, overrides: Partial<DraftRecord>): DraftRecord {
  const c = analyze(text, { locale, platform: overrides.platform ?? 'x' });
  const brief = {} as NonNullable<DraftRecord['brief']>;
  for (const e of ELEMENTS) {
    const { status, evidence, question } = c.brief[e];
    brief[e] = { status, evidence: evidence.map((ev) => ev.text), ...(question ? { question } : {}) };
  }
  return {
    id,
    at: NOW,
    text,
    platform: 'x',
    surface: 'home',
    brandId: 'default',
    brand: 'Default',
    lang: c.lang,
    genre: c.genre,
    verdict: c.verdict,
    score: c.score,
    findings: c.findings.map(({ rule, category, severity, message, suggestion, start, end, quote }) => ({
      rule,
      category,
      severity,
      message,
      suggestion,
      ...(start === undefined ? {} : { start }),
      ...(end === undefined ? {} : { end }),
      ...(quote === undefined ? {} : { quote }),
    })),
    brief,
    decision: 'published',
    ...overrides,
  };
}

const DRAFTS: DraftRecord[] = [
  record('bait-fr', BAIT_FR, 'fr', {
    at: NOW - HOUR,
    brandId: 'acme',
    brand: 'Café Lumière',
    account: '@cafelumiere',
    decision: 'published-anyway',
    reason: 'client-approved',
  }),
  record('release-en', RELEASE_EN, 'en', {
    at: NOW - 2 * DAY,
    platform: 'facebook',
    surface: 'page',
    decision: 'abandoned',
  }),
  record('offer-fr', OFFER_FR, 'fr', {
    at: NOW - 5 * DAY,
    platform: 'facebook',
    brandId: 'acme',
    brand: 'Café Lumière',
    reviewed: true,
  }),
  record('bait-en', BAIT_EN, 'en', { at: NOW - 10 * DAY, decision: 'revised' }),
];

function page(lang: Lang, text: string, overrides: Partial<CurrentPage> = {}): CurrentPage {
  return {
    host: 'x.com',
    platform: 'x',
    enabled: true,
    account: '@cafelumiere',
    draft: {
      text,
      surface: 'home',
      critique: analyze(text, { locale: lang, platform: 'x' }),
      brandId: 'acme',
      brandName: 'Café Lumière',
    },
    ...overrides,
  };
}

function props(overrides: Partial<PopupProps> = {}): PopupProps {
  return {
    lang: 'en',
    uiLang: 'auto',
    onUiLang: vi.fn(),
    page: null,
    library: LIBRARY,
    activeBrandId: 'acme',
    onBrand: vi.fn(),
    onSiteEnabled: vi.fn(),
    onOpenCard: vi.fn(),
    onOpenOptions: vi.fn(),
    drafts: DRAFTS,
    history: { enabled: true, maxDrafts: 1000, maxDays: 90 },
    onHistory: vi.fn(),
    onReviewed: vi.fn(),
    onDelete: vi.fn(),
    onClear: vi.fn(),
    download: vi.fn(),
    now: NOW,
    ...overrides,
  };
}

const hook = (container: Element, name: string) => {
  const el = container.querySelector<HTMLElement>(`[data-whypost="${name}"]`);
  if (!el) throw new Error(`no [data-whypost="${name}"]`);
  return el;
};

function openQueue() {
  fireEvent.click(screen.getByRole('tab', { name: /Review queue|File de relecture/ }));
}

function openFilters() {
  const toggle = screen.getByRole('button', { name: /^(Filters|Filtres)/ });
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
}

const shownIds = (container: Element) =>
  [...container.querySelectorAll<HTMLElement>('[data-whypost="queue-item"]')].map((li) => li.dataset.id);

describe('the current draft', () => {
  test.each([
    [
      'fr',
      BAIT_FR,
      ['Publier pour publier', 'Appât à engagement', 'français', '0/100', '@cafelumiere', 'Café Lumière'],
      'Likez si',
    ],
    [
      'en',
      RELEASE_EN,
      ['Posting for posting’s sake', 'Press release', 'English', '/100', 'Café Lumière'],
      'is pleased to announce',
    ],
  ] as const)(
    '%s: verdict, score, genre, language, account, brand, the brief and the findings',
    async (lang, text, words, quote) => {
      const p = props({ lang, page: page(lang, text) });
      const critique = (p.page as CurrentPage).draft!.critique as Critique;
      const { container } = render(<Popup {...p} />);
      const section = hook(container, 'current-draft');
      expect(section.dataset.state).toBe('critique');
      for (const word of words) expect(section.textContent).toContain(word);
      expect(section.textContent).toContain(`${critique.score}/100`);
      // The six elements, and for each gap the critique's own question and example.
      expect(section.querySelectorAll('[data-element]')).toHaveLength(6);
      for (const e of ELEMENTS) {
        const item = critique.brief[e];
        const li = section.querySelector(`[data-element="${e}"]`)!;
        expect(li.getAttribute('data-status')).toBe(item.status);
        if (item.status !== 'present') {
          expect(li.textContent).toContain(item.question);
          expect(li.textContent).toContain(item.example);
        }
        for (const ev of item.evidence) expect(li.textContent).toContain(ev.text);
      }
      // Each finding with the words that triggered it and what to do.
      const findings = section.querySelectorAll('[data-rule]');
      expect(findings).toHaveLength(critique.findings.length);
      // The words that weighed most, which take in the formula that names the genre.
      expect([...section.querySelectorAll('q.quote')].some((q) => q.textContent!.includes(quote))).toBe(true);
      expect(section.textContent).toContain(critique.findings[0]!.suggestion);
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Whypost');
      expect(await seriousViolations(container)).toEqual([]);
    },
  );

  test('"Show the critique in the page" calls back', () => {
    const p = props({ page: page('en', RELEASE_EN) });
    render(<Popup {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show the critique in the page' }));
    expect(p.onOpenCard).toHaveBeenCalledOnce();
  });

  const withoutDraft: CurrentPage = { host: 'www.facebook.com', platform: 'facebook', enabled: true };
  const analysing: CurrentPage = {
    ...withoutDraft,
    draft: { text: 'Bonjour', surface: 'feed', critique: null },
  };
  test.each([
    ['loading', 'en', 'loading' as const, 'Loading…'],
    ['elsewhere', 'en', null, 'Open X, Facebook or LinkedIn to critique a draft.'],
    ['elsewhere', 'fr', null, 'Ouvrez X, Facebook ou LinkedIn pour faire critiquer un brouillon.'],
    ['off', 'en', { ...withoutDraft, enabled: false }, 'Whypost is off on www.facebook.com.'],
    ['no-draft', 'en', withoutDraft, 'No draft yet: click in a Facebook composer'],
    ['no-draft', 'fr', withoutDraft, 'Pas encore de brouillon'],
    [
      'no-draft',
      'en',
      { ...withoutDraft, host: 'www.linkedin.com', platform: 'linkedin' },
      'No draft yet: click in a LinkedIn composer',
    ],
    ['analysing', 'en', analysing, 'Analysing the draft…'],
    ['analysing', 'fr', analysing, 'Analyse du brouillon…'],
  ] as const)('state %s (%s)', async (state, lang, current, message) => {
    const { container } = render(<Popup {...props({ lang, page: current })} />);
    const section = hook(container, 'current-draft');
    expect(section.dataset.state).toBe(state);
    expect(section.textContent).toContain(message);
    expect(section.querySelector('[data-element]')).toBeNull();
    if (state === 'no-draft' || state === 'analysing') expect(section.textContent).toContain('Café Lumière');
    expect(container.querySelector('[data-whypost="site-switch"]') !== null).toBe(
      current !== null && current !== 'loading',
    );
    expect(await seriousViolations(container)).toEqual([]);
  });

  test('switched off: the site switch turns it back on; switched on: off', () => {
    const onSiteEnabled = vi.fn();
    const { container } = render(
      <Popup {...props({ page: { ...page('en', RELEASE_EN), enabled: false }, onSiteEnabled })} />,
    );
    const toggle = hook(container, 'site-switch') as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    expect(screen.getByRole('switch', { name: 'Whypost on x.com' })).toBe(toggle);
    fireEvent.click(toggle);
    expect(onSiteEnabled).toHaveBeenLastCalledWith(true);
    cleanup();
    const again = render(<Popup {...props({ page: page('en', RELEASE_EN), onSiteEnabled })} />);
    fireEvent.click(hook(again.container, 'site-switch'));
    expect(onSiteEnabled).toHaveBeenLastCalledWith(false);
  });
});

describe('the header and the brand', () => {
  test('the language switch says the choice and calls back', () => {
    const p = props({ lang: 'fr', uiLang: 'fr' });
    render(<Popup {...p} />);
    const select = screen.getByRole('combobox', { name: 'Langue' }) as HTMLSelectElement;
    expect(select.value).toBe('fr');
    fireEvent.change(select, { target: { value: 'auto' } });
    expect(p.onUiLang).toHaveBeenCalledWith('auto');
  });

  test('the brand switcher lists every brand, marks the locked ones, and calls back', async () => {
    const p = props({
      library: { ...LIBRARY, notices: [{ code: 'unreadable-brand', brand: 'Old brand' }] },
    });
    const { container } = render(<Popup {...p} />);
    const switcher = hook(container, 'brand-switcher');
    const select = within(switcher).getByRole('combobox', { name: 'Brand applied here' }) as HTMLSelectElement;
    expect(select.value).toBe('acme');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Default',
      'Café Lumière',
      'Corp Policy (managed by your organisation)',
      'Agency feed (subscription)',
    ]);
    fireEvent.change(select, { target: { value: 'corp' } });
    expect(p.onBrand).toHaveBeenCalledWith('corp');
    expect(switcher.textContent).toContain('The brand “Old brand” cannot be read');
    fireEvent.click(within(switcher).getByRole('button', { name: 'Manage brands' }));
    expect(p.onOpenOptions).toHaveBeenCalledOnce();
    expect(await seriousViolations(container)).toEqual([]);
  });

  test('presets nobody edited are named in the interface’s language; the user’s brands keep their names', () => {
    const { container } = render(<Popup {...props({ lang: 'fr', library: forInterface(LIBRARY, 'fr') })} />);
    const select = hook(container, 'brand-switcher').querySelector('select')!;
    expect([...select.options].map((o) => o.textContent)).toContain('Par défaut');
    expect([...select.options].map((o) => o.textContent)).toContain('Café Lumière');
  });

  test('a critique that did not come says the draft can be published as usual', () => {
    const p = page('fr', 'Bonjour');
    const { container } = render(
      <Popup {...props({ lang: 'fr', page: { ...p, draft: { ...p.draft!, critique: null, unavailable: true } } })} />,
    );
    expect(hook(container, 'current-draft').textContent).toContain('indisponible');
    expect(hook(container, 'current-draft').textContent).toContain('publier normalement');
  });

  test('a notice about a brand names it, not its id', () => {
    const p = props({ library: { ...LIBRARY, notices: [{ code: 'stored-locally', brand: 'acme' }] } });
    const { container } = render(<Popup {...p} />);
    expect(hook(container, 'brand-switcher').textContent).toContain('“Café Lumière”');
  });
});

describe('tabs', () => {
  test('arrow keys move between the draft and the queue', () => {
    render(<Popup {...props()} />);
    const [draftTab, queueTab] = screen.getAllByRole('tab');
    expect(draftTab!.getAttribute('aria-selected')).toBe('true');
    expect(queueTab!.textContent).toBe('Review queue (3)');
    draftTab!.focus();
    fireEvent.keyDown(draftTab!, { key: 'ArrowRight' });
    expect(queueTab!.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(queueTab);
    expect(screen.getByRole('tabpanel').getAttribute('id')).toBe('wp-panel-queue');
    fireEvent.keyDown(queueTab!, { key: 'ArrowRight' });
    expect(draftTab!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(draftTab!, { key: 'End' });
    expect(queueTab!.getAttribute('tabindex')).toBe('0');
    expect(draftTab!.getAttribute('tabindex')).toBe('-1');
  });
});

describe('the review queue', () => {
  test.each([
    ['en', 'Published anyway (Approved by the client)', 'Abandoned', 'Posting for posting’s sake'],
    ['fr', 'Publié malgré tout (Validé par le client)', 'Abandonné', 'Publier pour publier'],
  ] as const)(
    '%s: newest first, reviewed hidden, each with its time, platform, brand, verdict, decision',
    async (lang, anyway, abandoned, verdict) => {
      const { container } = render(<Popup {...props({ lang })} />);
      openQueue();
      expect(shownIds(container)).toEqual(['bait-fr', 'release-en', 'bait-en']);
      const [first, second] = container.querySelectorAll('[data-whypost="queue-item"]');
      expect(first!.textContent).toContain(anyway);
      expect(first!.textContent).toContain('Café Lumière');
      expect(first!.textContent).toContain('X');
      expect(first!.textContent).toContain(verdict);
      expect(first!.textContent).toContain('Likez si vous aimez le lundi');
      expect(first!.querySelector('time')!.getAttribute('datetime')).toBe(new Date(NOW - HOUR).toISOString());
      expect(second!.textContent).toContain(abandoned);
      expect(second!.textContent).toContain('Facebook');
      expect(await seriousViolations(container)).toEqual([]);
    },
  );

  test('the filters change the list: reviewed, brand, rule, decision, dates', async () => {
    const { container } = render(<Popup {...props()} />);
    openQueue();
    const queue = hook(container, 'queue');
    fireEvent.click(within(queue).getByRole('checkbox', { name: 'Show reviewed drafts' }));
    expect(shownIds(container)).toEqual(['bait-fr', 'release-en', 'offer-fr', 'bait-en']);
    expect(queue.textContent).toContain('4 of 4 drafts shown.');

    expect(within(queue).queryByRole('combobox', { name: 'Brand' })).toBeNull();
    openFilters();
    const brand = within(queue).getByRole('combobox', { name: 'Brand' });
    fireEvent.change(brand, { target: { value: 'acme' } });
    expect(shownIds(container)).toEqual(['bait-fr', 'offer-fr']);
    fireEvent.change(brand, { target: { value: '' } });

    const rule = within(queue).getByRole('combobox', { name: 'Rule' }) as HTMLSelectElement;
    expect([...rule.options].map((o) => o.value)).toContain('press-release-dump');
    fireEvent.change(rule, { target: { value: 'engagement-bait' } });
    expect(shownIds(container)).toEqual(['bait-fr', 'bait-en']);
    fireEvent.change(rule, { target: { value: '' } });

    fireEvent.change(within(queue).getByRole('combobox', { name: 'Decision' }), { target: { value: 'abandoned' } });
    expect(shownIds(container)).toEqual(['release-en']);
    expect(screen.getByRole('button', { name: /^Filters/ }).textContent).toContain('Filters (1 active)');
    expect(screen.getByRole('status').textContent).toContain('1 of 4 drafts shown.');
    // Reset leaves "show reviewed" as it is: it sits outside the filters' panel.
    fireEvent.click(within(queue).getByRole('button', { name: 'Reset filters' }));
    expect(shownIds(container)).toEqual(['bait-fr', 'release-en', 'offer-fr', 'bait-en']);
    fireEvent.click(within(queue).getByRole('checkbox', { name: 'Show reviewed drafts' }));
    expect(shownIds(container)).toEqual(['bait-fr', 'release-en', 'bait-en']);

    const day = (ms: number) => {
      const d = new Date(ms);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    fireEvent.change(within(queue).getByLabelText('From'), { target: { value: day(NOW - 3 * DAY) } });
    expect(shownIds(container)).toEqual(['bait-fr', 'release-en']);
    fireEvent.change(within(queue).getByLabelText('To'), { target: { value: day(NOW - 2 * DAY) } });
    expect(shownIds(container)).toEqual(['release-en']);
    fireEvent.change(within(queue).getByLabelText('From'), { target: { value: day(NOW) } });
    expect(shownIds(container)).toEqual([]);
    expect(queue.textContent).toContain('No draft matches these filters.');
    expect(await seriousViolations(container)).toEqual([]);
  });

  test('exports the drafts shown, as CSV and JSON, with dated file names', () => {
    const download = vi.fn();
    const { container } = render(<Popup {...props({ lang: 'fr', download })} />);
    openQueue();
    openFilters();
    fireEvent.change(within(hook(container, 'queue')).getByRole('combobox', { name: 'Marque' }), {
      target: { value: 'default' },
    });
    expect(shownIds(container)).toEqual(['release-en', 'bait-en']);

    fireEvent.click(hook(container, 'export-csv'));
    expect(download).toHaveBeenCalledTimes(1);
    const [csvName, csvMime, csv] = download.mock.calls[0] as [string, string, string];
    expect(csvName).toBe('whypost-drafts-2026-11-23.csv');
    expect(csvMime).toBe('text/csv');
    const lines = csv.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe(
      '\ufeffdate,plateforme,emplacement,marque,compte,langue,genre,verdict,score,décision,raison,relu,règles,texte',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(RELEASE_EN);
    expect(lines[2]).toContain('Like if you agree');
    expect(csv).not.toContain('Likez');

    fireEvent.click(hook(container, 'export-json'));
    const [jsonName, jsonMime, json] = download.mock.calls[1] as [string, string, string];
    expect(jsonName).toBe('whypost-drafts-2026-11-23.json');
    expect(jsonMime).toBe('application/json');
    const parsed = JSON.parse(json) as { schema: string; exportedAt: string; drafts: DraftRecord[] };
    expect(parsed.schema).toBe('whypost.drafts');
    expect(parsed.exportedAt).toBe(new Date(NOW).toISOString());
    expect(parsed.drafts.map((d) => d.id)).toEqual(['release-en', 'bait-en']);
    expect(screen.getByRole('status').textContent).toContain('2 brouillons exportés en JSON.');
  });

  test('clearing needs a confirmation in the popup, and can be cancelled', async () => {
    const onClear = vi.fn();
    const { container } = render(<Popup {...props({ onClear })} />);
    openQueue();
    fireEvent.click(hook(container, 'clear'));
    expect(onClear).not.toHaveBeenCalled();
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('Delete all 4 recorded drafts? This cannot be undone.');
    expect(document.activeElement?.textContent).toBe('Cancel');
    expect(await seriousViolations(container)).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClear).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(hook(container, 'clear'));

    fireEvent.click(hook(container, 'clear'));
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();

    fireEvent.click(hook(container, 'clear'));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete all' }));
    expect(onClear).toHaveBeenCalledOnce();
    expect(screen.getByRole('status').textContent).toContain('History cleared.');
  });

  test('the detail: full text, the brief with its questions, the findings, and its actions', async () => {
    const onReviewed = vi.fn();
    const onDelete = vi.fn();
    const { container } = render(<Popup {...props({ onReviewed, onDelete })} />);
    openQueue();
    const row = container.querySelector('[data-id="release-en"] button') as HTMLElement;
    fireEvent.click(row);
    const detail = hook(container, 'detail');
    const draft = DRAFTS[1]!;
    expect(detail.textContent).toContain(RELEASE_EN);
    expect(document.activeElement).toBe(within(detail).getByRole('heading', { level: 3 }));
    expect(detail.querySelectorAll('[data-element]')).toHaveLength(6);
    expect(detail.textContent).toContain(draft.brief!.audience.question);
    expect([...detail.querySelectorAll('q.quote')].map((q) => q.textContent)).toContain('is pleased to announce');
    expect(detail.textContent).toContain('Abandoned');
    expect(detail.textContent).toContain('Facebook (page)');
    expect(container.querySelector('[data-whypost="queue-item"]')).toBeNull();
    expect(await seriousViolations(container)).toEqual([]);

    fireEvent.click(within(detail).getByRole('button', { name: 'Mark as reviewed' }));
    expect(onReviewed).toHaveBeenCalledWith(['release-en'], true);
    fireEvent.click(within(detail).getByRole('button', { name: 'Delete' }));
    expect(onDelete).toHaveBeenCalledWith(['release-en']);
    expect(container.querySelector('[data-whypost="detail"]')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Draft deleted.');
  });

  test('Back returns to the list and to the row that was opened', () => {
    const { container } = render(<Popup {...props({ lang: 'fr' })} />);
    openQueue();
    fireEvent.click(container.querySelector('[data-id="bait-en"] button')!);
    const detail = hook(container, 'detail');
    expect(detail.textContent).toContain('Révisé');
    fireEvent.click(within(detail).getAllByRole('button', { name: /Retour à la liste/ })[0]!);
    expect(container.querySelector('[data-whypost="detail"]')).toBeNull();
    expect(document.activeElement).toBe(container.querySelector('[data-id="bait-en"] button'));
  });

  test('a reviewed draft offers "Mark as not reviewed"', () => {
    const onReviewed = vi.fn();
    const { container } = render(<Popup {...props({ onReviewed })} />);
    openQueue();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show reviewed drafts' }));
    fireEvent.click(container.querySelector('[data-id="offer-fr"] button')!);
    fireEvent.click(screen.getByRole('button', { name: 'Mark as not reviewed' }));
    expect(onReviewed).toHaveBeenCalledWith(['offer-fr'], false);
  });

  test('"mark all shown as reviewed" marks only the drafts shown and not reviewed', () => {
    const onReviewed = vi.fn();
    const { container } = render(<Popup {...props({ onReviewed })} />);
    openQueue();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show reviewed drafts' }));
    openFilters();
    fireEvent.change(screen.getByRole('combobox', { name: 'Brand' }), { target: { value: 'acme' } });
    expect(shownIds(container)).toEqual(['bait-fr', 'offer-fr']);
    fireEvent.click(screen.getByRole('button', { name: 'Mark all shown as reviewed' }));
    expect(onReviewed).toHaveBeenCalledWith(['bait-fr'], true);
  });

  test('an empty queue says so', async () => {
    const { container } = render(
      <Popup {...props({ drafts: [], history: { enabled: false, maxDrafts: 10, maxDays: 5 } })} />,
    );
    openQueue();
    const queue = hook(container, 'queue');
    expect(queue.textContent).toContain('No drafts yet.');
    expect(queue.textContent).toContain('History is off');
    expect((hook(container, 'clear') as HTMLButtonElement).disabled).toBe(true);
    expect(container.querySelector('[data-whypost="export-csv"]')).toBeNull();
    expect(await seriousViolations(container)).toEqual([]);
  });

  test('history settings: numbers are checked before they are saved', async () => {
    const onHistory = vi.fn();
    const history = { enabled: true, maxDrafts: 1000, maxDays: 90 };
    render(<Popup {...props({ history, onHistory })} />);
    openQueue();
    const maxDrafts = screen.getByLabelText('Maximum number of drafts') as HTMLInputElement;
    const maxDays = screen.getByLabelText('Keep for (days)') as HTMLInputElement;
    expect(maxDrafts.value).toBe('1000');

    fireEvent.input(maxDrafts, { target: { value: '0' } });
    fireEvent.input(maxDays, { target: { value: '12.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onHistory).not.toHaveBeenCalled();
    expect(maxDrafts.getAttribute('aria-invalid')).toBe('true');
    expect(maxDays.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('status').textContent).toContain('nothing was saved');
    expect(document.getElementById(maxDrafts.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Enter a whole number from 1 to 10,000.',
    );
    expect(document.activeElement).toBe(maxDrafts);
    expect(await seriousViolations(document.body)).toEqual([]);

    fireEvent.input(maxDrafts, { target: { value: '250' } });
    fireEvent.input(maxDays, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onHistory).toHaveBeenCalledWith({ enabled: true, maxDrafts: 250, maxDays: 30 });
    expect(maxDrafts.getAttribute('aria-invalid')).toBe('false');

    fireEvent.click(screen.getByRole('switch', { name: 'Record the drafts that reach the pre-publish check' }));
    expect(onHistory).toHaveBeenLastCalledWith({ enabled: false, maxDrafts: 1000, maxDays: 90 });
  });
});

describe('strings', () => {
  // Sample arguments for the strings that are functions.
  const sample = (fn: (...args: never[]) => unknown): unknown =>
    (fn as (...args: unknown[]) => unknown)(3, 10, () => '1 janv.');

  test('French typography: no ordinary space before ; : ! ? or inside « »', () => {
    const t = popupStrings('fr');
    const texts: string[] = [];
    const walk = (value: unknown) => {
      if (typeof value === 'string') texts.push(value);
      else if (typeof value === 'function') texts.push(String(sample(value as () => unknown)));
      else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
    };
    walk(t);
    texts.push(
      t.notice(
        {
          code: 'refresh-failed',
          brand: 'Acme',
          error: { code: 'status', host: 'acme.example', status: 500 },
          updatedAt: NOW,
        },
        () => '23 nov.',
      ),
    );
    expect(texts.length).toBeGreaterThan(80);
    expect(texts.filter((s) => / [;:!?»]|« /.test(s))).toEqual([]);
    expect(t.confirmClear(4)).toMatch(/enregistrés\u202f\?/);
  });

  test('the decisions in both languages', () => {
    expect(popupStrings('fr').decisions).toEqual({
      published: 'Publié',
      'published-anyway': 'Publié malgré tout',
      revised: 'Révisé',
      abandoned: 'Abandonné',
    });
    expect(popupStrings('en').decisions).toEqual({
      published: 'Published',
      'published-anyway': 'Published anyway',
      revised: 'Revised',
      abandoned: 'Abandoned',
    });
  });

  test('both languages have the same keys', () => {
    expect(Object.keys(popupStrings('fr')).sort()).toEqual(Object.keys(popupStrings('en')).sort());
  });
});
