// @vitest-environment happy-dom
// The options page's brand settings as a person and a screen reader meet them:
// the library with every kind of brand, creating, editing and saving a rule set
// (checked with the real schema), importing with its errors and conflicts,
// exporting, subscribing, and no serious or critical axe violation.
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  parseBrand,
  parseBrandText,
  PRESETS,
  type BrandError,
  type BrandInput,
  type PresetId,
} from '../analyzers/brand';
import { CATALOGS } from '../analyzers/messages';
import { Notices } from '../components/options/Notices';
import type { SubscribeResult } from '../components/options/SubscribeBrand';
import { RULE_IDS } from '../analyzers/rules';
import {
  checkSubscriptionUrl,
  errorText,
  fieldKeys,
  formatDate,
  formatRelative,
  linesToTerms,
  routeErrors,
  splitList,
  toForm,
  toInput,
} from '../components/options/form';
import { Options, type OptionsProps } from '../components/options/Options';
import { OPTIONS_STRINGS, optionsStrings } from '../components/options/strings';
import type { BrandEntry, BrandLibrary, SaveResult } from '../utils/brands/types';

afterEach(cleanup);
// axe reads the whole page, the editor's hundred controls included.
vi.setConfig({ testTimeout: 20_000 });

const NOW = Date.UTC(2026, 10, 23, 14, 0);
// Noon UTC: the 23rd in every time zone the tests may run in.
const UPDATED = Date.UTC(2026, 10, 23, 12, 0);

const clone = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const example = JSON.parse(readFileSync('assets/examples/brand.json', 'utf8')) as BrandInput;
const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

function presetEntry(id: PresetId): BrandEntry {
  const input = clone(PRESETS[id]) as BrandInput;
  return { id, name: input.name, source: 'preset', locked: false, input, storedIn: 'builtin', preset: id };
}

const lamontagne: BrandEntry = {
  id: 'boulangerie-lamontagne',
  name: 'Boulangerie Lamontagne',
  source: 'user',
  locked: false,
  input: { $schema: 'https://whypost.app/brand.schema.json', ...clone(example) },
  storedIn: 'local',
  preset: 'b2c-shop',
};
const managed: BrandEntry = {
  id: 'groupe-central',
  name: 'Groupe central',
  source: 'managed',
  locked: true,
  input: { ...(clone(PRESETS.b2b) as BrandInput), id: 'groupe-central', name: 'Groupe central' },
  storedIn: 'managed',
};
const subscribed: BrandEntry = {
  id: 'reseau-franchise',
  name: 'Réseau franchise',
  source: 'subscription',
  locked: true,
  input: { ...(clone(PRESETS['strict-agency']) as BrandInput), id: 'reseau-franchise', name: 'Réseau franchise' },
  storedIn: 'sync',
  subscription: {
    url: 'https://brands.example.com/franchise.json',
    updatedAt: UPDATED,
    checkedAt: NOW - 2 * 3_600_000,
    error: { code: 'status', host: 'brands.example.com', status: 503 },
  },
};
const unreadableRaw = {
  schema: 'whypost.brand',
  version: 1,
  name: 'Ancienne',
  rules: { buzzwords: { severity: 'fatal' } },
};
const unreadable: BrandEntry = {
  id: 'ancienne',
  name: 'Ancienne',
  source: 'user',
  locked: false,
  input: clone(PRESETS.default) as BrandInput,
  storedIn: 'sync',
  unreadable: {
    errors: [
      { path: 'rules.buzzwords.severity', message: 'expected ("suggestion" | "warning" | "blocker"), got "fatal"' },
    ],
    raw: unreadableRaw,
  },
};

function library(overrides: Partial<BrandLibrary> = {}): BrandLibrary {
  return {
    entries: [...PRESET_IDS.map(presetEntry), lamontagne, managed, subscribed, unreadable],
    active: 'boulangerie-lamontagne',
    notices: [
      { code: 'stored-locally', brand: 'boulangerie-lamontagne' },
      {
        code: 'refresh-failed',
        brand: 'reseau-franchise',
        error: { code: 'status', host: 'brands.example.com', status: 503 },
        updatedAt: UPDATED,
      },
      { code: 'unreadable-brand', brand: 'ancienne' },
      { code: 'managed-unavailable' },
    ],
    ...overrides,
  };
}

const saved = (id: string): SaveResult => ({ ok: true, id, storedIn: 'sync' });

/** Renders the page; `props` are the default callbacks (mocks), which `overrides` replace. */
function setup(overrides: Partial<OptionsProps> = {}) {
  const props = {
    lang: 'en' as const,
    uiLang: 'auto' as const,
    onUiLang: vi.fn(),
    library: library(),
    onCreate: vi.fn(async (_name: string, preset: PresetId) => saved(`new-${preset}`)),
    onRename: vi.fn(async (id: string) => saved(id)),
    onDuplicate: vi.fn(async (id: string) => saved(`${id}-copy`)),
    onDelete: vi.fn(async () => {}),
    onSave: vi.fn(async (id: string, _input: BrandInput) => saved(id)),
    onSetActive: vi.fn(async () => {}),
    onImport: vi.fn(async () => saved('imported')),
    exportText: vi.fn((id: string) => `{"id":"${id}"}\n`),
    onSubscribe: vi.fn(async () => saved('subscribed')),
    onRefresh: vi.fn(async () => {}),
    onUnsubscribe: vi.fn(async () => {}),
    download: vi.fn(),
    now: NOW,
  } satisfies OptionsProps;
  const view = render(<Options {...props} {...overrides} />);
  return { props, ...view };
}

const hook = (name: string, root: ParentNode = document) => {
  const element = root.querySelector<HTMLElement>(`[data-whypost="${name}"]`);
  if (!element) throw new Error(`no [data-whypost="${name}"]`);
  return element;
};
const item = (id: string) => document.querySelector<HTMLElement>(`[data-whypost="brand-item"][data-brand="${id}"]`)!;
const open = (id: string) => fireEvent.click(hook('select', item(id)));
const editor = () => hook('brand-editor');
const field = (label: RegExp | string) => within(editor()).getByLabelText<HTMLInputElement>(label);

async function seriousViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { resultTypes: ['violations'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('strings', () => {
  test('French and English say the same things', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' && v !== null ? keys(v as object).map((sub) => `${k}.${sub}`) : [k],
      );
    expect(keys(OPTIONS_STRINGS.fr).sort()).toEqual(keys(OPTIONS_STRINGS.en).sort());
    expect(Object.keys(OPTIONS_STRINGS.fr.presets).sort()).toEqual([...PRESET_IDS].sort());
  });

  test('French typography applies to the wording, never to the names put into it', () => {
    const fr = optionsStrings('fr', 'fr-FR');
    expect(fr.deleteConfirm('Café ? Oui !')).toBe(
      'Supprimer «\u00a0Café ? Oui !\u00a0»\u202f? Elle disparaîtra de tous les navigateurs où vous utilisez Whypost.',
    );
    expect(fr.importErrors).toContain('importée\u202f; rien');
    expect(fr.notices.storedLocally('X')).toContain('synchronisé\u00a0: elle');
    const quebec = optionsStrings('fr', 'fr-CA');
    expect(quebec.deleteConfirm('Dupain')).toMatch(/^Supprimer «\u00a0Dupain\u00a0»\? /);
    expect(optionsStrings('en').deleteConfirm('Dupain')).toMatch(/^Delete “Dupain”\? /);
  });
});

describe('form model', () => {
  test.each(PRESET_IDS)('the preset %s goes through the form unchanged', (id) => {
    const input = clone(PRESETS[id]) as BrandInput;
    expect(toInput(toForm(input), input)).toEqual(input);
  });

  test('the complete example goes through the form with every field and its meaning', () => {
    const out = toInput(toForm(example), example);
    const sortRequire = (b: BrandInput) => ({
      ...b,
      conditions: b.conditions?.map((c) => ({ ...c, require: [...c.require].map((r) => JSON.stringify(r)).sort() })),
    });
    expect(sortRequire(out)).toEqual(sortRequire(example));
    expect(parseBrand(out).ok).toBe(true);
  });

  test('term lists are trimmed, blank lines dropped; domains split on commas and spaces', () => {
    expect(linesToTerms('  croissants \n\n\r\nbrunch  \n ')).toEqual(['croissants', 'brunch']);
    expect(splitList('a.fr, *.a.fr  b.ca,')).toEqual(['a.fr', '*.a.fr', 'b.ca']);
  });

  test('errors go to the most precise field their path names, the others to the summary', () => {
    const form = toForm(example);
    const errors: BrandError[] = [
      { path: 'utm.0.domains.1', message: 'bad domain' },
      { path: 'products.3', message: 'too long' },
      { path: 'rules.buzzwords.severity', message: 'bad severity' },
      { path: 'rules.hashtag-stuffed', message: 'unknown rule' },
      { path: 'conditions.0.when', message: 'bad trigger' },
      { path: 'conditions.3.id', message: 'not in the form any more' },
      { path: 'version', message: 'must be 1' },
      { path: 'blocking.rules.0', message: 'unknown rule "x"' },
    ];
    const { byField, other } = routeErrors(errors, form);
    expect([...byField.keys()].sort()).toEqual(
      ['blocking.rules', 'conditions', 'conditions.0.when', 'products', 'rules.buzzwords', 'utm.0.domains'].sort(),
    );
    expect(other.map((e) => e.path)).toEqual(['rules.hashtag-stuffed', 'version']);
    expect(fieldKeys(form).has('conditions.2.id')).toBe(false);
  });

  test('subscription addresses must be https', () => {
    expect(checkSubscriptionUrl('https://brands.example.com/a.json')).toBe('ok');
    expect(checkSubscriptionUrl('http://brands.example.com/a.json')).toBe('not-https');
    expect(checkSubscriptionUrl('ftp://brands.example.com/a.json')).toBe('not-https');
    expect(checkSubscriptionUrl('brands.example.com')).toBe('not-an-address');
  });

  test('dates and import errors read naturally', () => {
    expect(formatDate(Date.UTC(2026, 10, 23, 8), 'en', 'UTC')).toBe('23 Nov 2026, 08:00');
    expect(formatDate(Date.UTC(2026, 10, 23, 8), 'fr', 'UTC')).toMatch(/^23 nov\. 2026.*08:00$/);
    expect(formatRelative(NOW - 2 * 3_600_000, NOW, 'en')).toBe('2 hours ago');
    expect(formatRelative(NOW - 2 * 3_600_000, NOW, 'fr')).toBe('il y a 2 heures');
    const error = { path: 'rules.x.enabled', message: 'expected boolean', line: 9 };
    expect(errorText(error, optionsStrings('en'))).toBe('line 9 · rules.x.enabled: expected boolean');
    expect(errorText(error, optionsStrings('fr', 'fr-FR'))).toBe('ligne 9 · rules.x.enabled\u00a0: expected boolean');
  });
});

describe('the library', () => {
  test.each([
    [
      'en',
      'Brands',
      'Yours',
      'Used by default',
      'too big for synced storage',
      'Refreshing “Réseau franchise” failed: brands.example.com answered 503; the copy of 23 Nov 2026',
    ],
    [
      'fr',
      'Marques',
      'La vôtre',
      'Utilisée par défaut',
      'trop volumineuse pour le stockage synchronisé',
      'Échec de l’actualisation de «\u00a0Réseau franchise\u00a0»\u00a0: brands.example.com a répondu 503\u202f; la copie du 23 nov. 2026',
    ],
  ] as const)(
    '%s: every brand with its source, the default one, notices',
    async (lang, title, yours, active, local, refresh) => {
      const { container } = setup({ lang });
      const options = hook('options');
      expect(options.getAttribute('lang')).toBe(lang);
      expect(screen.getByRole('heading', { level: 2, name: title })).toBeTruthy();
      const items = container.querySelectorAll('[data-whypost="brand-item"]');
      expect([...items].map((i) => i.getAttribute('data-brand'))).toEqual([
        ...PRESET_IDS,
        'boulangerie-lamontagne',
        'groupe-central',
        'reseau-franchise',
        'ancienne',
      ]);
      const mine = item('boulangerie-lamontagne');
      expect(mine.textContent).toContain(yours);
      expect(hook('active', mine).textContent).toContain(active);
      expect(mine.querySelector('[data-whypost="use-by-default"]')).toBeNull();
      expect(hook('stored-locally', mine).textContent).toContain(local.split(' ').slice(-3).join(' '));
      expect(item('groupe-central').querySelector('[data-whypost="locked"]')).not.toBeNull();
      expect(item('b2b').querySelector('[data-whypost="locked"]')).toBeNull();
      const notices = hook('notices');
      expect(notices.getAttribute('role')).toBe('alert');
      expect(notices.querySelectorAll('li')).toHaveLength(4);
      expect(notices.textContent).toContain(local);
      expect(notices.textContent).toContain(refresh);
      // The default brand is open in the editor.
      expect(hook('brand-panel').getAttribute('data-brand')).toBe('boulangerie-lamontagne');
      expect(field(lang === 'en' ? 'Name' : 'Nom').value).toBe('Boulangerie Lamontagne');
      expect(await seriousViolations(container)).toEqual([]);
    },
  );

  test('the language switch and "use by default" call back', async () => {
    const { props } = setup();
    fireEvent.change(hook('ui-lang'), { target: { value: 'fr' } });
    expect(props.onUiLang).toHaveBeenCalledWith('fr');
    fireEvent.click(hook('use-by-default', item('b2b')));
    expect(props.onSetActive).toHaveBeenCalledWith('b2b');
    await waitFor(() => expect(hook('status').textContent).toBe('“B2B” is now used by default.'));
  });

  test('export downloads the brand’s file', () => {
    const { props } = setup();
    fireEvent.click(hook('export', item('b2c-shop')));
    expect(props.download).toHaveBeenCalledWith(
      'b2c-shop.whypost-brand.json',
      'application/json',
      '{"id":"b2c-shop"}\n',
    );
  });
});

describe('creating, renaming, duplicating, deleting', () => {
  test('create from a preset', async () => {
    const { props } = setup({ lang: 'fr' });
    fireEvent.click(hook('create'));
    expect(props.onCreate).not.toHaveBeenCalled();
    expect(screen.getByRole('alert', { name: '' }).textContent).toContain('Donnez un nom à la marque.');
    const preset = hook('create-preset') as HTMLSelectElement;
    expect([...preset.options].map((o) => o.textContent)).toContain('Institution publique');
    fireEvent.input(hook('create-name'), { target: { value: '  Studio Nord ' } });
    fireEvent.change(preset, { target: { value: 'b2b' } });
    fireEvent.click(hook('create'));
    expect(props.onCreate).toHaveBeenCalledWith('Studio Nord', 'b2b');
    await waitFor(() => expect(hook('create-status').textContent).toBe('«\u00a0Studio Nord\u00a0» créée.'));
  });

  test('a name that is taken is said so', async () => {
    setup({ onCreate: vi.fn(async () => ({ ok: false as const, conflict: { id: 'b2b', name: 'B2B' } })) });
    fireEvent.input(hook('create-name'), { target: { value: 'B2B' } });
    fireEvent.click(hook('create'));
    expect(await screen.findByText('A brand named “B2B” already exists: choose another name.')).toBeTruthy();
  });

  test('rename and duplicate call back and show the result', async () => {
    const { props } = setup();
    fireEvent.click(hook('rename'));
    const input = screen.getByLabelText<HTMLInputElement>('New name');
    expect(input.value).toBe('Boulangerie Lamontagne');
    fireEvent.input(input, { target: { value: 'Dupain & fils' } });
    fireEvent.submit(hook('rename-form'));
    expect(props.onRename).toHaveBeenCalledWith('boulangerie-lamontagne', 'Dupain & fils');
    await waitFor(() => expect(hook('status').textContent).toBe('Renamed “Dupain & fils”.'));
    fireEvent.click(hook('duplicate'));
    expect(props.onDuplicate).toHaveBeenCalledWith('boulangerie-lamontagne');
    await waitFor(() => expect(hook('status').textContent).toBe('Copy of “Boulangerie Lamontagne” created.'));
  });

  test('delete only after the in-page confirmation', async () => {
    const { props, container } = setup();
    expect(container.querySelector('[data-whypost="delete"]')).not.toBeNull();
    fireEvent.click(hook('delete'));
    expect(props.onDelete).not.toHaveBeenCalled();
    const confirmation = hook('delete-confirmation');
    expect(confirmation.textContent).toContain('Delete “Boulangerie Lamontagne”?');
    expect(document.activeElement).toBe(hook('delete-cancel'));
    fireEvent.click(hook('delete-cancel'));
    expect(container.querySelector('[data-whypost="delete-confirmation"]')).toBeNull();
    expect(props.onDelete).not.toHaveBeenCalled();
    fireEvent.click(hook('delete'));
    fireEvent.click(hook('delete-confirm'));
    expect(props.onDelete).toHaveBeenCalledWith('boulangerie-lamontagne');
    await waitFor(() => expect(hook('status').textContent).toBe('“Boulangerie Lamontagne” deleted.'));
  });

  test('presets cannot be deleted', () => {
    const { container } = setup();
    open('b2b');
    expect(hook('brand-panel').getAttribute('data-brand')).toBe('b2b');
    expect(container.querySelector('[data-whypost="delete"]')).toBeNull();
    expect(hook('brand-panel').textContent).toContain('A built-in preset');
  });
});

describe('the editor', () => {
  test('editing a term list, turning a rule off and changing a severity saves a valid rule set', async () => {
    const { props } = setup();
    const products = field(/Products and services/);
    expect(products.value).toBe(example.products!.join('\n'));
    fireEvent.input(products, { target: { value: 'pain au levain\n\n  chaussons aux pommes  \nbrunch\n' } });
    const toggle = hook('rule-toggle', editor());
    expect(editor().querySelectorAll('[data-whypost="rule-toggle"]')).toHaveLength(RULE_IDS.length);
    const hashtags = editor().querySelector<HTMLInputElement>(
      '[data-whypost="rule-toggle"][data-rule="hashtag-stuffing"]',
    )!;
    const buzzwords = editor().querySelector<HTMLInputElement>('[data-whypost="rule-toggle"][data-rule="buzzwords"]')!;
    expect(toggle.getAttribute('data-rule')).toBe(RULE_IDS[0]);
    expect(hashtags.checked).toBe(true);
    expect(buzzwords.checked).toBe(false);
    fireEvent.click(hashtags);
    expect(hashtags.checked).toBe(false);
    const audience = editor().querySelector<HTMLSelectElement>(
      '[data-whypost="rule-severity"][data-rule="missing-audience"]',
    )!;
    expect(audience.value).toBe('');
    fireEvent.change(audience, { target: { value: 'warning' } });
    fireEvent.click(within(editor()).getByLabelText('Recruitment'));
    fireEvent.click(hook('save'));

    expect(props.onSave).toHaveBeenCalledOnce();
    const [id, input] = props.onSave.mock.calls[0]!;
    expect(id).toBe('boulangerie-lamontagne');
    const result = parseBrand(input);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(input.products).toEqual(['pain au levain', 'chaussons aux pommes', 'brunch']);
    expect(input.rules).toEqual({
      'engagement-bait': { severity: 'blocker' },
      'untracked-link': { severity: 'warning' },
      buzzwords: { enabled: false },
      'hashtag-stuffing': { enabled: false },
      'missing-audience': { severity: 'warning' },
    });
    expect(input.objectives).toEqual(['sales', 'awareness', 'support', 'recruitment']);
    // What the form does not show is kept.
    expect(input.$schema).toBe('https://whypost.app/brand.schema.json');
    expect(input.id).toBe('boulangerie-lamontagne');
    expect(input.bannedTerms).toEqual(example.bannedTerms);
    expect(input.conditions?.[0]).toEqual(example.conditions?.[0]);
    const status = hook('save-status');
    expect(status.getAttribute('role')).toBe('status');
    await waitFor(() => expect(status.textContent).toBe('Saved.'));
  });

  test('saved on this computer only is said so', async () => {
    setup({ lang: 'fr', onSave: vi.fn(async (id: string) => ({ ok: true as const, id, storedIn: 'local' as const })) });
    fireEvent.click(hook('save'));
    await waitFor(() => expect(hook('save-status').textContent).toContain('sur cet ordinateur uniquement'));
  });

  test('a LinkedIn account: the Page or member by name or address', async () => {
    const { props } = setup();
    open('default');
    fireEvent.click(within(editor()).getByRole('button', { name: 'Add an account' }));
    const network = within(editor()).getByLabelText<HTMLSelectElement>('Network');
    expect([...network.options].map((o) => o.textContent)).toEqual(['X (Twitter)', 'Facebook', 'LinkedIn']);
    fireEvent.change(network, { target: { value: 'linkedin' } });
    const handle = within(editor()).getByLabelText<HTMLInputElement>('Handle');
    expect(handle.placeholder).toContain('linkedin.com/company/');
    fireEvent.input(handle, { target: { value: 'Studio Lumière' } });
    fireEvent.click(hook('save'));
    const [, input] = props.onSave.mock.calls[0]!;
    expect(input.accounts).toEqual([{ platform: 'linkedin', handle: 'Studio Lumière' }]);
  });

  test('adding an account, a banned term, a UTM policy and a condition', async () => {
    const { props } = setup();
    open('default');
    fireEvent.click(within(editor()).getByRole('button', { name: 'Add an account' }));
    fireEvent.input(within(editor()).getByLabelText('Handle'), { target: { value: '@studio' } });
    fireEvent.change(within(editor()).getByLabelText('Network'), { target: { value: 'x' } });
    fireEvent.click(within(editor()).getByRole('button', { name: 'Add a banned term' }));
    fireEvent.input(within(editor()).getByLabelText('Term'), { target: { value: 'Concurrent SA' } });
    fireEvent.input(within(editor()).getByLabelText('Reason (optional)'), { target: { value: 'a competitor' } });
    fireEvent.click(within(editor()).getByRole('button', { name: 'Add a UTM policy' }));
    fireEvent.input(within(editor()).getByLabelText(/^Domains/), { target: { value: 'studio.fr, *.studio.fr' } });
    fireEvent.click(within(editor()).getByRole('button', { name: 'Add a conditional rule' }));
    const condition = editor().querySelector<HTMLElement>('[data-condition="0"]')!;
    fireEvent.change(within(condition).getByLabelText('When the draft has'), { target: { value: 'term' } });
    fireEvent.input(within(condition).getByLabelText('Term that triggers it'), { target: { value: 'brunch' } });
    fireEvent.click(within(condition).getByLabelText('a date'));
    fireEvent.input(within(condition).getByLabelText(/Message in English/), { target: { value: 'Say when.' } });
    fireEvent.change(editor().querySelector('[data-whypost="rule-severity"][data-rule="buzzwords"]')!, {
      target: { value: 'blocker' },
    });
    fireEvent.change(within(editor()).getByLabelText('Findings that stop a post, from'), { target: { value: 'none' } });
    fireEvent.click(within(editor()).getByLabelText('Needs work'));
    fireEvent.click(hook('save'));
    const [id, input] = props.onSave.mock.calls[0]!;
    expect(id).toBe('default');
    expect(parseBrand(input).ok).toBe(true);
    expect(input).toEqual({
      schema: 'whypost.brand',
      version: 1,
      id: 'default',
      name: 'Default',
      accounts: [{ platform: 'x', handle: '@studio' }],
      bannedTerms: [{ term: 'Concurrent SA', reason: 'a competitor' }],
      utm: [{ domains: ['studio.fr', '*.studio.fr'], parameters: ['utm_source', 'utm_medium', 'utm_campaign'] }],
      rules: { buzzwords: { severity: 'blocker' } },
      blocking: { verdicts: ['posting-for-posting-sake', 'needs-work'], severity: null },
      conditions: [
        {
          id: 'condition-1',
          when: { term: 'brunch' },
          require: ['call-to-action', 'date'],
          severity: 'warning',
          message: { en: 'Say when.' },
        },
      ],
    });
    await waitFor(() => expect(hook('save-status').textContent).toBe('Saved.'));
  });

  test('save errors land next to their field, the others in a summary with their path', async () => {
    const errors: BrandError[] = [
      { path: 'name', message: 'must not be empty' },
      { path: 'products.1', message: 'must be at most 100 characters' },
      { path: 'utm.0.domains.1', message: 'must be a domain such as shop.example.com, *.example.com or *' },
      { path: 'rules.buzzwords.severity', message: 'expected ("suggestion" | "warning" | "blocker"), got "fatal"' },
      { path: 'version', message: 'must be 1' },
    ];
    const { container } = setup({ onSave: vi.fn(async () => ({ ok: false as const, errors })) });
    fireEvent.click(hook('save'));
    await waitFor(() => expect(hook('save-status').textContent).toBe('Not saved: 5 errors to fix.'));
    const name = field('Name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const nameErrors = document.getElementById(name.getAttribute('aria-describedby')!)!;
    expect(nameErrors.textContent).toBe('must not be empty');
    expect(name.closest('.field')!.contains(nameErrors)).toBe(true);
    expect(hook('brand-editor').querySelector('[data-field="products"]')!.textContent).toBe(
      '“croissants”: must be at most 100 characters',
    );
    const domains = field(/^Domains/);
    expect(domains.value).toBe('boulangerielamontagne.ca, *.boulangerielamontagne.ca');
    expect(document.getElementById(domains.getAttribute('aria-describedby')!)!.textContent).toBe(
      '“*.boulangerielamontagne.ca”: must be a domain such as shop.example.com, *.example.com or *',
    );
    const rule = editor().querySelector('li[data-rule="buzzwords"]')!;
    expect(rule.querySelector('.field-errors')!.textContent).toContain('severity: expected');
    const summary = hook('save-errors');
    expect(summary.querySelectorAll('li')).toHaveLength(1);
    expect(summary.textContent).toBe('Other errorsversion: must be 1');
    expect(await seriousViolations(container)).toEqual([]);
  });
});

describe('import', () => {
  const invalid = readFileSync('assets/examples/brand-invalid.json', 'utf8');
  const importLike = vi.fn(async (text: string): Promise<SaveResult> => {
    const result = parseBrandText(text);
    return result.ok ? saved(result.brand.id ?? 'imported') : { ok: false, errors: result.errors };
  });

  test.each([
    ['en', 'line 9 · rules.untracked-link.enabled: expected boolean, got "yes"', 'nothing was changed'],
    ['fr', 'ligne 9 · rules.untracked-link.enabled\u00a0: expected boolean, got "yes"', 'rien n’a été modifié'],
  ] as const)('%s: a file with errors lists them with their line and changes nothing', async (lang, line, nothing) => {
    const { container } = setup({ lang, onImport: importLike });
    const input = hook('import-file') as HTMLInputElement;
    expect(input.getAttribute('accept')).toContain('.json');
    const file = new File([invalid], 'brand-invalid.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    const errors = await waitFor(() => hook('import-errors'));
    expect(importLike).toHaveBeenCalledWith(invalid, undefined);
    expect([...errors.querySelectorAll('li')].map((li) => li.textContent)).toEqual([line]);
    expect(errors.textContent).toContain(nothing);
    expect(await seriousViolations(container)).toEqual([]);
  });

  test('pasted text is imported, and an empty paste is refused', async () => {
    const { props } = setup();
    fireEvent.submit(hook('import-paste').closest('form')!);
    expect(props.onImport).not.toHaveBeenCalled();
    expect(await screen.findByText('Paste the text of a rule set first.')).toBeTruthy();
    fireEvent.input(hook('import-text'), { target: { value: JSON.stringify(example) } });
    fireEvent.click(hook('import-paste'));
    expect(props.onImport).toHaveBeenCalledWith(JSON.stringify(example), undefined);
    await waitFor(() => expect(hook('import-status').textContent).toBe('Rule set imported.'));
  });

  test.each([
    ['import-replace', { replace: true }],
    ['import-copy', { asCopy: true }],
  ] as const)('a conflict asks first; %s imports again with %o', async (button, mode) => {
    const onImport = vi
      .fn<OptionsProps['onImport']>()
      .mockResolvedValueOnce({ ok: false, conflict: { id: 'boulangerie-lamontagne', name: 'Boulangerie Lamontagne' } })
      .mockResolvedValueOnce(saved('boulangerie-lamontagne'));
    const { container } = setup({ onImport });
    const text = JSON.stringify(example);
    fireEvent.input(hook('import-text'), { target: { value: text } });
    fireEvent.click(hook('import-paste'));
    const conflict = await waitFor(() => hook('import-conflict'));
    expect(conflict.textContent).toContain('A brand named “Boulangerie Lamontagne” already exists.');
    expect(within(conflict).getByRole('button', { name: 'Replace it' })).toBeTruthy();
    expect(within(conflict).getByRole('button', { name: 'Import as a copy' })).toBeTruthy();
    expect(await seriousViolations(container)).toEqual([]);
    fireEvent.click(hook(button));
    expect(onImport).toHaveBeenLastCalledWith(text, mode);
    await waitFor(() => expect(hook('import-status').textContent).toBe('Rule set imported.'));
    expect(container.querySelector('[data-whypost="import-conflict"]')).toBeNull();
  });

  test('cancelling a conflict imports nothing', async () => {
    const onImport = vi.fn<OptionsProps['onImport']>().mockResolvedValue({
      ok: false,
      conflict: { id: 'b2b', name: 'B2B' },
    });
    setup({ onImport });
    fireEvent.input(hook('import-text'), { target: { value: '{}' } });
    fireEvent.click(hook('import-paste'));
    await waitFor(() => hook('import-conflict'));
    fireEvent.click(hook('import-cancel'));
    expect(onImport).toHaveBeenCalledOnce();
    expect(hook('import-status').textContent).toBe('Import cancelled; nothing was changed.');
  });
});

describe('subscribe', () => {
  test('refuses an address that is not https, without calling back', () => {
    const { props } = setup();
    fireEvent.input(hook('subscribe-url'), { target: { value: 'http://brands.example.com/a.json' } });
    fireEvent.click(hook('subscribe'));
    expect(props.onSubscribe).not.toHaveBeenCalled();
    expect(hook('subscribe-error').textContent).toBe(
      'The address must start with https:// (a secure connection); nothing was downloaded.',
    );
    expect(hook('subscribe-url').getAttribute('aria-invalid')).toBe('true');
  });

  test('calls back within the submit event for an https address, then says how it went', async () => {
    let resolve: (r: SubscribeResult) => void = () => {};
    const onSubscribe = vi.fn(() => new Promise<SubscribeResult>((r) => (resolve = r)));
    setup({ lang: 'fr', onSubscribe });
    fireEvent.input(hook('subscribe-url'), { target: { value: ' https://brands.example.com/a.json ' } });
    fireEvent.click(hook('subscribe'));
    // Synchronously: the browser's permission prompt needs the user's gesture.
    expect(onSubscribe).toHaveBeenCalledWith('https://brands.example.com/a.json');
    await waitFor(() => expect(hook('subscribe-status').textContent).toBe('Téléchargement…'));
    resolve({ ok: false, error: { code: 'status', host: 'brands.example.com', status: 404 } });
    await waitFor(() =>
      expect(hook('subscribe-error').textContent).toBe('Abonnement impossible\u00a0: brands.example.com a répondu 404'),
    );
  });
});

describe('locked, subscribed and unreadable brands', () => {
  test('a managed brand is shown read-only, with duplicate and export only', async () => {
    const { props, container } = setup();
    open('groupe-central');
    const panel = hook('brand-panel');
    expect(hook('locked-explanation').textContent).toContain('Set by your administrator');
    expect(panel.querySelector('[data-whypost="rename"]')).toBeNull();
    expect(panel.querySelector('[data-whypost="delete"]')).toBeNull();
    expect(panel.querySelector('[data-whypost="save"]')).toBeNull();
    expect(editor().getAttribute('data-readonly')).toBe('true');
    // Every control is in a disabled fieldset (happy-dom does not apply it to descendants; browsers do).
    const all = editor().querySelector<HTMLFieldSetElement>('fieldset')!;
    expect(all.disabled).toBe(true);
    expect(all.contains(field('Name'))).toBe(true);
    expect(all.contains(hook('rule-toggle', editor()))).toBe(true);
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 2 }));
    fireEvent.click(hook('duplicate'));
    expect(props.onDuplicate).toHaveBeenCalledWith('groupe-central');
    expect(await seriousViolations(container)).toEqual([]);
  });

  test('a subscribed brand shows its address, dates and failed refresh, and can be refreshed or dropped', async () => {
    const { props } = setup();
    open('reseau-franchise');
    expect(hook('locked-explanation').textContent).toContain('Subscribed');
    const subscription = hook('subscription');
    expect(subscription.textContent).toContain('https://brands.example.com/franchise.json');
    const date = formatDate(UPDATED, 'en');
    expect(date).toMatch(/^23 Nov 2026, \d\d:00$/);
    expect(hook('updated').textContent).toBe(`Updated ${date} · Last checked 2 hours ago`);
    expect(hook('refresh-error').textContent).toBe(
      `Refresh failed: brands.example.com answered 503; the copy of ${date} is still in use.`,
    );
    fireEvent.click(hook('refresh'));
    expect(props.onRefresh).toHaveBeenCalledWith('reseau-franchise');
    await waitFor(() => expect(hook('status').textContent).toBe('Refresh finished.'));
    fireEvent.click(hook('unsubscribe'));
    expect(props.onUnsubscribe).toHaveBeenCalledWith('reseau-franchise');
    await waitFor(() => expect(hook('status').textContent).toBe('Unsubscribed from “Réseau franchise”.'));
  });

  test('French dates for a subscription', () => {
    setup({ lang: 'fr' });
    open('reseau-franchise');
    expect(hook('updated').textContent).toBe(
      `Mise à jour le ${formatDate(UPDATED, 'fr')} · Dernière vérification il y a 2 heures`,
    );
    expect(hook('refresh-error').textContent).toContain('la copie du 23 nov. 2026');
  });

  test('an unreadable brand shows its errors and exports the stored value', async () => {
    const { props, container } = setup();
    open('ancienne');
    const box = hook('unreadable');
    expect(box.textContent).toContain('This rule set cannot be read');
    expect(box.textContent).toContain(
      'rules.buzzwords.severity: expected ("suggestion" | "warning" | "blocker"), got "fatal"',
    );
    expect(container.querySelector('[data-whypost="brand-editor"]')).toBeNull();
    fireEvent.click(hook('export-unreadable'));
    expect(props.download).toHaveBeenCalledWith(
      'ancienne.unreadable.json',
      'application/json',
      JSON.stringify(unreadableRaw),
    );
    expect(container.querySelector('[data-whypost="delete"]')).not.toBeNull();
    expect(await seriousViolations(container)).toEqual([]);
  });
});

test('rule names in the editor come from the catalogs', () => {
  setup({ lang: 'fr' });
  const label = editor().querySelector('label[for="' + hook('rule-toggle', editor()).id + '"]')!;
  expect(label.textContent).toContain(CATALOGS.fr.rules[RULE_IDS[0]!]!.name);
});

describe('an unreadable setting', () => {
  test('the notice offers the stored value for export, as it was', () => {
    const download = vi.fn();
    const raw = { uiLang: 'klingon', history: 3 };
    render(
      <Notices
        lang="fr"
        library={{ entries: [], active: 'default', notices: [{ code: 'unreadable-setting', key: 'settings', raw }] }}
        download={download}
      />,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/«\s*settings\s*»/);
    fireEvent.click(screen.getByRole('button', { name: 'Exporter la valeur illisible' }));
    expect(download).toHaveBeenCalledWith(
      'whypost-settings.unreadable.json',
      'application/json',
      JSON.stringify(raw, null, 2),
    );
  });
});
