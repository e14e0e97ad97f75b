// The learned judgement's parts, on small hand-made cases: reading the corpus,
// the learner, the model file's format, the features and their spans, the
// explanation, the folds and the thresholds. The real corpus is measured by
// tests/eval.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../analyzers';
import { features, hash, tokenize, type FeatureConfig } from '../analyzers/model/features';
import { decodeBuckets, encodeBuckets, fromBase64, loadHead, probabilities, toBase64 } from '../analyzers/model/format';
import { defaultModel, explain } from '../analyzers/model';
import { CorpusError, readCorpusFile, readRealCorpus, type RealPost } from '../training/corpus';
import { quantise, runFold, SETTINGS, trainHeads, type Scored } from '../training/heads';
import { balanced, fit, toRows } from '../training/learn';
import { ctaThreshold, groupFolds, stopThreshold } from '../training/model';
import { foldsInParallel } from '../training/parallel';

const tmp = () => mkdtempSync(join(tmpdir(), 'whypost-corpus-'));
const line = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: 'a1',
    text: 'Réservez votre table pour samedi',
    lang: 'fr',
    label: 'purposeful',
    cta: true,
    source: 'github:owner/repo posts.csv row 12',
    group: 'github:owner/repo',
    ...extra,
  });

describe('reading the corpus', () => {
  test('a malformed line stops with file:line and the reason', () => {
    const dir = tmp();
    const file = join(dir, 'some.jsonl');
    writeFileSync(file, `${line()}\n\n${line({ id: 'a2', label: 'promo' })}\n`);
    expect(() => readCorpusFile(file)).toThrow(CorpusError);
    expect(() => readCorpusFile(file)).toThrow(/some\.jsonl:3: label: must be one of press-release/);
    writeFileSync(file, `${line()}\n{"id": "a2", "text": \n`);
    expect(() => readCorpusFile(file)).toThrow(/some\.jsonl:2: not valid JSON/);
    writeFileSync(file, `${line({ cta: 'yes' })}\n`);
    expect(() => readCorpusFile(file)).toThrow(/some\.jsonl:1: cta: /);
    writeFileSync(file, `${line({ text: '   ' })}\n`);
    expect(() => readCorpusFile(file)).toThrow(/some\.jsonl:1: text: must have some text/);
  });

  test('ids are unique and held-out sources give no training post', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.jsonl'), `${line()}\n`);
    writeFileSync(join(dir, 'holdout-b.jsonl'), `${line({ id: 'b1', group: 'github:other/one' })}\n`);
    const corpus = readRealCorpus(dir);
    expect(corpus.train.map((p) => p.id)).toEqual(['a1']);
    expect(corpus.holdout.map((p) => p.id)).toEqual(['b1']);
    expect(corpus.train[0]!.at).toMatch(/a\.jsonl:1$/);
    writeFileSync(join(dir, 'holdout-c.jsonl'), `${line({ id: 'c1' })}\n`);
    expect(() => readRealCorpus(dir)).toThrow(
      /holdout-c\.jsonl:1: group: "github:owner\/repo" also gives training posts/,
    );
    writeFileSync(join(dir, 'holdout-c.jsonl'), `${line({ group: 'github:x/y' })}\n`);
    expect(() => readRealCorpus(dir)).toThrow(/id: "a1" is already used at/);
  });
});

describe('the learner', () => {
  // Two words, each the sign of one class; a third that says nothing.
  const rows = toRows(
    [[0, 2], [0, 2], [1, 2], [1, 2], [0], [1]].map((idx) => ({
      index: Int32Array.from(idx),
      value: new Float32Array(idx.length).fill(1),
    })),
    3,
  );
  const labels = [0, 0, 1, 1, 0, 1];

  test('separates what the features separate, and gives the uninformative word no weight', () => {
    const f = fit(rows, labels, { classes: 2, l2: 1e-3 });
    const w = (c: number, j: number) => f.weights[c * 3 + j]!;
    expect(w(0, 0) - w(1, 0)).toBeGreaterThan(1);
    expect(w(1, 1) - w(0, 1)).toBeGreaterThan(1);
    expect(Math.abs(w(0, 2) - w(1, 2))).toBeLessThan(1e-3);
  });

  test('is deterministic: the same rows give the same weights, bit for bit', () => {
    const a = fit(rows, labels, { classes: 2, l2: 1e-3 });
    const b = fit(rows, labels, { classes: 2, l2: 1e-3 });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
  });

  test('balanced weights give every class the same total', () => {
    const w = balanced([0, 0, 0, 1], 2);
    expect(w[0]! * 3).toBeCloseTo(w[3]!);
  });
});

describe('the model file', () => {
  test('base64 and bucket lists survive a round trip', () => {
    const bytes = Uint8Array.from([0, 1, 2, 250, 255, 127, 128]);
    for (let n = 0; n <= bytes.length; n++)
      expect(Array.from(fromBase64(toBase64(bytes.slice(0, n))))).toEqual(Array.from(bytes.slice(0, n)));
    const buckets = Int32Array.from([0, 5, 127, 128, 16_384, 262_143]);
    expect(Array.from(decodeBuckets(encodeBuckets(buckets)))).toEqual(Array.from(buckets));
  });

  test('quantised weights keep the ranking of the classes', () => {
    const weights = new Float64Array(2 * 4);
    weights.set([0.5, -0.2, 0, 0.001], 0);
    weights.set([-0.5, 0.2, 0, -0.001], 4);
    const head = loadHead(
      quantise(
        { classes: 2, dim: 4, weights, bias: Float64Array.from([0, 0]), iterations: 1, loss: 0 },
        ['no', 'yes'],
        2,
      ),
    );
    // Bucket 2 has no weight and bucket 3 is pruned.
    expect(Array.from(head.buckets)).toEqual([0, 1]);
    const p = probabilities(head, Int32Array.from([0]), Float32Array.from([1]));
    expect(p[0]!).toBeGreaterThan(p[1]!);
    // A higher temperature makes the same scores less sure.
    expect(probabilities(head, Int32Array.from([0]), Float32Array.from([1]), 3)[0]!).toBeLessThan(p[0]!);
  });
});

describe('features', () => {
  const config: FeatureConfig = { ...SETTINGS.features };

  test('a feature’s bucket is the hash of its name, built in parts or whole', () => {
    const { located } = features(
      { text: 'merci', folded: 'merci', lang: 'fr' },
      { ...config, chars: false, bigrams: false, shape: false, signals: false },
    );
    expect(located.bucket).toEqual([hash('w|merci') & (config.dim - 1)]);
    const pair = features(
      { text: 'bon lundi', folded: 'bon lundi', lang: 'fr' },
      { ...config, chars: false, words: false, shape: false, signals: false },
    );
    expect(pair.located.bucket).toEqual([hash('b|<s> bon') & (config.dim - 1), hash('b|bon lundi') & (config.dim - 1)]);
    const letters = features(
      { text: 'oui', folded: 'oui', lang: 'fr' },
      { ...config, words: false, bigrams: false, shape: false, signals: false, charMin: 3, charMax: 3 },
    );
    expect(letters.located.bucket).toEqual(['_ou', 'oui', 'ui_'].map((g) => hash(`c|${g}`) & (config.dim - 1)));
  });

  test('links, handles, hashtags, numbers and emoji are read as classes, words as themselves', () => {
    const folded = '@acme merci ! 20 % sur https://x.example/a #soldes 🎉';
    expect(tokenize(folded).map((t) => t.norm)).toEqual([
      '<@0>',
      'merci',
      '!',
      '<num>',
      'sur',
      '<url>',
      '<#>',
      '#soldes',
      '<emoji>',
    ]);
  });

  test('every feature keeps the span of the draft it came from', () => {
    const text = 'Réservez votre table';
    const folded = 'reservez votre table';
    const { located, vector } = features({ text, folded, lang: 'fr' }, config);
    expect(vector.index.length).toBeGreaterThan(10);
    for (let o = 0; o < located.bucket.length; o++) {
      expect(located.start[o]).toBeGreaterThanOrEqual(0);
      expect(located.end[o]).toBeLessThanOrEqual(text.length);
    }
    // Sorted buckets, as the model's binary search expects.
    expect(Array.from(vector.index)).toEqual([...vector.index].sort((a, b) => a - b));
  });

  test('the explanation quotes the words that pushed the genre, as phrases of the draft', () => {
    const model = defaultModel();
    const text = 'Like if you agree! Tag a friend who needs a coffee right now';
    const folded = text.toLowerCase();
    const { located, tokens } = features({ text, folded, lang: 'en' }, model.file.features);
    const bait = model.genre.classes.indexOf('engagement-bait');
    const purposeful = model.genre.classes.indexOf('purposeful');
    const phrases = explain(model.genre, bait, purposeful, located, tokens, text, 'model');
    expect(phrases.length).toBeGreaterThan(0);
    for (const p of phrases) expect(text.slice(p.start, p.end)).toBe(p.text);
    // Nothing pushes a genre against itself.
    expect(explain(model.genre, bait, bait, located, tokens, text, 'model')).toEqual([]);
  });
});

describe('folds and thresholds', () => {
  const post = (id: string, group: string, label: RealPost['label'], cta: boolean | null = false): RealPost => ({
    id,
    text: id,
    lang: 'en',
    label,
    cta,
    source: 's',
    group,
    at: id,
  });

  test('a source is never split between folds, and folds have similar sizes', () => {
    const posts = ['a', 'a', 'a', 'b', 'b', 'c', 'c', 'd', 'e', 'e'].map((g, i) => post(`p${i}`, g, 'purposeful'));
    const folds = groupFolds(posts, 3);
    for (const g of ['a', 'b', 'c', 'd', 'e'])
      expect(new Set(posts.flatMap((p, i) => (p.group === g ? [folds[i]] : []))).size).toBe(1);
    const sizes = [0, 1, 2].map((f) => folds.filter((x) => x === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  test('the stop threshold lets at most 5 % of purposeful posts through to the dialog', () => {
    // 40 purposeful posts read as anecdote with rising certainty; 10 anecdotes.
    const posts = [
      ...Array.from({ length: 40 }, (_, i) => post(`p${i}`, 'g', 'purposeful')),
      ...Array.from({ length: 10 }, (_, i) => post(`a${i}`, 'g', 'anecdote')),
    ];
    const scored: Scored[] = posts.map((p, i) => {
      const notPurposeful = p.label === 'purposeful' ? 0.55 + i * 0.01 : 0.99;
      return { genre: Float64Array.from([0, notPurposeful, 0, 0, 1 - notPurposeful]), cta: 0.5 };
    });
    const t = stopThreshold(posts, scored);
    const stopped = posts.filter((p, i) => p.label === 'purposeful' && 1 - scored[i]!.genre[4]! > t).length;
    expect(stopped).toBeLessThanOrEqual(2);
    expect(stopped).toBe(2);
  });

  test('the call-to-action threshold separates what can be separated', () => {
    const posts = Array.from({ length: 20 }, (_, i) => post(`c${i}`, 'g', 'purposeful', i < 10));
    const scored: Scored[] = posts.map((_, i) => ({ genre: new Float64Array(5), cta: i < 10 ? 0.7 : 0.2 }));
    const t = ctaThreshold(posts, scored);
    expect(t).toBeGreaterThanOrEqual(0.2);
    expect(t).toBeLessThan(0.7);
  });

  test('folds fitted in worker threads give exactly what they give one after the other', async () => {
    const texts = [
      'book now',
      'book today',
      'buy now',
      'what a day',
      'my weekend',
      'lovely day',
      'happy monday',
      'happy friday',
    ];
    const posts = texts.map((t, i) =>
      post(`p${i}`, `g${i % 4}`, i < 3 ? 'purposeful' : i < 6 ? 'anecdote' : 'no-objective', i < 3),
    );
    const vectors = texts.map((t) => features({ text: t, folded: t, lang: 'en' }, SETTINGS.features).vector);
    const settings = { ...SETTINGS, minSources: 1 };
    const foldOf = groupFolds(posts, 2);
    const inline = await foldsInParallel(posts, vectors, settings, foldOf, 2, true, 1);
    const threaded = await foldsInParallel(posts, vectors, settings, foldOf, 2, true, 2);
    expect(threaded.oof.map((s) => Array.from(s.genre))).toEqual(inline.oof.map((s) => Array.from(s.genre)));
    expect(threaded.trained).toEqual(trainHeads(posts, vectors, settings));
    expect(inline.trained).toEqual(threaded.trained);
    expect(runFold(posts, vectors, settings, foldOf, 0).at.length).toBeGreaterThan(0);
    expect(trainHeads(posts, vectors, settings).genre.classes).toContain('purposeful');
  });
});

describe('in a critique', () => {
  test('says how sure it is, in the messages’ language', () => {
    const fr = analyze('Bon lundi à tous !');
    expect(fr.confidence?.message).toMatch(/\d+\u00a0%/);
    const en = analyze('Book your table for Saturday at https://resto.example/book');
    expect(en.confidence?.level).toBeDefined();
    expect(en.confidence!.genre).toBeGreaterThan(0);
    expect(en.confidence!.genre).toBeLessThanOrEqual(1);
    expect(en.confidence!.message).toMatch(/\d+%/);
  });

  test('no judgement is claimed in a language the model does not read', () => {
    expect(
      analyze('Reservieren Sie jetzt Ihren Tisch für Samstag auf unserer Webseite, wir freuen uns auf Sie').confidence,
    ).toBeUndefined();
  });
});
