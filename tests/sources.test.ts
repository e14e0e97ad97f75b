// Linked pages: fetching within limits, the reader's cache and permissions,
// the copy measure, and what the critique says of a draft that pastes a press
// release it links to (FR and EN).
import { describe, expect, it, vi } from 'vitest';
import { analyze, type Brand, type LinkedPage, type LinkedSource } from '../analyzers';
import { parseBrand } from '../analyzers/brand';
import { RELEASE_FR_HTML as RELEASE_FR } from './helpers/linked-pages';
import { fetchPage, MAX_PAGE_BYTES } from '../analyzers/sources/fetch';
import { describeSource } from '../analyzers/sources/describe';
import { draftLinks, indexPage, measureOverlap, sameAddress } from '../analyzers/sources';
import { parseHtml } from '../analyzers/sources/node';
import { readPage } from '../analyzers/sources/read-page';
import {
  CHECKED_TTL_MS,
  FAILED_TTL_MS,
  isPrivateHost,
  LinkReader,
  originPattern,
  type CacheEntry,
  type ReaderDeps,
} from '../utils/links/reader';

const RELEASE_EN = `<!doctype html><html lang="en"><head><title>Northwind Energy Launches Home Battery Program | Northwind Newsroom</title></head>
<body><div class="wrap"><div class="post"><h1>Northwind Energy Launches Home Battery Program</h1>
<p>DENVER, March 3, 2026 /PRNewswire/ -- Northwind Energy, a leading provider of renewable power solutions, today announced the launch of its Home Battery Program, which will offer subsidised storage systems to 20,000 households across Colorado by the end of 2027.</p>
<p>"This program reflects our commitment to a cleaner grid," said Dana Whitfield, Chief Executive Officer of Northwind Energy. "We are proud to lead the transition in our region."</p>
<p>About Northwind Energy</p>
<p>Northwind Energy is a Denver-based utility serving 1.2 million customers in four states. The company has invested more than $2 billion in wind and solar generation since 2015.</p>
<p>Media contact: Sam Ortiz, press@northwind.test</p><p>###</p></div></div></body></html>`;

const BLOG_EN = `<!doctype html><html lang="en"><head><title>Five ways to cut your energy bill this winter</title></head>
<body><article><h1>Five ways to cut your energy bill this winter</h1>
<p>Winter is coming and heating costs are rising again. Here are five simple things you can do this weekend to keep your home warm without paying more than you need to, from sealing drafts to programming your thermostat.</p>
<p>First, check your windows and doors for drafts. A roll of weather stripping costs a few dollars and can save a surprising amount of heat over the season, especially in older houses with single glazing.</p>
<p>As we said in our latest press release, we also offer free home energy audits to our customers, so book one before the cold sets in.</p>
</article></body></html>`;

function pageOf(html: string, url: string): LinkedPage {
  const { document, close } = parseHtml(html, url);
  try {
    return readPage(document, { url });
  } finally {
    close();
  }
}

const FR_URL = 'https://www.maisonlumen.test/presse/atelier-lyon';
const EN_URL = 'https://newsroom.northwind.test/news/home-battery';
const frPage = pageOf(RELEASE_FR, FR_URL);
const enPage = pageOf(RELEASE_EN, EN_URL);
const checked = (url: string, page: LinkedPage): LinkedSource => ({ url, state: 'checked', page });

describe('reading a page', () => {
  it('keeps the title, the site, the article paragraphs and the release cues (FR)', () => {
    expect(frPage.title).toContain('Maison Lumen ouvre son atelier de Lyon');
    expect(frPage.siteName).toBe('Maison Lumen');
    expect(frPage.lang).toBe('fr');
    expect(frPage.article).toBe(true);
    expect(frPage.paragraphs.join(' ')).toContain('trente artisans verriers');
    expect(frPage.paragraphs.join(' ')).not.toContain('Accueil');
    expect(frPage.pressRelease.pressRelease).toBe(true);
    expect(frPage.pressRelease.cues.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['label', 'dateline', 'about', 'media-contact']),
    );
  });

  it('recognises a wire release in English, and not a blog post that mentions a press release', () => {
    expect(enPage.pressRelease.pressRelease).toBe(true);
    expect(enPage.pressRelease.cues.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['dateline', 'wire', 'about', 'media-contact', 'end-mark']),
    );
    const blog = pageOf(BLOG_EN, 'https://www.northwind.test/blog/winter');
    expect(blog.article).toBe(true);
    expect(blog.pressRelease.pressRelease).toBe(false);
  });

  it('a page with no article is never a release, whatever its words', () => {
    const list = pageOf(
      `<html><head><title>Communiqués de presse</title></head><body><ul>${Array.from(
        { length: 30 },
        (_, i) => `<li><a href="/cp/${i}">Communiqué ${i} – ${i} mars 2026</a></li>`,
      ).join('')}</ul><p>Contact presse : presse@x.test</p></body></html>`,
      'https://x.test/presse/',
    );
    expect(list.article).toBe(false);
    expect(list.pressRelease.pressRelease).toBe(false);
  });

  it('runs no script of the page and loads nothing it names', () => {
    const fetcher = vi.fn();
    vi.stubGlobal('fetch', fetcher);
    try {
      const page = pageOf(
        `<html><body><script>globalThis.__ran = true</script><img src="https://tracker.test/p.gif"><article><p>${'Du texte. '.repeat(60)}</p><p>${'Encore du texte. '.repeat(40)}</p></article></body></html>`,
        'https://x.test/a',
      );
      expect(page.paragraphs.join(' ')).not.toContain('__ran');
      expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
      expect(fetcher).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('the copy measure', () => {
  const index = indexPage(frPage);

  it('finds a pasted headline and paragraph whatever the apostrophes, case and spaces', () => {
    const draft =
      "MAISON LUMEN OUVRE SON ATELIER DE LYON. Maison Lumen, fabricant français de luminaires en verre soufflé, annonce l'ouverture de son nouvel atelier à Lyon.";
    const overlap = measureOverlap(draft, index);
    expect(overlap.headline).toBe(true);
    expect(overlap.share).toBeGreaterThan(0.9);
    expect(overlap.copied.map((c) => draft.slice(c.start, c.end))[0]).toBe('MAISON LUMEN OUVRE SON ATELIER DE LYON');
  });

  it('a paragraph pasted with a few words changed is still a copy', () => {
    const draft =
      'Maison Lumen, fabricant de luminaires en verre soufflé, annonce l’ouverture de son atelier à Lyon, dans le quartier de la Confluence. Ce site de 1 200 mètres carrés accueillera 30 artisans verriers d’ici la fin de l’année.';
    expect(measureOverlap(draft, index).share).toBeGreaterThan(0.6);
  });

  it('a draft in the writer’s own words copies nothing, even on the same subject', () => {
    const draft =
      'Notre nouvel atelier lyonnais vous ouvre ses portes : venez voir souffler le verre de vos futures lampes, samedi à 10 h.';
    const overlap = measureOverlap(draft, index);
    expect(overlap.share).toBe(0);
    expect(overlap.copied).toEqual([]);
  });

  it('links, handles and hashtags are not counted as words', () => {
    const draft = `Maison Lumen ouvre son atelier de Lyon ${FR_URL}`;
    const skip = [{ start: draft.indexOf('https'), end: draft.length }];
    expect(measureOverlap(draft, index, skip).words).toBe(7);
  });
});

describe('the critique of a draft with its linked page', () => {
  const DUMP_FR = `Maison Lumen ouvre son atelier de Lyon. Maison Lumen, fabricant français de luminaires en verre soufflé, annonce l’ouverture de son nouvel atelier à Lyon. ${FR_URL}`;

  it('a pasted release with no angle is a press-release dump, showing the copy and its share (FR)', () => {
    const critique = analyze(DUMP_FR, { sources: [checked(FR_URL, frPage)] });
    expect(critique.genre).toBe('press-release');
    expect(critique.verdict).toBe('posting-for-posting-sake');
    const source = critique.sources![0]!;
    expect(source).toMatchObject({ state: 'checked', pressRelease: true, dump: true, headline: true });
    expect(source.copiedShare).toBeGreaterThan(0.9);
    expect(DUMP_FR.slice(source.start, source.end)).toBe(FR_URL);
    const finding = critique.findings.find((f) => f.rule === 'press-release-dump' && f.messageId.startsWith('copied'));
    expect(finding?.message).toMatch(/\d+\s% du texte vient du communiqué/);
    expect(finding?.quote).toBe(DUMP_FR.slice(finding!.start, finding!.end));
  });

  it('the same words with an angle for the reader are not a dump', () => {
    const draft = `Maison Lumen ouvre son atelier de Lyon. Pour vous, c’est la garantie de lampes réparées en 48 h : réservez votre visite gratuite samedi ! ${FR_URL}`;
    const critique = analyze(draft, { sources: [checked(FR_URL, frPage)] });
    expect(critique.sources![0]!.dump).toBe(false);
    expect(critique.sources![0]!.copiedShare).toBeGreaterThan(0);
    expect(critique.findings.some((f) => f.messageId.startsWith('copied'))).toBe(false);
  });

  it('a draft that copies a release in English, through the wire, is flagged in English', () => {
    const draft = `Northwind Energy today announced the launch of its Home Battery Program, which will offer subsidised storage systems to 20,000 households across Colorado. ${EN_URL}`;
    const critique = analyze(draft, { sources: [checked(EN_URL, enPage)] });
    expect(critique.genre).toBe('press-release');
    const finding = critique.findings.find((f) => f.messageId.startsWith('copied'));
    expect(finding?.message).toMatch(/^\d+% of the post/);
  });

  it('a copy of a page that is not a release is reported, not flagged', () => {
    const blog = pageOf(BLOG_EN, 'https://www.northwind.test/blog/winter');
    const draft = 'Five ways to cut your energy bill this winter https://www.northwind.test/blog/winter';
    const critique = analyze(draft, { sources: [checked('https://www.northwind.test/blog/winter', blog)] });
    expect(critique.sources![0]).toMatchObject({ pressRelease: false, dump: false, headline: true });
    expect(critique.findings.some((f) => f.messageId.startsWith('copied'))).toBe(false);
  });

  it('links not read yet, or that failed, change nothing but are listed', () => {
    const text = `Réservez votre table samedi : 24 €. ${FR_URL}`;
    const plain = analyze(text);
    for (const source of [
      { url: FR_URL, state: 'not-allowed' },
      { url: FR_URL, state: 'checking' },
      { url: FR_URL, state: 'failed', problem: { kind: 'timeout' } },
    ] as LinkedSource[]) {
      const critique = analyze(text, { sources: [source] });
      expect(critique.findings).toEqual(plain.findings);
      expect(critique.verdict).toBe(plain.verdict);
      expect(critique.sources![0]!.state).toBe(source.state);
    }
  });

  it('malformed sources are dropped, not trusted', () => {
    const text = `Réservez votre table samedi : 24 €. ${FR_URL}`;
    const critique = analyze(text, {
      sources: [{ url: FR_URL, state: 'checked', page: { title: 'forged' } } as unknown as LinkedSource, null!],
    });
    expect(critique.sources).toBeUndefined();
  });

  describe('the UTM policy where the link leads', () => {
    const brand = parseBrand({
      schema: 'whypost.brand',
      version: 1,
      name: 'Lumen',
      utm: [{ domains: ['maisonlumen.test'], parameters: ['utm_source', 'utm_campaign'] }],
    });
    if (!brand.ok) throw new Error('brand');
    const lumen: Brand = brand.brand;

    it('a link only the preview shows is checked against the policy', () => {
      const critique = analyze('Réservez votre visite samedi à 10 h, 12 € par personne.', {
        brand: lumen,
        sources: [{ url: FR_URL, state: 'not-allowed', preview: true }],
      });
      const finding = critique.findings.find((f) => f.messageId === 'policy-preview');
      expect(finding?.message).toContain('utm_source, utm_campaign');
      expect(critique.sources![0]!.utmMissing).toEqual(['utm_source', 'utm_campaign']);
    });

    it('a shortened link is checked where it leads', () => {
      const page = { ...frPage, url: 'https://bit.ly/lumen', finalUrl: `${FR_URL}?utm_source=x` };
      const critique = analyze('Visitez notre atelier samedi, 10 h : https://bit.ly/lumen', {
        brand: lumen,
        sources: [checked('https://bit.ly/lumen', page)],
      });
      const finding = critique.findings.find((f) => f.messageId === 'policy-redirect');
      expect(finding?.message).toContain('utm_campaign');
      expect(finding?.message).not.toContain('utm_source,');
    });
  });
});

describe('describing a linked page', () => {
  it('says each state in French and English, with the reason of a failure', () => {
    const failed = { url: FR_URL, state: 'failed' as const, problem: { kind: 'http' as const, status: 503 } };
    expect(describeSource(failed, 'fr').status).toBe('impossible de vérifier le lien\u00a0: le site a répondu 503');
    expect(describeSource(failed, 'en').status).toBe('could not check the link: the site answered 503');
    const notHtml = {
      url: FR_URL,
      state: 'failed' as const,
      problem: { kind: 'not-html' as const, contentType: 'application/pdf' },
    };
    expect(describeSource(notHtml, 'en').status).toContain('application/pdf');
    expect(describeSource({ url: FR_URL, state: 'not-allowed' }, 'fr').status).toContain('lien non vérifié');
    expect(describeSource({ url: FR_URL, state: 'checking' }, 'en').status).toBe('reading…');
  });

  it('praises an angle only when the writer’s own words give one', () => {
    const copied = analyze(`Maison Lumen ouvre son atelier de Lyon. Un atelier de plus, voilà. ${FR_URL}`, {
      sources: [checked(FR_URL, frPage)],
    }).sources![0]!;
    expect(copied.angle).toBe(false);
    expect(describeSource({ ...copied, dump: false }, 'en').details.join('\n')).not.toContain('angle');
    const withAngle = analyze(
      `Maison Lumen ouvre son atelier de Lyon. Pour vous : réparations en 48 h, réservez votre visite ! ${FR_URL}`,
      { sources: [checked(FR_URL, frPage)] },
    ).sources![0]!;
    expect(withAngle.angle).toBe(true);
    expect(describeSource(withAngle, 'en').details.join('\n')).toContain('your own words add an angle');
  });

  it('a read release: its title, what copies it, the cues', () => {
    const critique = analyze(`Maison Lumen ouvre son atelier de Lyon. ${FR_URL}`, {
      sources: [checked(FR_URL, frPage)],
    });
    const words = describeSource(critique.sources![0]!, 'fr', 'fr-CA');
    expect(words.name).toContain('Maison Lumen ouvre son atelier');
    expect(words.status).toBe('communiqué de presse');
    expect(words.details.join('\n')).toMatch(/100\u00a0% du texte est copié/);
    expect(words.details.join('\n')).toContain('contact presse');
  });
});

describe('links of a draft', () => {
  it('in order, with or without a scheme, without duplicates, the platforms’ own or more than three', () => {
    const text =
      'Voir https://x.com/acme/status/1 puis maisonlumen.fr/presse, https://www.maisonlumen.fr/presse/ et https://a.test/1 https://b.test/2 https://c.test/3';
    expect(draftLinks(text)).toEqual(['https://maisonlumen.fr/presse', 'https://a.test/1', 'https://b.test/2']);
    expect(draftLinks('Rien ici', ['https://l.test/p'])).toEqual(['https://l.test/p']);
    expect(sameAddress('HTTP://www.A.test/x/', 'https://a.test/x')).toBe(true);
    expect(originPattern('https://www.a.test:8443/x?y=1')).toBe('https://www.a.test/*');
    expect(originPattern('ftp://a.test/')).toBeNull();
  });
});

describe('fetching a page', () => {
  const respond = (body: BodyInit | null, init: ResponseInit & { url?: string } = {}) => {
    const response = new Response(body, init);
    if (init.url) Object.defineProperty(response, 'url', { value: init.url });
    return response;
  };

  it('asks without cookies or referrer, and gives the page and where it came from', async () => {
    const fetcher = vi.fn(async () =>
      respond(RELEASE_FR, { headers: { 'content-type': 'text/html; charset=utf-8' }, url: `${FR_URL}?r=1` }),
    );
    const result = await fetchPage(FR_URL, { fetcher });
    expect(result).toMatchObject({ ok: true, finalUrl: `${FR_URL}?r=1`, truncated: false });
    const init = (fetcher.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'follow' });
  });

  it('reads the charset the page declares', async () => {
    const latin1 = new Uint8Array([
      ...Buffer.from('<html><head><meta charset="iso-8859-1"></head><body>'),
      0xe9,
      ...Buffer.from('t'),
    ]);
    const result = await fetchPage(FR_URL, {
      fetcher: async () => respond(latin1, { headers: { 'content-type': 'text/html' } }),
    });
    expect(result.ok && result.html.endsWith('<body>ét')).toBe(true);
  });

  it('stops at 2 MB and says the page was cut', async () => {
    const chunk = new Uint8Array(256 * 1024).fill(0x61);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
        if (sent > 50 * 1024 * 1024) controller.close();
      },
    });
    const result = await fetchPage(FR_URL, {
      fetcher: async () => respond(body, { headers: { 'content-type': 'text/html' } }),
    });
    expect(result.ok && result.truncated).toBe(true);
    expect(result.ok && result.html.length).toBe(MAX_PAGE_BYTES);
    expect(sent).toBeLessThan(4 * 1024 * 1024);
  });

  it('gives up after the time limit, headers or body', async () => {
    const never = (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    expect(await fetchPage(FR_URL, { fetcher: never as typeof fetch, timeoutMs: 50 })).toEqual({
      ok: false,
      problem: { kind: 'timeout' },
    });
    const slowBody = (_url: string, init?: RequestInit) =>
      Promise.resolve(
        respond(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('<html>'));
              init?.signal?.addEventListener('abort', () => controller.error(new Error('aborted')));
            },
          }),
          { headers: { 'content-type': 'text/html' } },
        ),
      );
    expect(await fetchPage(FR_URL, { fetcher: slowBody as typeof fetch, timeoutMs: 50 })).toEqual({
      ok: false,
      problem: { kind: 'timeout' },
    });
  });

  it('does not follow a redirect unless asked: no request reaches a site the user did not allow', async () => {
    const fetcher = vi.fn(async () => respond(null, { status: 301, headers: { location: 'https://elsewhere.test/' } }));
    expect(await fetchPage('https://bit.ly/x', { fetcher, followRedirects: false })).toEqual({
      ok: false,
      problem: { kind: 'redirect' },
    });
    expect((fetcher.mock.calls[0] as unknown as [string, RequestInit])[1].redirect).toBe('manual');
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('names what is not a page: an error status, another type, a failed connection, a bad address', async () => {
    expect(await fetchPage(FR_URL, { fetcher: async () => respond('no', { status: 404 }) })).toEqual({
      ok: false,
      problem: { kind: 'http', status: 404 },
    });
    expect(
      await fetchPage(FR_URL, {
        fetcher: async () => respond('%PDF', { headers: { 'content-type': 'application/pdf' } }),
      }),
    ).toEqual({ ok: false, problem: { kind: 'not-html', contentType: 'application/pdf' } });
    expect(
      await fetchPage(FR_URL, {
        fetcher: async () => {
          throw new TypeError('Failed to fetch');
        },
      }),
    ).toEqual({ ok: false, problem: { kind: 'network' } });
    expect(await fetchPage('javascript:alert(1)')).toEqual({ ok: false, problem: { kind: 'invalid-url' } });
  });
});

describe('the worker’s reader', () => {
  function reader(overrides: Partial<ReaderDeps> = {}) {
    let now = 0;
    const deps: ReaderDeps = {
      allowed: vi.fn(async () => true),
      fetchPage: vi.fn(async (url: string) => ({
        ok: true as const,
        html: RELEASE_FR,
        finalUrl: url,
        contentType: 'text/html',
        truncated: false,
      })),
      parse: vi.fn(async (html: string, o: { url: string; finalUrl: string; truncated: boolean }) => {
        const { document, close } = parseHtml(html, o.url);
        try {
          return readPage(document, o);
        } finally {
          close();
        }
      }),
      now: () => now,
      delayMs: 0,
      ...overrides,
    };
    return { deps, reader: new LinkReader(deps), tick: (ms: number) => (now += ms) };
  }
  const text = `Atelier ouvert ! ${FR_URL}`;

  it('a site not allowed is never fetched', async () => {
    const { deps, reader: r } = reader({ allowed: vi.fn(async () => false) });
    expect(await r.sources(text, [])).toEqual([{ url: FR_URL, state: 'not-allowed' }]);
    expect(deps.fetchPage).not.toHaveBeenCalled();
    expect(deps.allowed).toHaveBeenCalledWith('https://www.maisonlumen.test/*');
  });

  it('reads once per address, tells each waiting tab once, then answers from the cache', async () => {
    let open = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    const fetchPage = vi.fn(async (url: string) => {
      await gate;
      return { ok: true as const, html: RELEASE_FR, finalUrl: url, contentType: 'text/html', truncated: false };
    });
    const { deps, reader: r, tick } = reader({ fetchPage });
    const notify = vi.fn();
    expect((await r.sources(text, [], { key: '1:0', notify }))[0]!.state).toBe('checking');
    expect((await r.sources(text, [], { key: '1:0', notify }))[0]!.state).toBe('checking');
    open();
    await r.settled();
    expect(notify).toHaveBeenCalledTimes(1);
    const [source] = await r.sources(text, []);
    expect(source).toMatchObject({ state: 'checked', page: { title: expect.stringContaining('Maison Lumen') } });
    expect(deps.fetchPage).toHaveBeenCalledTimes(1);
    tick(CHECKED_TTL_MS + 1);
    expect((await r.sources(text, []))[0]!.state).toBe('checking');
    await r.settled();
    expect(deps.fetchPage).toHaveBeenCalledTimes(2);
  });

  it('a failure is kept a minute, and a parser that throws is a failure, not an error', async () => {
    const {
      deps,
      reader: r,
      tick,
    } = reader({
      parse: vi.fn(async () => {
        throw new Error('no DOM');
      }),
    });
    await r.sources(text, []);
    await r.settled();
    expect((await r.sources(text, []))[0]).toEqual({ url: FR_URL, state: 'failed', problem: { kind: 'unreadable' } });
    tick(FAILED_TTL_MS + 1);
    await r.sources(text, []);
    await r.settled();
    expect(deps.fetchPage).toHaveBeenCalledTimes(2);
  });

  it('a permission check that throws means no access', async () => {
    const { reader: r } = reader({ allowed: () => Promise.reject(new Error('no API')) });
    expect((await r.sources(text, []))[0]!.state).toBe('not-allowed');
  });

  it('a cache kept in the session survives the worker: a new reader answers without fetching', async () => {
    let saved: CacheEntry[] = [];
    const store = { load: async () => saved, save: async (entries: CacheEntry[]) => void (saved = entries) };
    const first = reader({ store });
    await first.reader.sources(text, []);
    await first.reader.settled();
    expect(saved).toHaveLength(1);
    const second = reader({ store });
    expect((await second.reader.sources(text, []))[0]!.state).toBe('checked');
    expect(second.deps.fetchPage).not.toHaveBeenCalled();
    second.reader.clear();
    expect(saved).toEqual([]);
  });

  it('an address being typed is not requested: only the link still in the draft after the delay', async () => {
    const { deps, reader: r } = reader({ delayMs: 30 });
    const notify = vi.fn();
    await r.sources('Atelier https://www.maisonlumen.test/pr', [], { key: '1:0', notify });
    await r.sources('Atelier https://www.maisonlumen.test/presse', [], { key: '1:0', notify });
    await r.sources(text, [], { key: '1:0', notify });
    await r.settled();
    expect((deps.fetchPage as ReturnType<typeof vi.fn>).mock.calls.map((c) => c[0])).toEqual([FR_URL]);
    expect(notify).toHaveBeenCalledTimes(1);
    // A link deleted before the delay is not read at all.
    await r.sources('Atelier https://autre.test/page', [], { key: '1:0', notify });
    await r.sources('Atelier', [], { key: '1:0', notify });
    await r.settled();
    expect(deps.fetchPage).toHaveBeenCalledTimes(1);
  });

  it('a page whose site lost its access while it was read is not kept', async () => {
    let open = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    const fetchPage = vi.fn(async (url: string) => {
      await gate;
      return { ok: true as const, html: RELEASE_FR, finalUrl: url, contentType: 'text/html', truncated: false };
    });
    const { reader: r } = reader({ fetchPage });
    await r.sources(text, []);
    await vi.waitFor(() => expect(fetchPage).toHaveBeenCalled());
    r.clear();
    open();
    await r.settled();
    expect((await r.sources(text, []))[0]!.state).toBe('checking');
  });

  it('machines of the local network are told apart', () => {
    for (const local of [
      'http://localhost:8080/x',
      'http://127.0.0.1/*',
      'https://192.168.1.20/admin',
      'http://10.0.0.5/',
      'http://172.20.1.1/',
      'http://nas.local/',
      'http://[::1]:3000/',
      'http://169.254.1.1/',
    ])
      expect(isPrivateHost(local), local).toBe(true);
    for (const outside of ['https://www.maisonlumen.test/*', 'https://172.32.0.1/', 'https://local.example.com/'])
      expect(isPrivateHost(outside), outside).toBe(false);
  });

  it('marks links only the preview shows', async () => {
    const { reader: r } = reader({ allowed: vi.fn(async () => false) });
    expect(await r.sources('Atelier ouvert !', [FR_URL])).toEqual([
      { url: FR_URL, state: 'not-allowed', preview: true },
    ]);
  });
});
