// @vitest-environment happy-dom
// The composer adapters against saved fixture pages (tests/fixtures/composers/):
// every surface found with the expected count, kind, thread index, text and send
// buttons; every selector of the three configs (detection, account, preview, placement)
// with the pages it must and must not match, and every label list exercised by at
// least one fixture; the must-not-match pages (DMs, Grok, Messenger, LinkedIn messaging,
// search and profile forms) never matched. See
// docs/composers.md §6.11 "Keep selectors data-driven".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import {
  FACEBOOK_CONFIG,
  LINKEDIN_CONFIG,
  X_CONFIG,
  findComposers,
  findFacebookPendingSends,
  normalizeLabel,
  platformOf,
  readComposer,
  readDraft,
  readThread,
  type ComposerMatch,
  type Kind,
  type Surface,
} from '../utils/composers';
import { analyze } from '../analyzers';
import { linkedInAccount } from '../utils/composers/account';
import { LINKEDIN_PAGES, linkedInMentions } from '../utils/composers/linkedin';
import { accessibleName, labelEquals, labelMatches, prefixPattern } from '../utils/composers/read';
import { DRAFT_JS_CONFIG, DRAFT_JS_PAGES } from '../utils/composers/draft-js';
import { FACEBOOK_PAGES } from '../utils/composers/facebook';
import type { SelectorPages } from '../utils/composers/types';
import { X_PAGES } from '../utils/composers/x';

interface ExpectedMatch {
  surface: Surface;
  kind: Kind;
  index?: number;
  text: string;
  sendButtons: number;
}

interface Fixture {
  file: string;
  url: string;
  matches: ExpectedMatch[];
  pendingSends?: number;
}

interface HappyDomWindow {
  happyDOM: { setURL(url: string): void };
}

// A path, not a URL: under happy-dom the global URL is happy-dom's, which node:fs does not accept.
const DIR = join(fileURLToPath(import.meta.url), '..', 'fixtures', 'composers');
const read = (file: string) => readFileSync(join(DIR, file), 'utf8');
const FIXTURES = JSON.parse(read('expectations.json')) as Fixture[];
type FixturePlatform = 'x' | 'facebook' | 'linkedin';
const PLATFORMS: FixturePlatform[] = ['x', 'facebook', 'linkedin'];
const platformOfFile = (f: Fixture) => f.file.split('/')[0] as FixturePlatform;
const positive = (platform: FixturePlatform) =>
  FIXTURES.filter((f) => platformOfFile(f) === platform && f.matches.length > 0);
const negative = (platform: FixturePlatform) =>
  FIXTURES.filter((f) => platformOfFile(f) === platform && f.matches.length === 0);

/**
 * Loads a fixture into the document at `url`; returns the document's location.
 * The markup is the project's own saved page (tests/fixtures), never a draft.
 */
function load(file: string, url: string): Location {
  (window as unknown as HappyDomWindow).happyDOM.setURL(url);
  document.body.innerHTML = read(file);
  return window.location;
}

function loadFixture(fixture: Fixture): Location {
  return load(fixture.file, fixture.url);
}

function fixture(file: string): Fixture {
  const found = FIXTURES.find((f) => f.file === file);
  if (!found) throw new Error(`no expectation for ${file}`);
  return found;
}

function html(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const editor = host.firstElementChild;
  if (!(editor instanceof HTMLElement)) throw new Error('no element');
  return editor;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('fixtures', () => {
  test('every fixture file has exactly one expectation, and every expectation a file', () => {
    const files = PLATFORMS.flatMap((platform) =>
      readdirSync(join(DIR, platform))
        .filter((name) => name.endsWith('.html'))
        .map((name) => `${platform}/${name}`),
    );
    expect(FIXTURES.map((f) => f.file).sort()).toEqual(files.sort());
  });

  test('the fixtures cover every surface, every platform, present and absent, in English and French', () => {
    const surfaces = new Set(FIXTURES.flatMap((f) => f.matches.map((m) => m.surface)));
    const all: Surface[] = [
      'x-home',
      'x-modal',
      'x-reply-inline',
      'x-reply-modal',
      'x-thread',
      'x-mobile',
      'fb-post',
      'fb-group',
      'fb-page',
      'fb-comment',
      'fb-reply',
      'mbs',
      'li-post',
      'li-page',
      'li-comment',
      'li-reply',
      'li-article',
    ];
    expect([...surfaces].sort()).toEqual([...all].sort());
    for (const platform of PLATFORMS) {
      expect(positive(platform).length).toBeGreaterThan(0);
      expect(negative(platform).length).toBeGreaterThan(0);
      expect(FIXTURES.some((f) => platformOfFile(f) === platform && f.file.endsWith('-fr.html'))).toBe(true);
    }
  });

  test('the drafts include an empty line, leaves split by mentions or hashtags, and emoji', () => {
    const texts = FIXTURES.flatMap((f) => f.matches.map((m) => m.text));
    expect(texts.some((t) => t.includes('\n\n'))).toBe(true);
    expect(texts.some((t) => /[@#]\w/.test(t))).toBe(true);
    expect(texts.some((t) => /\p{Extended_Pictographic}/u.test(t))).toBe(true);
  });
});

describe('findComposers() on every fixture', () => {
  test.each(FIXTURES.map((f) => [f.file, f] as const))('%s', (_file, f) => {
    const loc = loadFixture(f);
    expect(loc.href).toBe(new URL(f.url).href);
    const found = findComposers(document, loc);
    const summary = (m: ComposerMatch) => ({
      surface: m.surface,
      kind: m.kind,
      ...(m.index === undefined ? {} : { index: m.index }),
      text: readComposer(m),
      sendButtons: m.sendButtons().length,
    });
    expect(found.map(summary)).toEqual(f.matches);
    // Same answer from a plain URL, as the content script may pass one.
    expect(findComposers(document, new URL(f.url)).map((m) => m.editor)).toEqual(found.map((m) => m.editor));
    for (const match of found) {
      expect(match.platform).toBe(platformOfFile(f));
      expect(match.root.contains(match.editor)).toBe(true);
      for (const button of match.sendButtons()) {
        expect(match.editor.contains(button)).toBe(false);
        expect(button.ownerDocument).toBe(document);
      }
    }
    expect(findFacebookPendingSends(document)).toHaveLength(f.pendingSends ?? 0);
  });
});

describe('selectors', () => {
  // Which fixtures a selector must hit: the detection selectors hit composer
  // pages, the exclusion selectors only must-not-match pages.
  const count = (fixtures: Fixture[], selector: string) =>
    fixtures.map((f) => {
      loadFixture(f);
      return document.querySelectorAll(selector).length;
    });

  const xSelectors = Object.entries(X_CONFIG.selectors).filter(([name]) => name !== 'excluded');
  test.each(xSelectors)('X %s matches at least one composer fixture', (_name, selector) => {
    expect(Math.max(...count(positive('x'), selector))).toBeGreaterThan(0);
  });

  const fbSelectors = Object.entries(FACEBOOK_CONFIG.selectors);
  test.each(fbSelectors)('Facebook %s matches at least one composer fixture', (_name, selector) => {
    expect(Math.max(...count(positive('facebook'), selector))).toBeGreaterThan(0);
  });

  test('X exclusions match must-not-match fixtures only', () => {
    expect(Math.max(...count(negative('x'), X_CONFIG.selectors.excluded))).toBeGreaterThan(0);
    expect(count(positive('x'), X_CONFIG.selectors.excluded).every((n) => n === 0)).toBe(true);
  });

  test.each(negative('x').map((f) => [f.file, f] as const))(
    'no X editor test id matches the must-not-match fixture %s',
    (_file, f) => {
      loadFixture(f);
      const ids = [...document.querySelectorAll(X_CONFIG.selectors.editorByTestId)].map(
        (el) => el.getAttribute('data-testid') ?? '',
      );
      expect(ids.filter((id) => X_CONFIG.testIdPattern.test(id))).toEqual([]);
    },
  );

  test('the X test-id pattern keeps editors, not their wrappers', () => {
    expect(X_CONFIG.testIdPattern.test('tweetTextarea_0')).toBe(true);
    expect(X_CONFIG.testIdPattern.test('tweetTextarea_12')).toBe(true);
    expect(X_CONFIG.testIdPattern.test('tweetTextarea_0RichTextInputContainer')).toBe(false);
    expect(X_CONFIG.testIdPattern.test('tweetTextarea_0_label')).toBe(false);
  });

  test('the Messenger editor is a Lexical textbox: only the chat labels keep it out', () => {
    loadFixture(fixture('facebook/messenger-chat.html'));
    const editor = document.querySelector<HTMLElement>(FACEBOOK_CONFIG.selectors.lexicalEditor);
    expect(editor).not.toBeNull();
    expect(labelMatches(editor?.getAttribute('aria-label'), FACEBOOK_CONFIG.labels.chatEditor)).toBe(true);
    expect(labelEquals(editor?.getAttribute('aria-placeholder'), FACEBOOK_CONFIG.labels.chatPlaceholder)).toBe(true);
  });

  test('the configs are frozen and dated', () => {
    for (const config of [X_CONFIG, FACEBOOK_CONFIG, LINKEDIN_CONFIG]) {
      expect(Object.isFrozen(config)).toBe(true);
      expect(Object.isFrozen(config.selectors)).toBe(true);
      expect(Object.isFrozen(config.labels)).toBe(true);
      expect(Object.isFrozen(config.account.selectors)).toBe(true);
      expect(Object.isFrozen(config.preview.selectors)).toBe(true);
      expect(Object.isFrozen(config.placement.selectors)).toBe(true);
      expect(config.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(() => (X_CONFIG.labels.editor as unknown as string[]).push('x')).toThrow();
    expect(Object.isFrozen(DRAFT_JS_CONFIG.selectors)).toBe(true);
  });
});

/**
 * Every selector of both configs, detection, account, preview and placement alike, and of the
 * Draft.js markup they share, with the saved pages (tests/fixtures/composers/<platform>/) where it
 * must match and where it must not, in the manner of refined-github's selector tests. Each config
 * lists them beside it (X_PAGES, FACEBOOK_PAGES, DRAFT_JS_PAGES): a selector added without its row
 * fails the typecheck and the test below; a row with no page to match fails unless its group lists
 * the selector as unverified (no public source, no capture: docs/composers.md §6.11).
 */
const SELECTOR_PAGES: Record<string, SelectorPages> = Object.fromEntries(
  (
    [
      ['x', X_PAGES],
      ['facebook', FACEBOOK_PAGES],
      ['linkedin', LINKEDIN_PAGES],
      ['draft-js', DRAFT_JS_PAGES],
    ] as const
  ).flatMap(([config, pages]) =>
    Object.entries(pages).flatMap(([group, rows]) =>
      Object.entries(rows as Record<string, SelectorPages>).map(([key, row]) => [`${config}.${group}.${key}`, row]),
    ),
  ),
);

interface SelectorGroupLike {
  lastVerified: string | null;
  unverified?: readonly string[];
  selectors: Readonly<Record<string, string>>;
}

/** The selector groups of the configs: the detection selectors carry the config's own date. */
const SELECTOR_GROUPS = [
  ...PLATFORMS.flatMap((platform) => {
    const config = { x: X_CONFIG, facebook: FACEBOOK_CONFIG, linkedin: LINKEDIN_CONFIG }[platform];
    const groups: [string, SelectorGroupLike][] = [
      ['selectors', { lastVerified: config.lastVerified, selectors: config.selectors }],
      ['account', config.account],
      ['preview', config.preview],
      ['placement', config.placement],
    ];
    if ('mentions' in config) groups.push(['mentions', config.mentions]);
    // A platform's pages are named within its folder.
    return groups.map(([name, group]) => ({ config: platform, name, group, page: (p: string) => `${platform}/${p}` }));
  }),
  // The Draft.js markup both platforms' Draft editors share: its pages name their folder.
  { config: 'draft-js', name: 'selectors', group: DRAFT_JS_CONFIG as SelectorGroupLike, page: (p: string) => p },
];

const SELECTOR_ROWS = SELECTOR_GROUPS.flatMap(({ config, name, group, page }) =>
  Object.entries(group.selectors).map(([key, selector]) => ({
    id: `${config}.${name}.${key}`,
    page,
    selector,
    unverified: group.unverified?.includes(key) ?? false,
  })),
);

describe('every selector of the three configs, with the pages where it must and must not match', () => {
  test('each selector has a row, each row a selector', () => {
    expect(Object.keys(SELECTOR_PAGES).sort()).toEqual(SELECTOR_ROWS.map((row) => row.id).sort());
  });

  test('each group is dated; an undated group lists all its selectors as unverified', () => {
    for (const { config, name, group } of SELECTOR_GROUPS) {
      const where = `${config}.${name}`;
      if (group.lastVerified === null) {
        expect(group.unverified ?? [], where).toEqual(Object.keys(group.selectors));
      } else {
        expect(group.lastVerified, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      for (const key of group.unverified ?? []) expect(Object.keys(group.selectors), where).toContain(key);
    }
  });

  test.each(SELECTOR_ROWS.map((row) => [row.id, row] as const))('%s', (id, row) => {
    const pages = SELECTOR_PAGES[id];
    if (!pages) throw new Error(`no row for ${id}`);
    if (pages.match.length === 0) expect(row.unverified, `${id} matches no saved page`).toBe(true);
    const hits = (page: string) => {
      loadFixture(fixture(`${row.page(page)}.html`));
      return document.querySelectorAll(row.selector).length;
    };
    for (const page of pages.match) expect(hits(page), `${id} on ${page}`).toBeGreaterThan(0);
    for (const page of pages.notMatch ?? []) expect(hits(page), `${id} on ${page}`).toBe(0);
  });
});

describe('label lists', () => {
  /** Every name a fixture gives: aria-label, aria-placeholder, placeholder, button / dialog names, Draft placeholders. */
  function labelsOf(fixtures: Fixture[]): string[] {
    return fixtures.flatMap((f) => {
      loadFixture(f);
      const labels: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        for (const name of ['aria-label', 'aria-placeholder', 'placeholder']) {
          const value = el.getAttribute(name);
          if (value) labels.push(value);
        }
      }
      for (const el of document.querySelectorAll('[role="button"], button, [role="dialog"], [role="combobox"]')) {
        labels.push(accessibleName(el));
      }
      for (const el of document.querySelectorAll('.public-DraftEditorPlaceholder-inner'))
        labels.push(el.textContent ?? '');
      return labels;
    });
  }

  const xLabels = labelsOf(FIXTURES.filter((f) => platformOfFile(f) === 'x'));
  test.each(Object.entries(X_CONFIG.labels))('X %s is used by a fixture', (_name, list) => {
    expect(xLabels.some((label) => labelMatches(label, list))).toBe(true);
  });

  const fbLabels = labelsOf(FIXTURES.filter((f) => platformOfFile(f) === 'facebook'));
  test.each(Object.entries(FACEBOOK_CONFIG.labels))('Facebook %s is used by a fixture', (_name, list) => {
    expect(fbLabels.some((label) => labelMatches(label, list))).toBe(true);
  });

  const liLabels = labelsOf(FIXTURES.filter((f) => platformOfFile(f) === 'linkedin'));
  test.each(Object.entries(LINKEDIN_CONFIG.labels))('LinkedIn %s is used by a fixture', (_name, list) => {
    expect(liLabels.some((label) => labelMatches(label, list))).toBe(true);
  });

  const lists: [string, Record<string, readonly string[]>][] = [
    ['X', X_CONFIG.labels],
    ['Facebook', FACEBOOK_CONFIG.labels],
    ['LinkedIn', LINKEDIN_CONFIG.labels],
  ];
  test.each(lists)('%s lists hold no duplicates once normalized', (_platform, labels) => {
    for (const list of Object.values(labels)) {
      const normalized = list.map((l) => normalizeLabel(l));
      expect(new Set(normalized).size).toBe(normalized.length);
    }
  });
});

describe('label normalization', () => {
  test.each([
    ['Pub\u200Blish\u200B', 'publish'],
    ['\uFEFFWrite into the dialogue box\u200D', 'write into the dialogue box'],
    ['What’s happening?', "what's happening?"],
    ['What‘s happening?', "what's happening?"],
    ['Quoi de neuf\u202F?', 'quoi de neuf ?'],
    ['Quoi de neuf\u00A0?', 'quoi de neuf ?'],
    ['Create a public post…', 'create a public post...'],
    ['  Comment   as\nAna ', 'comment as ana'],
    ['Cre\u0301er une publication', 'créer une publication'],
    [null, ''],
  ])('%j → %j', (label, expected) => {
    expect(normalizeLabel(label)).toBe(expected);
  });

  test.each([
    ['What’s on your mind, Zoë?', FACEBOOK_CONFIG.labels.postEditor, true],
    ["What's on your mind?", FACEBOOK_CONFIG.labels.postEditor, true],
    ['Comment as Ana Martin', FACEBOOK_CONFIG.labels.commentEditor, true],
    ['Comment\u200B as Ana', FACEBOOK_CONFIG.labels.commentEditor, true],
    ['Commenter en tant que Zoë', FACEBOOK_CONFIG.labels.commentEditor, true],
    ['Answer as Ana', FACEBOOK_CONFIG.labels.commentEditor, true],
    ['Reply to Ben Dupont', FACEBOOK_CONFIG.labels.replyEditor, true],
    ['Répondre à Ben', FACEBOOK_CONFIG.labels.replyEditor, true],
    ['REPLY TO BEN', FACEBOOK_CONFIG.labels.replyEditor, true],
    ['Reply', FACEBOOK_CONFIG.labels.replyEditor, false],
    ['Message', FACEBOOK_CONFIG.labels.chatEditor, true],
    ['Write to Ben Dupont', FACEBOOK_CONFIG.labels.chatEditor, true],
    ['Messages', FACEBOOK_CONFIG.labels.chatEditor, false],
    ['Write something...', FACEBOOK_CONFIG.labels.groupEditor, true],
    ['Exprimez-vous', FACEBOOK_CONFIG.labels.groupEditor, true],
    ['Exprimez-vous...', FACEBOOK_CONFIG.labels.groupEditor, true],
    ['Créer une publication publique...', FACEBOOK_CONFIG.labels.postEditor, true],
    ['Create post', FACEBOOK_CONFIG.labels.postEditor, false],
  ] as const)('%j against a prefix list → %s', (label, list, expected) => {
    expect(labelMatches(label, list)).toBe(expected);
  });

  test('exact lists compare whole names', () => {
    expect(labelEquals('Post', FACEBOOK_CONFIG.labels.postButton)).toBe(true);
    expect(labelEquals('\u200BPublier', FACEBOOK_CONFIG.labels.postButton)).toBe(true);
    expect(labelEquals('Post settings', FACEBOOK_CONFIG.labels.postButton)).toBe(false);
    expect(labelEquals('', FACEBOOK_CONFIG.labels.postButton)).toBe(false);
    expect(
      labelEquals(
        'Write into the dialogue box to include text with your post.\u200B',
        FACEBOOK_CONFIG.labels.businessEditor,
      ),
    ).toBe(true);
  });

  test('prefix patterns escape their labels and are compiled once per frozen list', () => {
    expect(prefixPattern(['a.b']).test('axb')).toBe(false);
    expect(prefixPattern(FACEBOOK_CONFIG.labels.replyEditor)).toBe(prefixPattern(FACEBOOK_CONFIG.labels.replyEditor));
  });
});

describe('readDraft()', () => {
  const draftBlock = (key: string, leaves: string) =>
    `<div data-block="true" data-editor="e" data-offset-key="${key}-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="${key}-0-0">${leaves}</div></div>`;
  const leaf = (text: string) => `<span data-offset-key="k"><span data-text="true">${text}</span></span>`;
  const emptyLeaf = '<span data-offset-key="k"><br data-text="true"></span>';
  const draft = (...blocks: string[]) =>
    `<div contenteditable="true" role="textbox" class="public-DraftEditor-content"><div data-contents="true">${blocks.join('')}</div></div>`;
  const lexical = (inner: string) =>
    `<div contenteditable="true" role="textbox" data-lexical-editor="true">${inner}</div>`;

  test.each([
    ['an empty Draft.js editor', draft(draftBlock('a', emptyLeaf)), ''],
    ['a trailing empty Draft.js block', draft(draftBlock('a', leaf('one')), draftBlock('b', emptyLeaf)), 'one\n'],
    [
      'two empty Draft.js blocks between lines',
      draft(
        draftBlock('a', leaf('a')),
        draftBlock('b', emptyLeaf),
        draftBlock('c', emptyLeaf),
        draftBlock('d', leaf('b')),
      ),
      'a\n\n\nb',
    ],
    [
      "X's over-limit style splitting a word",
      draft(
        draftBlock(
          'a',
          leaf('twenty') +
            '<span data-offset-key="k" style="background-color: rgb(255, 184, 194);"><span data-text="true">eighty</span></span>',
        ),
      ),
      'twentyeighty',
    ],
    [
      'a mention decorator',
      draft(draftBlock('a', leaf('hi ') + `<span style="color: blue">${leaf('@jack')}</span>` + leaf('!'))),
      'hi @jack!',
    ],
    ['markup escapes in leaves', draft(draftBlock('a', leaf('a &lt;b&gt; &amp; c'))), 'a <b> & c'],
    ['a Lexical empty paragraph', lexical('<p dir="auto"><br></p>'), ''],
    [
      'Lexical paragraphs with an empty one',
      lexical(
        '<p><span data-lexical-text="true">a</span></p><p><br></p><p><span data-lexical-text="true">b</span></p>',
      ),
      'a\n\nb',
    ],
    [
      'a Lexical soft line break',
      lexical('<p><span data-lexical-text="true">a</span><br><span data-lexical-text="true">b</span></p>'),
      'a\nb',
    ],
    [
      'a Lexical trailing soft break (managed <br>)',
      lexical('<p><span data-lexical-text="true">a</span><br><br></p>'),
      'a\n',
    ],
    [
      'Lexical lists',
      lexical(
        '<ul><li><span>one</span></li><li><span>two</span><ul><li><span>two.a</span></li></ul></li></ul><p><span>after</span></p>',
      ),
      'one\ntwo\ntwo.a\nafter',
    ],
    [
      'Lexical heading and quote',
      lexical('<h2><span>Title</span></h2><blockquote><span>quote</span></blockquote>'),
      'Title\nquote',
    ],
    [
      'a Lexical link',
      lexical('<p><span>go </span><a href="https://e.com"><span>https://e.com</span></a></p>'),
      'go https://e.com',
    ],
    [
      'pretty-printed whitespace between blocks',
      lexical('\n  <p><span>a</span></p>\n  <p><span>b</span></p>\n'),
      'a\nb',
    ],
    ['significant spaces inside a line', lexical('<p><span>a</span> <span>b</span></p>'), 'a b'],
    [
      'a plain contenteditable (Chrome divs)',
      '<div contenteditable="true"><div>a</div><div><br></div><div>b</div></div>',
      'a\n\nb',
    ],
    ['bare text and <br>', '<div contenteditable="true">a<br>b</div>', 'a\nb'],
    ['an emoji image', lexical('<p><span>yes </span><img alt="🎉" src="data:,"></p>'), 'yes 🎉'],
    ['a hidden caret helper', lexical('<p><span>a</span><span aria-hidden="true">​</span></p>'), 'a'],
    ['an empty editor', '<div contenteditable="true"></div>', ''],
  ])('%s', (_name, markup, expected) => {
    expect(readDraft(html(markup))).toBe(expected);
  });

  test('a textarea: its live value, with CRLF normalized', () => {
    const textarea = html('<textarea>initial</textarea>') as HTMLTextAreaElement;
    expect(readDraft(textarea)).toBe('initial');
    textarea.value = 'line 1\r\n\r\nline 3';
    expect(readDraft(textarea)).toBe('line 1\n\nline 3');
  });

  test("X's mobile wrapper: the textarea inside it", () => {
    const wrapper = html('<div data-testid="tweetTextarea_0"><textarea>from the wrapper</textarea></div>');
    expect(readDraft(wrapper)).toBe('from the wrapper');
  });

  test('no layout needed: a hidden editor reads the same', () => {
    const editor = html(lexical('<p><span>a</span></p><p><span>b</span></p>'));
    editor.style.display = 'none';
    expect(readDraft(editor)).toBe('a\nb');
  });

  test('the editor is never modified by reading', () => {
    loadFixture(fixture('facebook/create-post-en.html'));
    const [match] = findComposers(document, window.location);
    if (!match) throw new Error('no composer');
    const before = match.editor.outerHTML;
    readDraft(match.editor);
    expect(match.editor.outerHTML).toBe(before);
  });

  test('readThread() follows tweetTextarea_N, not DOM order', () => {
    loadFixture(fixture('x/thread.html'));
    const matches = findComposers(document, window.location);
    expect(readThread([...matches].reverse())).toEqual(fixture('x/thread.html').matches.map((m) => m.text));
    // X re-renders the list: move the last editor's cell first.
    const cells = document.querySelectorAll('[aria-label="Timeline: Thread"] > [data-testid="cellInnerDiv"]');
    const last = cells[cells.length - 1];
    if (last) last.parentElement?.prepend(last);
    const reordered = findComposers(document, window.location);
    expect(reordered.map((m) => m.index)).toEqual([2, 0, 1]);
    expect(readThread(reordered)).toEqual(fixture('x/thread.html').matches.map((m) => m.text));
  });
});

describe('routes and hosts', () => {
  test.each([
    ['x.com', 'x'],
    ['twitter.com', 'x'],
    ['mobile.twitter.com', 'x'],
    ['www.facebook.com', 'facebook'],
    ['web.facebook.com', 'facebook'],
    ['business.facebook.com', 'facebook'],
    ['www.linkedin.com', 'linkedin'],
    ['linkedin.com', 'linkedin'],
    ['m.facebook.com', null],
    ['www.messenger.com', null],
    ['example.com', null],
  ] as const)('%s → %s', (host, platform) => {
    expect(platformOf(host)).toBe(platform);
  });

  test.each([
    ['x/home-en.html', 'https://x.com/messages'],
    ['x/home-en.html', 'https://x.com/messages/123-456'],
    ['x/home-en.html', 'https://x.com/i/chat/123'],
    ['x/home-en.html', 'https://x.com/i/grok'],
    ['x/home-en.html', 'https://x.com/i/grok?conversation=1'],
    ['facebook/create-post-en.html', 'https://www.facebook.com/messages/t/100001'],
    ['facebook/create-post-en.html', 'https://m.facebook.com/'],
    ['facebook/business-suite-composer.html', 'https://business.facebook.com/latest/inbox/all'],
    ['linkedin/share-box-en.html', 'https://www.linkedin.com/messaging/'],
    ['linkedin/comments-en.html', 'https://www.linkedin.com/messaging/thread/2-abc/'],
  ])('%s at %s → no composer', (file, url) => {
    expect(findComposers(document, load(file, url))).toEqual([]);
  });

  test('the same composer page on another route keeps its composer', () => {
    expect(findComposers(document, load('x/home-en.html', 'https://x.com/i/lists/1'))).toHaveLength(1);
  });
});

describe('X detection details', () => {
  test('a DM box inside the column is excluded by its container, whatever the route', () => {
    loadFixture(fixture('x/home-en.html'));
    const box = document.querySelector('[data-testid="tweetTextarea_0RichTextInputContainer"]');
    const dm = document.createElement('div');
    dm.setAttribute('data-testid', 'dmComposerTextInput');
    box?.replaceWith(dm);
    if (box) dm.append(box);
    expect(findComposers(document, window.location)).toEqual([]);
  });

  test('a renamed test id falls back on the Draft.js editor (no index then)', () => {
    loadFixture(fixture('x/home-en.html'));
    document.querySelector('[data-testid="tweetTextarea_0"]')?.setAttribute('data-testid', 'postTextarea_0');
    const [match, ...rest] = findComposers(document, window.location);
    expect(rest).toEqual([]);
    expect(match?.surface).toBe('x-home');
    expect(match?.index).toBeUndefined();
    expect(match && readDraft(match.editor)).toBe(fixture('x/home-en.html').matches[0]?.text);
  });

  test('the last fallback needs Draft.js content or an X editor label', () => {
    loadFixture(fixture('x/timeline-no-composer.html'));
    const column = document.querySelector('[data-testid="primaryColumn"]');
    const plain = html('<div contenteditable="true" role="textbox" aria-multiline="true" aria-label="Notes">x</div>');
    column?.append(plain);
    expect(findComposers(document, window.location)).toEqual([]);
    plain.setAttribute('aria-label', 'Texte du post');
    expect(findComposers(document, window.location).map((m) => m.editor)).toEqual([plain]);
  });

  test('send buttons are looked up on every call (X re-renders the toolbar)', () => {
    loadFixture(fixture('x/home-en.html'));
    const [match] = findComposers(document, window.location);
    const button = document.querySelector('[data-testid="tweetButtonInline"]');
    expect(match?.sendButtons()).toEqual([button]);
    const clone = button?.cloneNode(true);
    if (clone) button?.replaceWith(clone);
    expect(match?.sendButtons()).toEqual([clone]);
    document.querySelector('[data-testid="toolBar"]')?.remove();
    expect(match?.sendButtons()).toEqual([]);
  });

  test('the modal editor gets the modal button, the home editor behind it its own', () => {
    loadFixture(fixture('x/modal-compose.html'));
    const [modal, home] = findComposers(document, window.location);
    expect(home?.sendButtons().map((b) => b.getAttribute('data-testid'))).toEqual(['tweetButtonInline']);
    expect(modal?.sendButtons().map((b) => b.getAttribute('data-testid'))).toEqual(['tweetButton']);
    expect(modal?.root.getAttribute('role')).toBe('dialog');
  });

  test('a thread shares one root and one "Post all" button', () => {
    loadFixture(fixture('x/thread.html'));
    const matches = findComposers(document, window.location);
    expect(new Set(matches.map((m) => m.root)).size).toBe(1);
    expect(new Set(matches.flatMap((m) => m.sendButtons())).size).toBe(1);
  });
});

describe('Facebook detection details', () => {
  test.each([
    [
      'aria-label "Message" alone',
      (e: HTMLElement) => (e.removeAttribute('aria-placeholder'), e.setAttribute('aria-label', 'Message')),
    ],
    ['aria-placeholder "Aa" alone', (e: HTMLElement) => e.setAttribute('aria-label', 'Ben Dupont')],
    [
      'the "Press Enter to send" button alone',
      (e: HTMLElement) => (e.removeAttribute('aria-placeholder'), e.setAttribute('aria-label', 'Ben Dupont')),
    ],
  ])('a chat box is excluded by %s', (_name, mutate) => {
    loadFixture(fixture('facebook/messenger-chat.html'));
    const editor = document.querySelector<HTMLElement>('[data-lexical-editor="true"]');
    if (!editor) throw new Error('no editor');
    mutate(editor);
    expect(findComposers(document, window.location)).toEqual([]);
  });

  test('without any chat sign, the same box in a dialog is still not a post composer', () => {
    loadFixture(fixture('facebook/messenger-chat.html'));
    const editor = document.querySelector<HTMLElement>('[data-lexical-editor="true"]');
    editor?.removeAttribute('aria-placeholder');
    editor?.setAttribute('aria-label', 'Ben Dupont');
    document.querySelector('[aria-label="Press Enter to send"]')?.remove();
    expect(findComposers(document, window.location)).toEqual([]);
  });

  test('the Create post dialog is found in another language by its structure (Post button)', () => {
    loadFixture(fixture('facebook/create-post-en.html'));
    document.querySelector('[role="dialog"]')?.setAttribute('aria-label', 'Beitrag erstellen');
    document
      .querySelector('[role="dialog"] [data-lexical-editor]')
      ?.setAttribute('aria-label', 'Was machst du gerade?');
    expect(findComposers(document, window.location).map((m) => m.surface)).toEqual(['fb-post']);
  });

  test('a dialog named through aria-labelledby counts as a Create post dialog', () => {
    loadFixture(fixture('facebook/create-post-en.html'));
    const dialog = document.querySelector('[role="dialog"]');
    dialog?.removeAttribute('aria-label');
    dialog?.querySelector('h2')?.setAttribute('id', 'dlg-title');
    dialog?.setAttribute('aria-labelledby', 'dlg-title');
    dialog?.querySelector('[aria-label="Post"]')?.remove();
    document.querySelector('[data-lexical-editor]')?.removeAttribute('aria-label');
    document.querySelector('[data-lexical-editor]')?.removeAttribute('aria-placeholder');
    const [match] = findComposers(document, window.location);
    expect(match?.surface).toBe('fb-post');
    expect(match?.sendButtons()).toEqual([]);
  });

  test('a Page composer sends through Next, then the Post settings step', () => {
    loadFixture(fixture('facebook/page-step1-en.html'));
    const [match] = findComposers(document, window.location);
    expect(match?.sendButtons().map((b) => accessibleName(b))).toEqual(['Next']);
    // If Facebook keeps the first step mounted under the settings dialog, the final Post is a send too.
    const settings = new DOMParser().parseFromString(read('facebook/page-post-settings-en.html'), 'text/html');
    const dialog = settings.querySelector('[role="dialog"]');
    if (dialog) document.body.append(document.importNode(dialog, true));
    expect(match?.sendButtons().map((b) => accessibleName(b).trim())).toEqual(['Next', 'Post']);
  });

  test('comment reply links are not send buttons', () => {
    loadFixture(fixture('facebook/comments-en.html'));
    const buttons = findComposers(document, window.location).flatMap((m) => m.sendButtons());
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Reply', 'Comment']);
  });

  test('an unlabelled editor next to the comment submit container is a comment', () => {
    loadFixture(fixture('facebook/comments-en.html'));
    const editor = document.querySelector('[aria-label^="Comment as"]');
    editor?.removeAttribute('aria-label');
    editor?.removeAttribute('aria-placeholder');
    expect(findComposers(document, window.location).map((m) => m.surface)).toEqual(['fb-reply', 'fb-comment']);
  });

  test('Business Suite: the editor is found through the combobox outside /latest/composer too', () => {
    const loc = load('facebook/business-suite-composer.html', 'https://business.facebook.com/latest/content_calendar');
    expect(findComposers(document, loc).map((m) => m.surface)).toEqual(['mbs']);
  });
});

describe('LinkedIn detection details', () => {
  const feed = 'linkedin/share-box-en.html';

  test('the share box sends with its primary button only: the scheduling clock and the dismiss button are not sends', () => {
    loadFixture(fixture(feed));
    const [match] = findComposers(document, window.location);
    expect(match?.sendButtons().map((b) => b.className)).toEqual([
      'share-actions__primary-action artdeco-button artdeco-button--primary',
    ]);
    expect(match?.root.getAttribute('data-test-modal-id')).toBe('sharebox');
  });

  test('the scheduling step has no editor; back in the editor, « Programmer » is the send', () => {
    expect(findComposers(document, loadFixture(fixture('linkedin/schedule-step-en.html')))).toEqual([]);
    loadFixture(fixture('linkedin/share-box-fr.html'));
    const [match] = findComposers(document, window.location);
    expect(match?.sendButtons().map((b) => b.textContent?.trim())).toEqual(['Programmer']);
  });

  test('a share box mounted in the open shadow root of #interop-outlet is found, read and sent from', () => {
    loadFixture(fixture(feed));
    const modal = document.querySelector('#artdeco-modal-outlet');
    const host = document.querySelector('#interop-outlet');
    if (!modal || !host) throw new Error('fixture changed');
    host.attachShadow({ mode: 'open' }).append(modal);
    const [match, ...rest] = findComposers(document, window.location);
    expect(rest).toEqual([]);
    expect(match?.surface).toBe('li-post');
    expect(match?.editor.getRootNode()).toBe(host.shadowRoot);
    expect(match && readDraft(match.editor)).toBe(fixture(feed).matches[0]?.text);
    expect(match?.sendButtons()).toHaveLength(1);
    expect(match && linkedInAccount(match, LINKEDIN_CONFIG.account)).toBe('Ana Martin');
  });

  test('a share box whose classes changed is still found as a dialog named "Create a post"', () => {
    loadFixture(fixture(feed));
    const dialog = document.querySelector('[data-test-modal-id="sharebox"]');
    dialog?.removeAttribute('data-test-modal-id');
    dialog?.removeAttribute('class');
    const [match] = findComposers(document, window.location);
    expect(match?.surface).toBe('li-post');
    expect(match?.root).toBe(dialog);
  });

  test('a Quill editor outside any share box, comment box or named dialog is not a composer', () => {
    loadFixture(fixture('linkedin/profile-search.html'));
    const form = html(
      '<div role="dialog" aria-label="Edit intro"><div class="ql-editor" contenteditable="true" role="textbox"><p>Headline</p></div></div>',
    );
    expect(form.isConnected).toBe(true);
    expect(findComposers(document, window.location)).toEqual([]);
  });

  test('messaging boxes are excluded by their container, whatever the route', () => {
    loadFixture(fixture(feed));
    const box = document.querySelector<HTMLElement>('.msg-form__contenteditable');
    box?.classList.add('ql-editor');
    expect(findComposers(document, window.location).map((m) => m.surface)).toEqual(['li-post']);
  });

  test('who posts: the member, the Page, nobody for a comment', () => {
    const account = (file: string) => {
      loadFixture(fixture(file));
      return findComposers(document, window.location).map((m) => linkedInAccount(m, LINKEDIN_CONFIG.account));
    };
    expect(account(feed)).toEqual(['Ana Martin']);
    expect(account('linkedin/share-box-fr.html')).toEqual(['Claire Martin']);
    expect(account('linkedin/page-admin-en.html')).toEqual(['Harbor Bank']);
    expect(account('linkedin/comments-en.html')).toEqual([undefined, undefined]);
    expect(account('linkedin/share-box-sdui-en.html')).toEqual([undefined]);
  });

  test.each([
    ['Quill lines with an empty one', '<p>a</p><p><br></p><p>b</p>', 'a\n\nb'],
    ['Quill cursor and embed guards (U+FEFF)', '<p>hi <span class="ql-cursor">\uFEFF</span>there</p>', 'hi there'],
    [
      'a Quill mention embed',
      '<p>thanks <span class="mention">\uFEFF<span contenteditable="false">@Ben</span>\uFEFF</span>!</p>',
      'thanks @Ben!',
    ],
    ['a Quill list', '<ol><li data-list="bullet">one</li><li data-list="bullet">two</li></ol>', 'one\ntwo'],
    ['an empty Quill editor', '<p><br></p>', ''],
  ])('reading Quill: %s', (_name, inner, expected) => {
    expect(readDraft(html(`<div class="ql-editor" contenteditable="true">${inner}</div>`))).toBe(expected);
  });

  test.each([
    ['a TipTap empty paragraph', '<p><br class="ProseMirror-trailingBreak"></p>', ''],
    ['a TipTap hard break', '<p>a<br>b</p>', 'a\nb'],
    ['a TipTap trailing break after text', '<p>a<br class="ProseMirror-trailingBreak"></p>', 'a'],
  ])('reading TipTap: %s', (_name, inner, expected) => {
    expect(readDraft(html(`<div class="ProseMirror" contenteditable="true">${inner}</div>`))).toBe(expected);
  });

  test('the names tagged in the editor, for the analyzer (LinkedIn shows them without an @)', () => {
    const mentions = (file: string) => {
      loadFixture(fixture(file));
      return findComposers(document, window.location).map((m) => linkedInMentions(m.editor));
    };
    expect(mentions(feed)).toEqual([['Ben Dupont']]);
    expect(mentions('linkedin/comments-en.html')).toEqual([['Ben Dupont'], []]);
    expect(mentions('linkedin/share-box-fr.html')).toEqual([[]]);
  });

  // Issue 14: the article editor's title is a textarea apart from the body; the draft reads it as
  // its first line (docs/composers.md §8.3), so that a headline written as a press release counts.
  describe('the article: title and body', () => {
    const page = fixture('linkedin/article-editor-en.html');
    const FR_BODY = '<h2>En bref</h2><p>Loyers, talents et trains.</p><p>Et deux écoles à côté.</p>';
    const article = (title: string | null, body?: string) => {
      loadFixture(page);
      const titleField = document.querySelector<HTMLTextAreaElement>(LINKEDIN_CONFIG.selectors.articleTitle);
      const editor = document.querySelector<HTMLElement>('.ProseMirror');
      if (!titleField || !editor) throw new Error('fixture changed');
      if (title !== null) titleField.value = title;
      if (body !== undefined) editor.innerHTML = body;
      const [match, ...rest] = findComposers(document, window.location);
      if (!match || rest.length > 0) throw new Error('one composer expected');
      return { match, titleField, editor };
    };

    test("the saved page: the title is the match's, the draft opens with it", () => {
      const { match, titleField } = article(null);
      expect(match.surface).toBe('li-article');
      expect(match.title).toBe(titleField);
      expect(readComposer(match)).toBe(`Why we moved our data team to Lyon\n${readDraft(match.editor)}`);
    });

    test.each([
      ['en', 'Acme Corp is proud to announce the appointment of Jane Doe as Chief Data Officer', undefined],
      [
        'fr',
        'Acme Corp a le plaisir d’annoncer la nomination de Jeanne Dupont au poste de directrice des données',
        FR_BODY,
      ],
    ])(
      '%s: a press-release headline typed as the title is critiqued, at its place in the draft',
      (_lang, title, body) => {
        const { match } = article(title, body);
        const text = readComposer(match);
        const bodyText = readDraft(match.editor);
        expect(text).toBe(`${title}\n${bodyText}`);
        const critique = analyze(text, { platform: 'linkedin', kind: match.kind });
        const headline = critique.findings.filter((f) => f.rule === 'press-release-dump');
        expect(headline.length).toBeGreaterThan(0);
        // The headline is quoted where the title sits (the model may also quote a word of the body).
        expect(headline.some((f) => f.start !== undefined && f.end! <= title.length)).toBe(true);
        // Every quote is the draft's own slice, the body's spans shifted past the title.
        for (const f of critique.findings) {
          if (f.start !== undefined) expect(f.quote).toBe(text.slice(f.start, f.end));
        }
        // The body alone is no press release.
        const alone = analyze(bodyText, { platform: 'linkedin', kind: match.kind });
        expect(alone.findings.map((f) => f.rule)).not.toContain('press-release-dump');
      },
    );

    test.each([
      ['en', ''],
      ['en', '  \n '],
      ['fr', ''],
    ])('%s: an empty title (%j) reads as the body alone, offsets unchanged', (lang, title) => {
      const { match } = article(title, lang === 'fr' ? FR_BODY : undefined);
      expect(readComposer(match)).toBe(readDraft(match.editor));
      expect(readComposer(match)).toBe(
        lang === 'fr'
          ? 'En bref\nLoyers, talents et trains.\nEt deux écoles à côté.'
          : page.matches[0]?.text.split('\n').slice(1).join('\n'),
      );
    });

    test.each([
      ['en', 'Why we moved our data team to Lyon'],
      ['fr', 'Pourquoi notre équipe data part à Lyon'],
    ])('%s: a title over an empty body reads as the title alone', (_lang, title) => {
      const { match } = article(title, '<p><br class="ProseMirror-trailingBreak"></p>');
      expect(readComposer(match)).toBe(title);
    });

    test('reading never modifies the title nor the body', () => {
      const { match, titleField, editor } = article('Acme annonce son bureau lyonnais', FR_BODY);
      const before = [titleField.value, titleField.outerHTML, editor.outerHTML];
      readComposer(match);
      expect([titleField.value, titleField.outerHTML, editor.outerHTML]).toEqual(before);
    });

    test('the other LinkedIn composers have no title', () => {
      for (const file of [feed, 'linkedin/page-admin-en.html', 'linkedin/comments-en.html']) {
        loadFixture(fixture(file));
        const found = findComposers(document, window.location);
        expect(found.length).toBeGreaterThan(0);
        for (const match of found) {
          expect(match.title).toBeUndefined();
          expect(readComposer(match)).toBe(readDraft(match.editor));
        }
      }
    });
  });

  test('reading never modifies the Quill editor', () => {
    loadFixture(fixture(feed));
    const [match] = findComposers(document, window.location);
    if (!match) throw new Error('no composer');
    const before = match.editor.outerHTML;
    readDraft(match.editor);
    expect(match.editor.outerHTML).toBe(before);
  });
});
