// npm run train [-- --check]
// Trains the learned judgement on tests/corpus/real (the held-out files apart)
// and writes analyzers/model/model.json, then the lexicons' word filters
// (analyzers/words.json, from compromise and fr-compromise). Seeded by
// construction: the same corpus and libraries give the same files. --check
// only says whether the committed files are what they give (exit 1 when not).
import { readFileSync, writeFileSync } from 'node:fs';
import { CorpusError, readRealCorpus } from './corpus';
import { serialise, train } from './model';
import { compare } from './compare';
import { MODEL_PATH, WORDS_PATH } from './paths';
import { serialiseWords, wordFilters } from './words';

if (process.argv.includes('--compare')) {
  const at = process.argv.indexOf('--only');
  await compare(at >= 0 ? process.argv[at + 1] : undefined);
  process.exit(0);
}

const words = serialiseWords(wordFilters());
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
  const sameWords = readFileSync(WORDS_PATH, 'utf8') === words;
  console.log(
    same
      ? `The committed model is what the corpus gives (${summary}).`
      : `The committed model differs from what the corpus gives (${summary}): run npm run train.`,
  );
  console.log(
    sameWords
      ? 'The committed word filters are what the lexicons give.'
      : 'The committed word filters differ from what the lexicons give: run npm run train.',
  );
  process.exit(same && sameWords ? 0 : 1);
}
writeFileSync(MODEL_PATH, text);
console.log(`Wrote ${MODEL_PATH}: ${summary}.`);
writeFileSync(WORDS_PATH, words);
console.log(`Wrote ${WORDS_PATH}: ${(words.length / 1024).toFixed(0)} KB.`);
