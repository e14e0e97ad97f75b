// The command line (issue 2, section 3): pure parts tested directly, then the
// real program run as a child process, as a team's pipeline would run it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { analyze, CATALOGS, ELEMENTS } from '../analyzers/index';
import type { Critique } from '../analyzers/index';
import { parseArgs, USAGE, type CliOptions } from '../analyzers/cli/args';
import { batchExitStatus, parseLine, runBatch } from '../analyzers/cli/batch';
import { formatBrandErrors, formatReport, hasBlocker, position, toJsonlRecord } from '../analyzers/cli/report';

// Unambiguous drafts: the analyzer is tuned in parallel, so the tests lean on
// cases no tuning should move, and on structure rather than genres.
const BAIT_EN = 'Like if you agree! Tag a friend who needs a coffee right now 👇';
const BAIT_FR =
  "Partagez si vous êtes d'accord ! Identifiez un ami qui ne peut pas commencer sa journée sans café ☕ Likez et partagez !";
const REPLY_EN =
  'Hi Sarah, sorry that your order #4521 arrived late. I have refunded the shipping fee; you will see it within 3 business days.';
const REPLY_FR =
  'Bonjour Julie, désolés pour le retard de votre commande n° 4521. Nous vous avons remboursé les frais de livraison ; vous les verrez d’ici 3 jours ouvrables.';
const BANNED =
  'Venez goûter nos croissants, bien meilleurs que ceux de la Croissanterie Belleville ! Passez nous voir samedi.';

// The escape character that starts an ANSI colour code: matching it is the point.
const ANSI = /\x1b\[/; // eslint-disable-line no-control-regex

describe('parseArgs', () => {
  const defaults: CliOptions = {
    mode: 'report',
    file: undefined,
    brand: undefined,
    platform: undefined,
    kind: undefined,
    locale: undefined,
    fetchLinks: false,
    help: false,
  };

  test.each<[string, string[], Partial<CliOptions>]>([
    ['no argument: standard input', [], {}],
    ['a lone dash: standard input', ['-'], {}],
    ['a file', ['draft.txt'], { file: 'draft.txt' }],
    ['--json', ['--json', 'a.txt'], { mode: 'json', file: 'a.txt' }],
    ['--jsonl', ['--jsonl'], { mode: 'jsonl' }],
    ['--brand FILE', ['--brand', 'b.json', 'a.txt'], { brand: 'b.json', file: 'a.txt' }],
    ['--brand=FILE', ['--brand=b.json'], { brand: 'b.json' }],
    ['--platform x', ['--platform', 'x'], { platform: 'x' }],
    ['--platform=facebook', ['--platform=facebook'], { platform: 'facebook' }],
    ['--platform linkedin', ['--platform', 'linkedin'], { platform: 'linkedin' }],
    ['--kind reply', ['--kind', 'reply'], { kind: 'reply' }],
    ['--kind comment', ['--kind=comment'], { kind: 'comment' }],
    ['--locale fr', ['--locale', 'fr'], { locale: 'fr' }],
    ['--help', ['--help'], { help: true }],
    ['-h', ['-h'], { help: true }],
    ['a file after --', ['--', '-odd-name.txt'], { file: '-odd-name.txt' }],
    ['options after the file', ['a.txt', '--json'], { mode: 'json', file: 'a.txt' }],
  ])('%s', (_name, argv, expected) => {
    expect(parseArgs(argv)).toEqual({ ok: true, options: { ...defaults, ...expected } });
  });

  test.each<[string, string[], RegExp]>([
    ['unknown option', ['--verbose'], /unknown option --verbose/],
    ['unknown short option', ['-x'], /unknown option -x/],
    ['bad platform', ['--platform', 'instagram'], /--platform must be x\|facebook\|linkedin, got "instagram"/],
    ['missing platform', ['--platform'], /--platform must be x\|facebook\|linkedin/],
    ['bad kind', ['--kind=story'], /--kind must be post\|reply\|comment/],
    ['bad locale', ['--locale', 'de'], /--locale must be fr\|en/],
    ['--brand without a file', ['--brand'], /--brand needs a FILE/],
    ['--brand followed by an option', ['--brand', '--json'], /--brand needs a FILE/],
    ['--brand from standard input', ['--brand', '-'], /standard input/],
    ['a value on a flag', ['--json=yes'], /--json takes no value/],
    ['--json with --jsonl', ['--json', '--jsonl'], /cannot be used together/],
    ['two files', ['a.txt', 'b.txt'], /one FILE at most/],
  ])('rejects %s', (_name, argv, message) => {
    const result = parseArgs(argv);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  test('the usage is in English and in French, and documents the choices it made', () => {
    expect(USAGE).toMatch(/^Usage: npm run critique -- \[options\] \[FILE\|-\]/);
    expect(USAGE).toContain('Utilisation : npm run critique');
    expect(USAGE).toMatch(/"start" and "end" are null for whole-draft findings/);
    expect(USAGE).toMatch(/at least one invalid line \(this wins over 1\)/);
  });
});

describe('report', () => {
  const bait = analyze(BAIT_EN);
  const baitInFrench = analyze(BAIT_EN, { locale: 'fr' });
  const reply = analyze(REPLY_FR, { kind: 'reply' });

  test('the report has the verdict, score, genre, language, checklist and findings, in English', () => {
    const report = formatReport(bait, BAIT_EN, { color: false });
    expect(report).toContain(`Score: ${bait.score}/100`);
    expect(report).toContain('Genre: ');
    expect(report).toContain('Language: en');
    expect(report).toContain('Business brief:');
    expect(report).toMatch(/^ {2}[✔~✘] Objective \((present|weak|missing)\)/m);
    expect(report).toContain('For example: “');
    expect(report).toMatch(/Findings \(\d+\):/);
    expect(report).toContain('(engagement-bait)');
    expect(report).toContain('1:1 “Like if”');
    expect(report).toMatch(/Why: .+\n\s+What to do: /);
  });

  test('the words of the report follow the language of the messages', () => {
    const report = formatReport(baitInFrench, BAIT_EN, { color: false });
    expect(report).toMatch(/Note\s:\s\d+\/100/);
    expect(report).toMatch(/Brief business\s:/);
    expect(report).toMatch(/Par exemple\s:\s«\s.+\s»/);
    expect(report).toContain('[bloquant]');
    expect(report).toMatch(/Pourquoi\s:/);
  });

  test.each(ELEMENTS)('the checklist marks %s by its status', (element) => {
    const report = formatReport(bait, BAIT_EN, { color: false });
    const item = bait.brief[element];
    const mark = { present: '✔', weak: '~', missing: '✘' }[item.status];
    expect(report).toContain(`  ${mark} ${CATALOGS.en.elements[element].name} (${item.status})`);
    if (item.status !== 'present') expect(report).toContain(item.question!);
  });

  test('one finding per rule explains the reason and the fix, not every one', () => {
    const report = formatReport(bait, BAIT_EN, { color: false });
    const baits = bait.findings.filter((f) => f.rule === 'engagement-bait').length;
    expect(baits).toBeGreaterThan(1);
    expect(report.split(bait.findings[0]!.reason).length - 1).toBe(1);
  });

  test('colours only when asked', () => {
    expect(formatReport(bait, BAIT_EN, { color: false })).not.toMatch(ANSI);
    expect(formatReport(bait, BAIT_EN, { color: true })).toMatch(ANSI);
  });

  test('a draft with no finding says so', () => {
    const clean: Critique = { ...reply, findings: [] };
    expect(formatReport(clean, REPLY_FR, { color: false })).toMatch(/Remarques\s:\saucune/);
  });

  test('an empty draft gets its verdict only', () => {
    expect(formatReport(analyze('   '), '   ', { color: false })).toBe('Empty draft — Score: 0/100\n');
  });

  test.each<[string, number, { line: number; column: number }]>([
    ['abc', 0, { line: 1, column: 1 }],
    ['abc\ndef', 5, { line: 2, column: 2 }],
    ['😀 like', 3, { line: 1, column: 3 }],
  ])('position(%j, %i)', (text, offset, expected) => {
    expect(position(text, offset)).toEqual(expected);
  });

  test('a jsonl record has the documented keys in order, null offsets for whole-draft findings', () => {
    const record = toJsonlRecord('a', bait);
    expect(Object.keys(record)).toEqual(['id', 'lang', 'genre', 'verdict', 'score', 'findings', 'missing']);
    for (const f of record.findings) expect(Object.keys(f)).toEqual(['rule', 'severity', 'start', 'end']);
    const whole = bait.findings.findIndex((f) => f.start === undefined);
    expect(whole).toBeGreaterThanOrEqual(0);
    expect(record.findings[whole]).toMatchObject({ start: null, end: null });
    expect(record.findings[0]).toMatchObject({ rule: 'engagement-bait', start: 0, end: 7 });
    expect(record.missing).toEqual(ELEMENTS.filter((e) => bait.brief[e].status === 'missing'));
  });

  test('brand errors read FILE:LINE: PATH: MESSAGE, without the line when there is none', () => {
    expect(
      formatBrandErrors('b.json', [
        { path: 'rules.x.enabled', message: 'expected boolean', line: 9 },
        { path: '(root)', message: 'bad' },
      ]),
    ).toEqual(['b.json:9: rules.x.enabled: expected boolean', 'b.json: (root): bad']);
  });

  test.each<[string, string, boolean]>([
    ['English bait', BAIT_EN, true],
    ['French bait', BAIT_FR, true],
  ])('%s has a blocker', (_name, text, expected) => {
    expect(hasBlocker(analyze(text))).toBe(expected);
  });
});

describe('batch', () => {
  test.each<[string, string, RegExp]>([
    ['bad JSON', '{"id": "a", "text": ', /^not valid JSON: /],
    ['an array', '["a", "b"]', /expected a JSON object, got array/],
    ['null', 'null', /expected a JSON object, got null/],
    ['no id', '{"text": "x"}', /missing "id"/],
    ['a numeric id', '{"id": 3, "text": "x"}', /"id" must be a string, got number/],
    ['an empty id', '{"id": "", "text": "x"}', /"id" must not be empty/],
    ['no text', '{"id": "a"}', /missing "text"/],
    ['a text that is not a string', '{"id": "a", "text": ["x"]}', /"text" must be a string, got array/],
    [
      'a bad platform',
      '{"id": "a", "text": "x", "platform": "tiktok"}',
      /"platform" must be "x", "facebook" or "linkedin"/,
    ],
    ['a bad kind', '{"id": "a", "text": "x", "kind": "dm"}', /"kind" must be "post", "reply" or "comment"/],
  ])('rejects %s', (_name, line, error) => {
    const result = parseLine(line);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  test('accepts a full line and ignores extra keys', () => {
    expect(parseLine('{"id": "a", "text": "x", "platform": "x", "kind": "reply", "author": "me"}')).toEqual({
      ok: true,
      draft: { id: 'a', text: 'x', platform: 'x', kind: 'reply' },
    });
  });

  test('accepts a LinkedIn line', () => {
    expect(parseLine('{"id": "a", "text": "x", "platform": "linkedin"}')).toEqual({
      ok: true,
      draft: { id: 'a', text: 'x', platform: 'linkedin' },
    });
  });

  test('keeps the order, skips blank lines, numbers invalid lines and goes on', async () => {
    const out: string[] = [];
    const summary = await runBatch(
      [
        JSON.stringify({ id: 'one', text: BAIT_EN }),
        '',
        '   ',
        'not json',
        JSON.stringify({ id: 'two', text: REPLY_FR, kind: 'reply' }),
      ],
      (line) => void out.push(line),
    );
    const records = out.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out.every((line) => line.endsWith('\n'))).toBe(true);
    expect(records.map((r) => r.id)).toEqual(['one', null, 'two']);
    expect(records[1]).toMatchObject({ id: null, line: 4 });
    expect(summary).toEqual({ drafts: 2, invalid: 1, blockers: 1 });
  });

  test('--platform and --kind are defaults that a line can override', async () => {
    const out: string[] = [];
    await runBatch(
      [JSON.stringify({ id: 'a', text: REPLY_EN }), JSON.stringify({ id: 'b', text: REPLY_EN, kind: 'post' })],
      (line) => void out.push(line),
      { kind: 'reply' },
    );
    const [a, b] = out.map((line) => JSON.parse(line) as { score: number });
    expect(a).toMatchObject(toJsonlRecord('a', analyze(REPLY_EN, { kind: 'reply' })));
    expect(b).toMatchObject(toJsonlRecord('b', analyze(REPLY_EN, { kind: 'post' })));
  });

  test.each<[string, { drafts: number; invalid: number; blockers: number }, number]>([
    ['all clean', { drafts: 3, invalid: 0, blockers: 0 }, 0],
    ['a blocker', { drafts: 3, invalid: 0, blockers: 1 }, 1],
    ['an invalid line', { drafts: 3, invalid: 1, blockers: 0 }, 2],
    ['an invalid line wins over a blocker', { drafts: 3, invalid: 1, blockers: 2 }, 2],
  ])('exit status with %s', (_name, summary, status) => {
    expect(batchExitStatus(summary)).toBe(status);
  });
});

// The real program. tsx compiles on start, so each run takes a second or two.
const TIMEOUT = 60_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: readonly string[], input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/tsx', ['analyzers/cli/main.ts', ...args], {
      cwd: process.cwd(),
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    // Always close standard input, so a run that reads it never waits for a keyboard.
    child.stdin.end(input);
  });
}

const lines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

// One run after the other: each start costs seconds of CPU, and runs in
// parallel on a small machine only push one another past the timeout.
describe('the critique command', () => {
  test(
    'reads a file and prints the report with the quoted words',
    async () => {
      const { code, stdout, stderr } = await run(['assets/examples/press-release.fr.txt']);
      expect(stderr).toBe('');
      expect([0, 1]).toContain(code);
      expect(stdout).toMatch(/^.+ — Note\s:\s\d+\/100\n/);
      expect(stdout).toMatch(/Langue\s:\sfr/);
      expect(stdout).toMatch(/Brief business\s:/);
      expect(stdout).toMatch(/[✔~✘] Appel à l’action/);
      // A finding quotes the draft's words that weighed most, between French quotation marks.
      expect(stdout).toMatch(/«\u00a0[^»\n]+\u00a0»/);
      expect(stdout).not.toMatch(ANSI);
    },
    TIMEOUT,
  );

  test.each([{ args: ['-'] }, { args: [] }])(
    'reads standard input (arguments $args), exit 1 on engagement bait',
    async ({ args }) => {
      const { code, stdout } = await run(args, BAIT_EN);
      expect(code).toBe(1);
      expect(stdout).toMatch(/Score: \d+\/100/);
      expect(stdout).toContain('Business brief:');
      expect(stdout).toContain('“Like if”');
    },
    TIMEOUT,
  );

  test(
    '--platform linkedin applies LinkedIn’s rules: a comment asked for a guide is a blocker',
    async () => {
      const draft = 'Our onboarding checklist saved us 40 hours a month. Comment CHECKLIST and I will send it to you.';
      const { code, stdout } = await run(['--json', '--platform', 'linkedin', '-'], draft);
      expect(code).toBe(1);
      const critique = JSON.parse(stdout) as Critique;
      expect(critique.findings.find((f) => f.rule === 'comment-to-receive')).toMatchObject({
        severity: 'blocker',
        quote: 'Comment CHECKLIST and I will send',
      });
      expect(critique.stats.weightedLength).toBeUndefined();
      // The same draft for X: no LinkedIn rule.
      const x = await run(['--json', '--platform', 'x', '-'], draft);
      expect((JSON.parse(x.stdout) as Critique).findings.map((f) => f.rule)).not.toContain('comment-to-receive');
    },
    TIMEOUT,
  );

  test(
    '--json prints the whole critique',
    async () => {
      const { code, stdout } = await run(['--json', '--platform', 'x', 'assets/examples/purposeful.en.txt']);
      expect(code).toBe(0);
      const critique = JSON.parse(stdout) as Critique;
      const keys = ['lang', 'locale', 'genre', 'verdict', 'score', 'blocks', 'findings', 'brief', 'notices', 'stats'];
      for (const key of keys) expect(critique).toHaveProperty(key);
      expect(Object.keys(critique.brief).sort()).toEqual([...ELEMENTS].sort());
      expect(critique.lang).toBe('en');
      expect(critique.stats.weightedLength).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  test(
    '--jsonl keeps the order, reports the invalid line and exits 2',
    async () => {
      const { code, stdout } = await run(['--jsonl', 'assets/examples/batch.jsonl']);
      expect(code).toBe(2);
      const records = lines(stdout);
      expect(records.map((r) => r.id)).toEqual([
        'fr-brunch',
        'en-bait',
        'fr-communique',
        'en-reply',
        'fr-anecdote',
        'en-tune-up',
        'fr-commentaire',
        null,
      ]);
      expect(records.at(-1)).toEqual({ id: null, line: 9, error: 'missing "id"' });
      for (const record of records.slice(0, -1))
        expect(Object.keys(record)).toEqual(['id', 'lang', 'genre', 'verdict', 'score', 'findings', 'missing']);
      expect(records[0]).toMatchObject({ lang: 'fr' });
      expect(records[1]).toMatchObject({ lang: 'en' });
    },
    TIMEOUT,
  );

  test(
    '--jsonl on standard input: bad JSON mid-batch, valid lines still come out',
    async () => {
      const input = [
        JSON.stringify({ id: 'a', text: REPLY_EN, kind: 'reply' }),
        '{"id": "broken", "text": ',
        JSON.stringify({ id: 'b', text: BAIT_FR, platform: 'facebook' }),
      ].join('\r\n');
      const { code, stdout } = await run(['--jsonl'], input);
      expect(code).toBe(2);
      const [a, broken, b] = lines(stdout);
      expect(a).toMatchObject({ id: 'a', lang: 'en' });
      expect(broken).toMatchObject({ id: null, line: 2, error: expect.stringMatching(/^not valid JSON/) });
      expect(b).toMatchObject({ id: 'b', lang: 'fr' });
      expect(b!.findings).toContainEqual({
        rule: 'engagement-bait',
        severity: 'blocker',
        start: expect.any(Number),
        end: expect.any(Number),
      });
    },
    TIMEOUT,
  );

  test.each([
    {
      name: 'a blocker',
      status: 1,
      drafts: [
        { id: 'a', text: BAIT_EN, kind: 'post' },
        { id: 'b', text: REPLY_FR },
      ],
    },
    {
      name: 'no blocker',
      status: 0,
      drafts: [
        { id: 'a', text: REPLY_EN },
        { id: 'b', text: REPLY_FR },
      ],
    },
  ])(
    '--jsonl with $name: exit status $status',
    async ({ drafts, status }) => {
      const input = drafts.map((d) => JSON.stringify(d)).join('\n') + '\n';
      const { code, stdout } = await run(['--jsonl', '--kind', 'reply'], input);
      expect(code).toBe(status);
      expect(lines(stdout).map((r) => r.id)).toEqual(['a', 'b']);
    },
    TIMEOUT,
  );

  test(
    '--brand with a valid file flags the banned competitor',
    async () => {
      const without = await run(['--json'], BANNED);
      const withBrand = await run(['--json', '--brand', 'assets/examples/brand.json'], BANNED);
      const findings = (r: Run) => (JSON.parse(r.stdout) as Critique).findings;
      expect(findings(without).map((f) => f.rule)).not.toContain('banned-term');
      expect(findings(withBrand).find((f) => f.rule === 'banned-term')).toMatchObject({
        severity: 'blocker',
        quote: 'Croissanterie Belleville',
      });
      expect(withBrand.code).toBe(1);
    },
    TIMEOUT,
  );

  test.each([
    {
      name: 'an invalid brand file names the field and its line',
      args: ['--brand', 'assets/examples/brand-invalid.json'],
      message: /^assets\/examples\/brand-invalid\.json:\d+: rules\.untracked-link\.enabled: /m,
    },
    {
      name: 'a missing draft file',
      args: ['assets/examples/no-such-draft.txt'],
      message: /cannot read assets\/examples\/no-such-draft\.txt/,
    },
    { name: 'an unknown option', args: ['--verbose'], message: /unknown option --verbose/ },
    { name: 'a bad value', args: ['--platform', 'instagram'], message: /--platform must be x\|facebook\|linkedin/ },
  ])(
    '$name: message on stderr, exit 2',
    async ({ args, message }) => {
      const { code, stdout, stderr } = await run(args, BAIT_EN);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
    },
    TIMEOUT,
  );

  test(
    '--locale fr gives French messages on an English draft',
    async () => {
      const { stdout } = await run(['--locale', 'fr'], BAIT_EN);
      expect(stdout).toMatch(/Brief business\s:/);
      expect(stdout).toMatch(/Langue\s:\sen/);
      expect(stdout).toContain('[bloquant]');
      expect(stdout).toMatch(/Appât .+\s:\s«\sLike if\s»/);
    },
    TIMEOUT,
  );

  test.each([
    { name: 'French engagement bait', status: 1, args: [], text: BAIT_FR },
    { name: 'an English customer-service reply', status: 0, args: ['--kind', 'reply'], text: REPLY_EN },
    { name: 'a French customer-service reply', status: 0, args: ['--kind', 'reply'], text: REPLY_FR },
  ])(
    '$name: exit status $status',
    async ({ args, text, status }) => {
      const { code, stderr } = await run(['--json', ...args], text);
      expect(stderr).toBe('');
      expect(code).toBe(status);
    },
    TIMEOUT,
  );

  test(
    '--help prints the usage in English and French and exits 0',
    async () => {
      const { code, stdout } = await run(['--help']);
      expect(code).toBe(0);
      expect(stdout).toBe(USAGE);
    },
    TIMEOUT,
  );
  test(
    '--fetch-links reads the linked release (no cookies sent), reports it, and flags the pasted copy; nothing is fetched without it',
    async () => {
      const requests: { cookie?: string | undefined; url?: string | undefined }[] = [];
      const server = createServer((req, res) => {
        requests.push({ cookie: req.headers.cookie, url: req.url });
        if (req.url === '/lent') return void setTimeout(() => res.end('<html></html>'), 5_000);
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(
          '<html lang="fr"><head><title>Communiqué de presse – Maison Lumen ouvre son atelier de Lyon</title></head><body><article>' +
            '<h1>Maison Lumen ouvre son atelier de Lyon</h1><p>Lyon, le 4 mars 2026 – Maison Lumen, fabricant français de luminaires en verre soufflé, annonce l’ouverture de son nouvel atelier à Lyon, dans le quartier de la Confluence, avec trente artisans.</p>' +
            '<p>« Cette ouverture marque une étape majeure dans notre développement », déclare Claire Fabre, présidente de Maison Lumen, qui emploie 140 personnes en France.</p>' +
            '<h2>À propos de Maison Lumen</h2><p>Fondée en 1987, Maison Lumen fabrique des luminaires en verre soufflé en Saône-et-Loire et exporte dans vingt pays.</p><p>Contact presse : presse@lumen.test</p></article></body></html>',
        );
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      try {
        const draft = `Maison Lumen ouvre son atelier de Lyon. Maison Lumen, fabricant français de luminaires en verre soufflé, annonce l’ouverture de son nouvel atelier à Lyon. ${base}/cp et ${base}/lent`;
        const json = await run(['--fetch-links', '--json', '-'], draft);
        expect(json.code).toBe(0);
        const critique = JSON.parse(json.stdout) as Critique;
        expect(critique.genre).toBe('press-release');
        expect(
          critique.sources?.map((s) => [s.state, s.pressRelease ?? null, s.dump ?? null, s.problem?.kind]),
        ).toEqual([
          ['checked', true, true, undefined],
          ['failed', null, null, 'timeout'],
        ]);
        expect(requests.every((r) => r.cookie === undefined)).toBe(true);

        const report = await run(['--fetch-links', '--locale', 'en', '-'], draft);
        expect(report.stdout).toContain('Linked pages:');
        expect(report.stdout).toMatch(/Maison Lumen ouvre son atelier de Lyon — press release/);
        expect(report.stdout).toContain('could not check the link: the page took more than 3 seconds to answer');

        const before = requests.length;
        const plain = await run(['--json', '-'], draft);
        expect(JSON.parse(plain.stdout).sources).toBeUndefined();
        expect(requests.length).toBe(before);
      } finally {
        server.closeAllConnections();
        server.close();
      }
    },
    TIMEOUT * 3,
  );
});
