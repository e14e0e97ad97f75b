// @vitest-environment happy-dom
// The coaching report page (issue 13) as a team lead and a screen reader meet
// it: the figures with their hooks, the filters, the tables beside the charts,
// the plain sentences of empty and thin data, the exports, and axe in French
// and English. uPlot draws nothing in happy-dom (no canvas): the tables carry
// every figure, which is the point.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ELEMENTS, type Element as BriefElement } from '../analyzers/types';
import { Popup, type PopupProps } from '../components/popup/Popup';
import { Report, type ReportProps } from '../components/report/Report';
import { DEFAULT_REPORT_FORM } from '../utils/report';
import type { DraftRecord } from '../utils/storage';

afterEach(cleanup);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Monday 23 November 2026, 15:30.
const NOW = new Date(2026, 10, 23, 15, 30).getTime();

function brief(missing: BriefElement[]): NonNullable<DraftRecord['brief']> {
  const out = {} as NonNullable<DraftRecord['brief']>;
  for (const e of ELEMENTS) out[e] = { status: missing.includes(e) ? 'missing' : 'present', evidence: [] };
  return out;
}

function draft(id: string, overrides: Partial<DraftRecord>): DraftRecord {
  return {
    id,
    at: NOW - HOUR,
    text: `Draft ${id}`,
    platform: 'x',
    surface: 'home',
    brandId: 'acme',
    brand: 'Café Lumière',
    lang: 'fr',
    genre: 'purposeful',
    verdict: 'ready',
    findings: [],
    brief: brief([]),
    decision: 'published',
    ...overrides,
  };
}

const bait = { genre: 'engagement-bait', verdict: 'posting-for-posting-sake' } as const;
const rule = (id: string) => ({
  rule: id,
  category: 'objective' as const,
  severity: 'warning' as const,
  message: '',
  suggestion: '',
});

const DRAFTS: DraftRecord[] = [
  draft('1', {}),
  draft('2', {
    ...bait,
    at: NOW - DAY,
    decision: 'published-anyway',
    reason: 'client-approved',
    findings: [rule('engagement-bait')],
    brief: brief(['call-to-action']),
  }),
  draft('3', {
    ...bait,
    at: NOW - 2 * DAY,
    decision: 'published-anyway',
    reason: 'client-approved',
    findings: [rule('engagement-bait')],
    brief: brief(['call-to-action', 'value']),
  }),
  draft('4', {
    genre: 'press-release',
    verdict: 'posting-for-posting-sake',
    at: NOW - 3 * DAY,
    decision: 'abandoned',
    findings: [rule('press-release-dump')],
    brief: brief(['value']),
  }),
  draft('5', { ...bait, at: NOW - 8 * DAY, decision: 'revised', platform: 'facebook', surface: 'page' }),
  draft('6', { at: NOW - 8 * DAY + 60_000, platform: 'facebook', surface: 'page' }),
  draft('7', { at: NOW - 2 * HOUR, brandId: 'nord', brand: 'Nord Vélo', decision: 'abandoned', ...bait }),
];

function props(overrides: Partial<ReportProps> = {}): ReportProps {
  return {
    lang: 'en',
    uiLang: 'auto',
    onUiLang: vi.fn(),
    loaded: true,
    drafts: DRAFTS,
    historyEnabled: true,
    now: NOW,
    download: vi.fn(),
    print: vi.fn(),
    ...overrides,
  };
}

const hook = (container: Element, name: string) => {
  const el = container.querySelector<HTMLElement>(`[data-whypost="${name}"]`);
  if (!el) throw new Error(`no [data-whypost="${name}"]`);
  return el;
};
const text = (container: Element, name: string) => hook(container, name).textContent?.replace(/\s+/g, ' ').trim();

async function seriousViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { resultTypes: ['violations'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.html).join(' | ')})`);
}

function select(container: Element, filter: string, value: string) {
  const el = container.querySelector<HTMLSelectElement>(`[data-filter="${filter}"]`)!;
  el.value = value;
  fireEvent.change(el);
}

describe('the figures', () => {
  test('every brand, the last 30 days: each figure with its count and share', () => {
    const { container } = render(<Report {...props()} />);
    expect(hook(container, 'report').getAttribute('lang')).toBe('en');
    expect(text(container, 'report-checked')).toBe('7 Drafts checked every press of Post');
    // Stopped: 2 3 4 5 7.
    expect(text(container, 'report-flagged')).toBe('5 Flagged 71% of 7');
    expect(text(container, 'report-published-anyway')).toBe('2 Published anyway 29% of 7');
    expect(text(container, 'report-revised')).toBe('1 Revised 14% of 7');
    expect(text(container, 'report-abandoned')).toBe('2 Abandoned 29% of 7');
    expect(hook(container, 'report-checked').dataset.count).toBe('7');
    expect(text(container, 'report-scope')).toMatch(
      /^All brands · All platforms · Last 30 days \(Oct 25, 2026 – Nov 23, 2026\)$/,
    );
  });

  test('the tables hold what the charts show, and the reasons quote the most frequent', () => {
    const { container } = render(<Report {...props()} />);
    const rows = (section: string) =>
      [...hook(container, section).querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children].map((c) => c.textContent),
      );
    expect(rows('report-genres')).toEqual([
      ['Engagement bait', '4', '80%'],
      ['Press release', '1', '20%'],
    ]);
    expect(rows('report-missing')).toEqual([
      // A tie keeps the brief's order.
      ['Value for the reader', '2', '29%'],
      ['Call to action', '2', '29%'],
    ]);
    expect(rows('report-weeks').map((r) => r[0])).toEqual([
      'Week of Oct 19, 2026',
      'Week of Oct 26, 2026',
      'Week of Nov 2, 2026',
      'Week of Nov 9, 2026',
      'Week of Nov 16, 2026',
      'Week of Nov 23, 2026',
    ]);
    // A week with nothing says so, rather than 0% or NaN.
    expect(rows('report-weeks')[0]).toEqual(['Week of Oct 19, 2026', '0', '0', 'no draft']);
    expect(rows('report-weeks').slice(3)).toEqual([
      ['Week of Nov 9, 2026', '2', '1', '50%'],
      ['Week of Nov 16, 2026', '3', '3', '100%'],
      ['Week of Nov 23, 2026', '2', '1', '50%'],
    ]);
    expect(hook(container, 'report-reasons').querySelector('q')?.textContent).toBe('Approved by the client');
    expect(text(container, 'report-coaching')).toContain('1 of 5 flagged drafts were revised; 1 of them then went out');
    // Each chart is named for screen readers and points to its table.
    const charts = container.querySelectorAll('[data-whypost="report-chart"]');
    expect(charts).toHaveLength(3);
    for (const chart of charts) {
      expect(chart.getAttribute('role')).toBe('img');
      expect(chart.getAttribute('aria-label')).toMatch(/^Chart: .+ The table has the same figures\.$/);
    }
    expect(container.textContent).not.toMatch(/NaN|undefined|Infinity/);
  });

  test.each([
    ['en', ['All platforms', 'X', 'Facebook', 'LinkedIn'], 'All brands · LinkedIn · '],
    ['fr', ['Toutes les plateformes', 'X', 'Facebook', 'LinkedIn'], 'Toutes les marques · LinkedIn · '],
  ] as const)('%s: LinkedIn is the third platform of the filter', (lang, names, scope) => {
    const { container } = render(<Report {...props({ lang })} />);
    const options = [...container.querySelectorAll<HTMLOptionElement>('[data-filter="platform"] option')];
    expect(options.map((o) => o.textContent)).toEqual(names);
    expect(options.map((o) => o.value)).toEqual(['', 'x', 'facebook', 'linkedin']);
    select(container, 'platform', 'linkedin');
    expect(text(container, 'report-scope').startsWith(scope)).toBe(true);
    expect(hook(container, 'report-empty')).toBeTruthy();
  });

  test('filters: a brand, a platform, a period of two dates', () => {
    const { container } = render(<Report {...props()} />);
    select(container, 'brand', 'nord');
    expect(text(container, 'report-checked')).toMatch(/^1 /);
    expect(text(container, 'report-scope')).toMatch(/^Nord Vélo · /);
    select(container, 'brand', 'acme');
    select(container, 'platform', 'facebook');
    expect(text(container, 'report-checked')).toMatch(/^2 /);
    expect(text(container, 'report-revised')).toMatch(/^1 /);
    select(container, 'platform', '');
    select(container, 'period', '7');
    expect(text(container, 'report-checked')).toMatch(/^4 /);
    select(container, 'period', 'dates');
    expect(text(container, 'report-empty')).toBe('Choose two dates to show this period.');
    const date = (name: string, value: string) => {
      const input = container.querySelector<HTMLInputElement>(`[data-filter="${name}"]`)!;
      input.value = value;
      fireEvent.change(input);
    };
    date('from', '2026-11-15');
    date('to', '2026-11-15');
    expect(text(container, 'report-checked')).toMatch(/^2 /);
  });

  test('opens on the filters given in its address', () => {
    const { container } = render(
      <Report {...props({ initialForm: { ...DEFAULT_REPORT_FORM, brand: 'nord', period: '7' } })} />,
    );
    expect((container.querySelector('[data-filter="brand"]') as HTMLSelectElement).value).toBe('nord');
    expect(text(container, 'report-checked')).toMatch(/^1 /);
  });

  test('French: the same figures, French words and typography', () => {
    const { container } = render(<Report {...props({ lang: 'fr' })} />);
    expect(text(container, 'report-flagged')).toBe('5 Signalés 71 % sur 7');
    expect(text(container, 'report-published-anyway')).toMatch(/^2 Publié malgré tout/);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Whypost · Rapport de coaching');
    expect(container.textContent).not.toMatch(/NaN|undefined/);
  });
});

describe('empty and thin data', () => {
  test('no draft at all: a plain sentence, zeros, no chart', () => {
    const { container } = render(<Report {...props({ drafts: [] })} />);
    expect(text(container, 'report-empty')).toBe(
      'No draft has been recorded yet. The figures will appear here once drafts reach the pre-publish check.',
    );
    expect(text(container, 'report-checked')).toMatch(/^0 /);
    expect(text(container, 'report-flagged')).toBe('0 Flagged 0% of 0');
    expect(container.querySelector('[data-whypost="report-chart"]')).toBeNull();
    expect(container.textContent).not.toMatch(/NaN/);
  });

  test('a brand with no draft in the period', () => {
    const { container } = render(
      <Report
        {...props({
          initialForm: { ...DEFAULT_REPORT_FORM, brand: 'nord', period: 'dates', from: '2026-01-01', to: '2026-01-31' },
        })}
      />,
    );
    expect(text(container, 'report-empty')).toBe('No draft was checked for this brand, platform and period.');
    expect(container.querySelector('[data-whypost="report-chart"]')).toBeNull();
  });

  test('one draft: the figures with a word of caution; nothing flagged says so', () => {
    const { container } = render(<Report {...props({ drafts: [DRAFTS[0]!] })} />);
    expect(container.textContent).toContain('Only one draft in this period: read the shares with care.');
    expect(text(container, 'report-genres')).toContain('No draft was flagged in this period.');
    expect(text(container, 'report-reasons')).toContain('No draft was published anyway in this period.');
    expect(text(container, 'report-missing')).toContain('No business element was missing.');
    expect(container.textContent).not.toMatch(/NaN/);
  });

  test('loading: says so rather than "no draft"', () => {
    const { container } = render(<Report {...props({ loaded: false, drafts: [] })} />);
    expect(container.textContent).toContain('Loading…');
    expect(container.querySelector('[data-whypost="report-empty"]')).toBeNull();
  });
});

describe('exports and print', () => {
  test('the CSV and the JSON hold the figures shown', () => {
    const download = vi.fn();
    const { container } = render(<Report {...props({ download })} />);
    fireEvent.click(hook(container, 'report-export-csv'));
    const [name, mime, csv] = download.mock.calls[0] as [string, string, string];
    expect(name).toBe('whypost-report-2026-11-23.csv');
    expect(mime).toBe('text/csv');
    const lines = csv.split('\r\n');
    expect(lines).toContain('checked,,Drafts checked,7,100.0,7');
    expect(lines).toContain('flagged,,Drafts flagged,5,71.4,7');
    expect(lines).toContain('decision,published-anyway,Decision: Published anyway,2,28.6,7');
    expect(lines).toContain('reason,client-approved,Reason for publishing anyway: Approved by the client,2,100.0,2');
    expect(text(container, 'report-status')).toBe('Figures exported as CSV.');
    fireEvent.click(hook(container, 'report-export-json'));
    const [jsonName, , json] = download.mock.calls[1] as [string, string, string];
    expect(jsonName).toBe('whypost-report-2026-11-23.json');
    expect(JSON.parse(json)).toMatchObject({ schema: 'whypost.report', checked: 7, flagged: { count: 5 } });
  });

  test('French CSV headers', () => {
    const download = vi.fn();
    const { container } = render(<Report {...props({ lang: 'fr', download })} />);
    fireEvent.click(hook(container, 'report-export-csv'));
    expect((download.mock.calls[0]![2] as string).split('\r\n')[0]).toBe(
      '\ufeffrubrique,clé,libellé,nombre,part (%),sur',
    );
  });

  test('print, and the language switch', () => {
    const print = vi.fn();
    const onUiLang = vi.fn();
    render(<Report {...props({ print, onUiLang })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    const lang = screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement;
    lang.value = 'fr';
    fireEvent.change(lang);
    expect(onUiLang).toHaveBeenCalledWith('fr');
  });
});

describe('accessibility', () => {
  test.each(['en', 'fr'] as const)('%s: no serious or critical axe violation, with data and without', async (lang) => {
    const full = render(<Report {...props({ lang })} />);
    expect(await seriousViolations(full.container)).toEqual([]);
    cleanup();
    const empty = render(<Report {...props({ lang, drafts: [] })} />);
    expect(await seriousViolations(empty.container)).toEqual([]);
  });

  test('headings give the page its outline', () => {
    render(<Report {...props()} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'At a glance',
      'Share of drafts flagged, week by week',
      'Genres of the flagged drafts',
      'Business elements most often missing',
      'Reasons given for publishing anyway',
      'Rules most often triggered',
      'Verdicts',
      'Decisions',
      'Coaching effect',
    ]);
  });
});

describe('the way in from the popup', () => {
  test('the review queue opens the report for the brand it shows', () => {
    const onOpenReport = vi.fn();
    const popup: PopupProps = {
      lang: 'en',
      uiLang: 'auto',
      onUiLang: vi.fn(),
      page: null,
      library: { entries: [], active: 'default', notices: [] },
      activeBrandId: 'default',
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
      onOpenReport,
      now: NOW,
    };
    const { container } = render(<Popup {...popup} />);
    fireEvent.click(screen.getByRole('tab', { name: /Review queue/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Coaching report' }));
    expect(onOpenReport).toHaveBeenCalledWith('');
    fireEvent.click(screen.getByRole('button', { name: /^Filters/ }));
    select(container, 'brand', 'nord');
    fireEvent.click(screen.getByRole('button', { name: 'Coaching report' }));
    expect(onOpenReport).toHaveBeenLastCalledWith('nord');
  });
});
