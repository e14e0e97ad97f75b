// npm run train [-- --check]
// Trains the learned judgement on tests/corpus/real (the held-out files apart)
// and writes analyzers/model/model.json. Seeded by construction: the same
// corpus gives the same file. --check only says whether the committed file is
// what the corpus gives (exit 1 when it is not).
import { readFileSync, writeFileSync } from 'node:fs';
import { CorpusError, readRealCorpus } from './corpus';
import { serialise, train } from './model';
import { compare } from './compare';
import { MODEL_PATH } from './paths';

if (process.argv.includes('--compare')) {
  const at = process.argv.indexOf('--only');
  await compare(at >= 0 ? process.argv[at + 1] : undefined);
  process.exit(0);
}

const started = performance.now();
let corpus;
try {
  corpus = readRealCorpus();
} catch (error) {
  if (error instanceof CorpusError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const { model } = await train(corpus.train);
const text = serialise(model);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const summary = `${model.trained.posts} posts from ${model.trained.sources} sources; stop above ${model.thresholds.stop}, call to action above ${model.thresholds.cta}; ${(text.length / 1024).toFixed(0)} KB; ${seconds} s`;
if (process.argv.includes('--check')) {
  const same = readFileSync(MODEL_PATH, 'utf8') === text;
  console.log(
    same
      ? `The committed model is what the corpus gives (${summary}).`
      : `The committed model differs from what the corpus gives (${summary}): run npm run train.`,
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(MODEL_PATH, text);
console.log(`Wrote ${MODEL_PATH}: ${summary}.`);
