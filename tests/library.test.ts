// The brand library on WXT's fake browser: where brands are kept (sync, or
// local beyond sync's quotas), presets, import and export, subscriptions,
// administrators' locked brands, unreadable values, and which brand a page's
// account selects. Then the background worker using it.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseBrand, PRESETS, type BrandInput } from '../analyzers/brand';
import background from '../entrypoints/background';
import {
  chooseBrand,
  createBrand,
  deleteBrand,
  duplicateBrand,
  exportBrand,
  importBrand,
  loadLibrary,
  MANAGED_COPY_KEY,
  MANAGED_WAIT_MS,
  refreshSubscriptions,
  renameBrand,
  saveBrand,
  setActiveBrand,
  subscribe,
  unsubscribe,
} from '../utils/brands/library';
import * as deferred from '../utils/brands/deferred';
import { forInterface, problemText, worded } from '../utils/brands/wording';
import type { FetchProblem } from '../utils/brands/types';
import type { AnalyzeResponse } from '../utils/messages';
import {
  DEFAULT_SETTINGS,
  drafts,
  readChecked,
  recordDraft,
  settings,
  sites,
  validSettings,
  type DraftRecord,
} from '../utils/storage';

const brand = (name: string, extra: Partial<BrandInput> = {}): BrandInput => ({
  schema: 'whypost.brand',
  version: 1,
  name,
  ...extra,
});

beforeEach(() => {
  fakeBrowser.reset();
});

const entry = async (id: string) => (await loadLibrary()).entries.find((e) => e.id === id);

describe('where brands are kept', () => {
  test('the presets are there from the start, and "default" is active', async () => {
    const library = await loadLibrary();
    expect(library.entries.map((e) => e.id)).toEqual(Object.keys(PRESETS));
    expect(library.entries.every((e) => e.source === 'preset' && e.storedIn === 'builtin')).toBe(true);
    expect(library.active).toBe('default');
    expect(library.notices).toEqual([]);
  });

  test('a brand is one synced item; editing a preset keeps its id and hides the preset', async () => {
    const created = await createBrand('Boulangerie Dupont', 'b2c-shop');
    expect(created).toEqual({ ok: true, id: 'boulangerie-dupont', storedIn: 'sync' });
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toEqual(['brand.boulangerie-dupont']);
    const saved = await saveBrand('b2b', { ...PRESETS.b2b, bannedTerms: ['synergie'] });
    expect(saved.ok).toBe(true);
    const b2b = await entry('b2b');
    expect(b2b?.source).toBe('user');
    expect(b2b?.input.bannedTerms).toEqual(['synergie']);
    expect((await loadLibrary()).entries.filter((e) => e.id === 'b2b')).toHaveLength(1);
  });

  test('a brand too big for sync (8 KB an item) is kept locally, and the user is told', async () => {
    const terms = Array.from({ length: 200 }, (_, i) => `terme interdit numéro ${i} de la charte`);
    const result = await saveBrand('gros', brand('Grosse marque', { bannedTerms: terms }));
    expect(result).toEqual({ ok: true, id: 'gros', storedIn: 'local' });
    expect(await fakeBrowser.storage.sync.get('brand.gros')).toEqual({});
    const library = await loadLibrary();
    expect(library.entries.find((e) => e.id === 'gros')?.storedIn).toBe('local');
    expect(library.notices).toContainEqual({ code: 'stored-locally', brand: 'gros' });
    // Smaller again: back to sync, and the local copy is gone.
    expect((await saveBrand('gros', brand('Grosse marque'))).ok && (await entry('gros'))?.storedIn).toBe('sync');
    expect(await fakeBrowser.storage.local.get('brand.gros')).toEqual({});
  });

  test('an invalid rule set is refused and nothing is written', async () => {
    const result = await saveBrand('x', brand('X', { minSeverity: 'fatal' as never }));
    expect(result.ok).toBe(false);
    expect('errors' in result && result.errors[0]?.path).toBe('minSeverity');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  test('an unreadable stored brand is kept as it was, the default preset used, and a notice shown', async () => {
    const raw = { input: { schema: 'whypost.brand', version: 1, name: 'Abîmée', minSeverity: 42 } };
    await fakeBrowser.storage.sync.set({ 'brand.abimee': raw });
    const library = await loadLibrary();
    const broken = library.entries.find((e) => e.id === 'abimee')!;
    expect(broken.unreadable?.raw).toEqual(raw);
    expect(broken.unreadable?.errors[0]?.path).toBe('minSeverity');
    expect(broken.input).toEqual(PRESETS.default);
    expect(library.notices).toContainEqual({ code: 'unreadable-brand', brand: 'abimee' });
    expect(await fakeBrowser.storage.sync.get('brand.abimee')).toEqual({ 'brand.abimee': raw });
  });

  test('the previous layout (every brand in one synced item) is moved to one item per brand', async () => {
    await fakeBrowser.storage.sync.set({ brands: { active: 'acme', brands: { acme: brand('ACME') } } });
    const library = await loadLibrary();
    expect(library.active).toBe('acme');
    expect(library.entries.find((e) => e.id === 'acme')?.name).toBe('ACME');
    expect(await fakeBrowser.storage.sync.get('brands')).toEqual({});
  });
});

// The popup loads the library after its first paint (issue 11); a library that cannot load must not keep it blank.
describe('the library loaded when the popup reads its data', () => {
  test('gives the same library, and sets the active brand', async () => {
    await saveBrand('acme', brand('ACME'));
    expect(await deferred.readLibrary()).toEqual(await loadLibrary());
    await deferred.setActiveBrand('acme');
    expect((await loadLibrary()).active).toBe('acme');
  });

  test.each([
    ['its module cannot be loaded', () => Promise.reject(new Error('Failed to fetch dynamically imported module'))],
    [
      'storage cannot be read',
      async () => ({
        ...(await import('../utils/brands/library')),
        loadLibrary: () => Promise.reject(new Error('storage unavailable')),
      }),
    ],
  ])('when %s: no brand and a notice, never an error', async (_, load) => {
    expect(await deferred.readLibrary(load)).toEqual({
      entries: [],
      active: 'default',
      notices: [{ code: 'unreadable-setting', key: 'brands' }],
    });
  });
});

describe('create, rename, duplicate, delete', () => {
  test('names give ids; duplicates get "(2)"; deleting the active brand falls back to default', async () => {
    await createBrand('Café Crème');
    await createBrand('Café Crème');
    const ids = (await loadLibrary()).entries.filter((e) => e.source === 'user').map((e) => e.id);
    expect(ids).toEqual(['cafe-creme', 'cafe-creme-2']);
    expect((await renameBrand('cafe-creme-2', 'Café Noir')).ok).toBe(true);
    expect((await entry('cafe-creme-2'))?.name).toBe('Café Noir');
    const copy = await duplicateBrand('cafe-creme');
    expect(copy.ok && (await entry(copy.id))?.name).toBe('Café Crème (2)');
    await setActiveBrand('cafe-creme');
    await deleteBrand('cafe-creme');
    expect(await entry('cafe-creme')).toBeUndefined();
    expect((await loadLibrary()).active).toBe('default');
  });

  test('an empty name is refused', async () => {
    expect(await createBrand('   ')).toEqual({ ok: false, errors: [{ path: 'name', message: 'must not be empty' }] });
  });
});

describe('import and export', () => {
  test('export then import gives back the same rule set', async () => {
    const input = brand('Mairie de Lyon', {
      locale: 'fr-FR',
      accounts: [{ platform: 'x', handle: '@VilledeLyon' }],
      bannedTerms: [{ term: 'gratuit', reason: 'rien n’est gratuit pour le contribuable' }],
      rules: { buzzwords: { enabled: false } },
      conditions: [{ id: 'evenement', when: { signal: 'event' }, require: ['date', 'link'] }],
    });
    await saveBrand('mairie', input);
    const text = exportBrand((await entry('mairie'))!);
    await deleteBrand('mairie');
    const imported = await importBrand(text);
    expect(imported).toEqual({ ok: true, id: 'mairie', storedIn: 'sync' });
    const back = (await entry('mairie'))!;
    expect(parseBrand(back.input)).toEqual(parseBrand(input));
  });

  test('a bad file names the field and the line, and changes nothing', async () => {
    await createBrand('Existante');
    const before = await fakeBrowser.storage.sync.get(null);
    const text = '{\n  "schema": "whypost.brand",\n  "version": 1,\n  "name": "Cassée",\n  "minSeverity": "grave"\n}';
    const result = await importBrand(text);
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'minSeverity', line: 5 }] });
    expect(await importBrand('{ "schema": ')).toMatchObject({ ok: false, errors: [{ path: '(file)', line: 1 }] });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(before);
  });

  test('a brand whose name exists is a conflict until the user says replace or copy', async () => {
    await saveBrand('acme', brand('ACME', { products: ['Fusée'] }));
    const text = JSON.stringify(brand('ACME', { products: ['Enclume'] }));
    expect(await importBrand(text)).toEqual({ ok: false, conflict: { id: 'acme', name: 'ACME' } });
    expect((await entry('acme'))?.input.products).toEqual(['Fusée']);
    expect(await importBrand(text, { replace: true })).toEqual({ ok: true, id: 'acme', storedIn: 'sync' });
    expect((await entry('acme'))?.input.products).toEqual(['Enclume']);
    const copy = await importBrand(text, { asCopy: true });
    expect(copy.ok && (await entry(copy.id))?.name).toBe('ACME (2)');
  });
});

/** A fake server: the answers are given in order; each call is recorded. */
function server(...answers: (string | number | Error)[]) {
  const calls: string[] = [];
  const fetcher = (async (url: string) => {
    calls.push(url);
    const next = answers.length > 1 ? answers.shift()! : answers[0]!;
    if (next instanceof Error) throw next;
    if (typeof next === 'number') return new Response('', { status: next });
    return new Response(next, { status: 200 });
  }) as unknown as typeof fetch;
  return { fetcher, calls };
}

describe('subscriptions', () => {
  const URL_ = 'https://agence.example/clients/acme.json';
  const first = JSON.stringify(brand('ACME agence', { products: ['Fusée'] }));
  const second = JSON.stringify(brand('ACME agence', { products: ['Fusée', 'Enclume'] }));

  test('only https addresses', async () => {
    expect(await subscribe('http://agence.example/a.json')).toEqual({
      ok: false,
      error: { code: 'not-https' },
    });
  });

  test('subscribed brands are locked, refreshed, and a failed refresh keeps the last good copy and says so', async () => {
    const { fetcher } = server(first, second, 503, 'not json');
    const result = await subscribe(URL_, fetcher, 1000);
    expect(result.ok).toBe(true);
    const id = result.ok ? result.id : '';
    let sub = (await entry(id))!;
    expect(sub).toMatchObject({ source: 'subscription', locked: true, name: 'ACME agence' });
    expect(sub.subscription).toEqual({ url: URL_, updatedAt: 1000, checkedAt: 1000 });

    await refreshSubscriptions(undefined, fetcher, 2000);
    sub = (await entry(id))!;
    expect(sub.input.products).toEqual(['Fusée', 'Enclume']);

    await refreshSubscriptions(id, fetcher, 3000);
    sub = (await entry(id))!;
    expect(sub.input.products).toEqual(['Fusée', 'Enclume']);
    expect(sub.subscription).toEqual({
      url: URL_,
      updatedAt: 2000,
      checkedAt: 3000,
      error: { code: 'status', host: 'agence.example', status: 503 },
    });
    const library = await loadLibrary();
    expect(library.notices).toContainEqual({
      code: 'refresh-failed',
      brand: id,
      error: { code: 'status', host: 'agence.example', status: 503 },
      updatedAt: 2000,
    });

    await refreshSubscriptions(id, fetcher, 4000);
    expect((await entry(id))!.subscription?.error).toMatchObject({ code: 'invalid', path: '(file)', line: 1 });
    expect((await entry(id))!.input.products).toEqual(['Fusée', 'Enclume']);

    expect(await saveBrand(id, brand('Pirate'))).toMatchObject({ ok: false });
    await unsubscribe(id);
    expect(await entry(id)).toBeUndefined();
  });

  test('a server that cannot be reached gives a message and subscribes to nothing', async () => {
    const { fetcher } = server(new TypeError('Failed to fetch'));
    expect(await subscribe(URL_, fetcher)).toEqual({
      ok: false,
      error: { code: 'unreachable', host: 'agence.example', detail: 'Failed to fetch' },
    });
    expect((await loadLibrary()).entries.some((e) => e.source === 'subscription')).toBe(false);
  });
});

describe('brands pushed by an administrator (managed storage)', () => {
  test('they are locked; JSON text (Chromium) and objects (Firefox) are both read; a bad one is reported', async () => {
    await fakeBrowser.storage.managed.set({
      brands: [JSON.stringify(brand('Groupe Officiel', { id: 'officiel' })), brand('Filiale'), { name: 'cassée' }],
    });
    const library = await loadLibrary();
    const managed = library.entries.filter((e) => e.source === 'managed');
    expect(managed.map((e) => [e.id, e.name, e.locked])).toEqual([
      ['managed-officiel', 'Groupe Officiel', true],
      ['managed-filiale', 'Filiale', true],
      ['managed-3', 'managed-3', true],
    ]);
    expect(managed[2]?.unreadable).toBeDefined();
    expect(library.notices).toContainEqual({ code: 'unreadable-brand', brand: 'managed-3' });
    expect(await saveBrand('managed-officiel', brand('Moi'))).toMatchObject({ ok: false });
  });

  test('a copy of the policy is kept locally; when managed storage is slow to answer, the copy is used', async () => {
    await fakeBrowser.storage.managed.set({ brands: [brand('Groupe Officiel', { id: 'officiel' })] });
    await loadLibrary();
    await new Promise((r) => setTimeout(r, 0));
    expect((await fakeBrowser.storage.local.get(MANAGED_COPY_KEY))[MANAGED_COPY_KEY]).toMatchObject({ value: [{}] });

    // A browser just started: managed storage answers late, with another policy.
    const realGet = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
    let answer!: () => void;
    const answered = new Promise<void>((r) => (answer = r));
    fakeBrowser.storage.managed.get = (async (keys: string) => {
      await answered;
      return realGet(keys);
    }) as unknown as typeof fakeBrowser.storage.managed.get;
    await fakeBrowser.storage.managed.set({ brands: [brand('Filiale')] });
    let late = 0;
    const started = Date.now();
    const library = await loadLibrary({ managedLate: () => late++ });
    expect(Date.now() - started).toBeLessThan(MANAGED_WAIT_MS + 500);
    expect(library.entries.filter((e) => e.source === 'managed').map((e) => e.name)).toEqual(['Groupe Officiel']);
    expect(late).toBe(0);

    answer();
    await vi.waitFor(() => expect(late).toBe(1));
    const copy = (await fakeBrowser.storage.local.get(MANAGED_COPY_KEY))[MANAGED_COPY_KEY] as {
      value: { name: string }[];
    };
    expect(copy.value.map((b) => b.name)).toEqual(['Filiale']);
    const again = await loadLibrary();
    expect(again.entries.filter((e) => e.source === 'managed').map((e) => e.name)).toEqual(['Filiale']);
    fakeBrowser.storage.managed.get = realGet;
  });

  test('no policy is remembered too, so that a start without one does not wait either', async () => {
    await loadLibrary();
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get(MANAGED_COPY_KEY))[MANAGED_COPY_KEY]).toEqual({}),
    );
  });

  test('at the very first start (no copy), a slow policy comes with a second critique', async () => {
    const realGet = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
    await fakeBrowser.storage.managed.set({ brands: [brand('Groupe Officiel')] });
    fakeBrowser.storage.managed.get = (async (keys: string) => {
      await new Promise((r) => setTimeout(r, MANAGED_WAIT_MS * 2));
      return realGet(keys);
    }) as unknown as typeof fakeBrowser.storage.managed.get;
    let late = 0;
    const first = await loadLibrary({ managedLate: () => late++ });
    expect(first.entries.some((e) => e.source === 'managed')).toBe(false);
    await vi.waitFor(() => expect(late).toBe(1));
    fakeBrowser.storage.managed.get = realGet;
    const library = await loadLibrary();
    expect(library.entries.filter((e) => e.source === 'managed').map((e) => e.name)).toEqual(['Groupe Officiel']);
  });

  test('a slow answer that says what the copy said critiques nothing again', async () => {
    await loadLibrary();
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get(MANAGED_COPY_KEY))[MANAGED_COPY_KEY]).toEqual({}),
    );
    const realGet = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
    let answered = false;
    fakeBrowser.storage.managed.get = (async (keys: string) => {
      await new Promise((r) => setTimeout(r, MANAGED_WAIT_MS * 2));
      answered = true;
      return realGet(keys);
    }) as unknown as typeof fakeBrowser.storage.managed.get;
    let late = 0;
    await loadLibrary({ managedLate: () => late++ });
    await vi.waitFor(() => expect(answered).toBe(true));
    await new Promise((r) => setTimeout(r, 10));
    expect(late).toBe(0);
    fakeBrowser.storage.managed.get = realGet;
  });

  test('a policy that is not a list says the administrator’s brands are missing', async () => {
    await fakeBrowser.storage.managed.set({ brands: { name: 'pas une liste' } });
    const library = await loadLibrary();
    expect(library.notices).toEqual([{ code: 'managed-unavailable' }]);
    expect(library.entries.some((e) => e.source === 'managed')).toBe(false);
  });
});

describe('which brand a draft is critiqued with', () => {
  test('the account that posts, else the brand last used on the site, else the default', async () => {
    await saveBrand('acme', brand('ACME', { accounts: [{ platform: 'x', handle: '@AcmeFR' }] }));
    await saveBrand('mairie', brand('Mairie'));
    const library = await loadLibrary();
    const pick = (account: string | undefined, choice?: { brand: string; account?: string }) =>
      chooseBrand(library, { platform: 'x', host: 'x.com', ...(account ? { account } : {}) }, choice);
    expect(pick('acmefr')).toMatchObject({ entry: { id: 'acme' }, by: 'account' });
    expect(pick('someone', { brand: 'mairie' })).toMatchObject({ entry: { id: 'mairie' }, by: 'site' });
    // Chosen in the popup while @AcmeFR was posting: the choice wins for that account only.
    expect(pick('AcmeFR', { brand: 'mairie', account: 'acmefr' })).toMatchObject({ entry: { id: 'mairie' } });
    expect(pick('AcmeFR', { brand: 'mairie', account: 'other' })).toMatchObject({ entry: { id: 'acme' } });
    expect(pick(undefined)).toMatchObject({ entry: { id: 'default' }, by: 'default' });
    // The Facebook account list does not select on X.
    expect(
      chooseBrand(library, { platform: 'facebook', host: 'www.facebook.com', account: 'AcmeFR' }, undefined).entry.id,
    ).toBe('default');
  });

  test('on LinkedIn, the member or the Page shown in the share box, by name or by address', async () => {
    await saveBrand(
      'lumiere',
      brand('Café Lumière', {
        accounts: [
          { platform: 'linkedin', handle: 'Cafe Lumiere' },
          { platform: 'linkedin', handle: 'https://www.linkedin.com/in/jeanne-martin/' },
        ],
      }),
    );
    await saveBrand('acme', brand('ACME', { accounts: [{ platform: 'x', handle: 'Café Lumière' }] }));
    const library = await loadLibrary();
    const pick = (account: string) =>
      chooseBrand(library, { platform: 'linkedin', host: 'www.linkedin.com', account }, undefined);
    expect(pick('Café Lumière')).toMatchObject({ entry: { id: 'lumiere' }, by: 'account' });
    expect(pick('linkedin.com/in/Jeanne-Martin')).toMatchObject({ entry: { id: 'lumiere' }, by: 'account' });
    // Another member, and the X account list, select nothing on LinkedIn.
    expect(pick('Jeanne Martin')).toMatchObject({ entry: { id: 'default' }, by: 'default' });
    expect(chooseBrand(library, { platform: 'x', host: 'x.com', account: 'Cafe Lumiere' }, undefined).entry.id).toBe(
      'default',
    );
  });
});

describe('the background worker with the library', () => {
  async function ask(message: unknown): Promise<unknown> {
    return new Promise((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger(message, {}, resolve);
    });
  }

  test('the posting account selects the brand, whose rules apply; turning a rule off takes effect', async () => {
    background.main();
    await saveBrand('acme', brand('ACME', { accounts: [{ platform: 'x', handle: 'acmefr' }] }));
    const text = 'Likez si vous aimez le lundi ! Identifiez un ami qui a besoin de café ☕';
    const analyse = () =>
      ask({
        type: 'whypost:analyze',
        text,
        options: { platform: 'x', locale: 'fr' },
        poster: { host: 'x.com', account: '@AcmeFR' },
      }) as Promise<AnalyzeResponse>;
    const before = await analyse();
    expect(before.ok && before.brand).toEqual({ id: 'acme', name: 'ACME' });
    expect(before.ok && before.critique.findings.map((f) => f.rule)).toContain('engagement-bait');
    // The account's brand became the site's last brand used.
    expect((await sites.getValue()).chosen['x.com']).toEqual({ brand: 'acme' });

    expect(await ask({ type: 'whypost:rule-off', brand: 'acme', rule: 'engagement-bait' })).toMatchObject({ ok: true });
    expect((await entry('acme'))?.input.rules).toEqual({ 'engagement-bait': { enabled: false } });
    const after = await analyse();
    expect(after.ok && after.critique.findings.map((f) => f.rule)).not.toContain('engagement-bait');
  });
});

describe('settings and the review queue in storage', () => {
  const record = (id: string, at: number): DraftRecord => ({
    id,
    at,
    text: `brouillon ${id}`,
    platform: 'x',
    surface: 'x-home',
    brandId: 'default',
    brand: 'Default',
    lang: 'fr',
    genre: 'no-objective',
    verdict: 'posting-for-posting-sake',
    findings: [],
    decision: 'abandoned',
  });

  test('an unreadable setting falls back to the defaults and is kept for export', async () => {
    await fakeBrowser.storage.local.set({ settings: { uiLang: 'klingon', history: 3 } });
    const read = await readChecked(settings, 'settings', DEFAULT_SETTINGS, validSettings);
    expect(read).toEqual({ value: DEFAULT_SETTINGS, unreadable: true, raw: { uiLang: 'klingon', history: 3 } });
    expect(await fakeBrowser.storage.local.get('unreadable.settings')).toEqual({
      'unreadable.settings': { uiLang: 'klingon', history: 3 },
    });
  });

  test('drafts of version 1 are migrated: the brand id, and "kept-editing" becomes "abandoned"', async () => {
    await fakeBrowser.storage.local.set({
      drafts: [{ id: 'a', at: 1, text: 't', brand: 'acme', decision: 'kept-editing', findings: [] }],
      drafts$: { v: 1 },
    });
    // Migrations run when the extension starts; here, on demand.
    await drafts.migrate();
    const [migrated] = await drafts.getValue();
    expect(migrated).toMatchObject({ id: 'a', brandId: 'acme', decision: 'abandoned', lang: 'und' });
  });

  test('recording keeps the limits and does nothing when history is off', async () => {
    const day = 86_400_000;
    await settings.setValue({ ...DEFAULT_SETTINGS, history: { enabled: true, maxDrafts: 2, maxDays: 10 } });
    const now = 100 * day;
    await recordDraft(record('old', now - 11 * day), now);
    await recordDraft(record('b', now - day), now);
    await recordDraft(record('c', now), now);
    await recordDraft(record('d', now), now);
    expect((await drafts.getValue()).map((d) => d.id)).toEqual(['c', 'd']);
    await settings.setValue({ ...DEFAULT_SETTINGS, history: { enabled: false, maxDrafts: 2, maxDays: 10 } });
    expect(await recordDraft(record('e', now), now)).toBe(false);
    expect((await drafts.getValue()).map((d) => d.id)).toEqual(['c', 'd']);
  });
});

describe('why a subscription failed, in the interface’s language', () => {
  test('every problem is worded in French and in English', () => {
    const problems: FetchProblem[] = [
      { code: 'bad-address' },
      { code: 'not-https' },
      { code: 'unreachable', host: 'agence.example', detail: 'Failed to fetch' },
      { code: 'status', host: 'agence.example', status: 503 },
      { code: 'too-large' },
      { code: 'invalid', path: 'minSeverity', message: 'expected …', line: 5 },
    ];
    expect(problems.map((p) => problemText(p, 'fr'))).toEqual([
      'ce n’est pas une adresse web',
      'l’adresse doit commencer par https://',
      'agence.example est injoignable (Failed to fetch)',
      'agence.example a répondu 503',
      'le fichier dépasse 1 Mo',
      'ce n’est pas une règle de marque valide (ligne 5 · minSeverity\u00a0: expected …)',
    ]);
    expect(problemText(problems[3]!, 'en')).toBe('agence.example answered 503');
    expect(problemText(problems[5]!, 'en')).toBe('not a valid brand rule set (line 5 · minSeverity: expected …)');
  });
});

describe('the library in the interface’s language', () => {
  test('presets are named in French, rule set errors worded in French, user brands untouched', async () => {
    await fakeBrowser.storage.sync.set({
      'brand.abimee': { input: { schema: 'whypost.brand', version: 1, name: 'Abîmée', minSeverity: 42 } },
    });
    await createBrand('Café Crème');
    const fr = forInterface(await loadLibrary(), 'fr');
    expect(fr.entries.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Par défaut', 'Boutique (B2C)', 'Café Crème', 'Abîmée']),
    );
    expect(fr.entries.find((e) => e.id === 'abimee')?.unreadable?.errors[0]?.message).toMatch(/^attendu\u00a0: /);
    const result = worded(await saveBrand('x', brand('X', { minSeverity: 'fatal' as never })), 'fr');
    expect('errors' in result && result.errors[0]?.message).toMatch(/reçu\u00a0: "fatal"$/);
    expect(forInterface(await loadLibrary(), 'en').entries[0]?.name).toBe('Default');
  });
});
