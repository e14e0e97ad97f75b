// npm run eval [-- --json] [-- --record] [-- --errors cv] [-- --fresh]
// Prints the judgement's figures, training as `npm run train` does:
//   (a) cross-validation over the real corpus, grouped by source;
//   (b) the held-out real set (never trained or tuned on), with the committed model;
//   (c) the sets written in-house, for reference only;
// per language and per genre, with the call-to-action figures; then the linked-page checks.
// --record raises the recorded baseline (never lowers it on the same corpus; a new corpus starts it afresh); --errors cv lists the cross-validated posts it gets wrong.
// The cross-validation's figures are written to tests/eval/cv.json with a digest of their inputs, and read
// back instead of training again while the inputs are unchanged (cv-record.ts); --fresh always trains.
import { readFileSync, writeFileSync } from 'node:fs';
import { GENRES } from '../../analyzers';
import { evaluate } from './data';
import type { Figures } from './metrics';
import { readRealCorpus } from '../../training/corpus';
import { BASELINE_PATH, baselineFigures, corpusStamp, nextRecord, sameCorpus, type BaselineFile } from './baseline';
import { evaluateDetector, evaluateDrafts, PAGE_SETS } from './pages';
import { CV_RECORD_PATH, writeCvRecord } from './cv-record';

const args = process.argv.slice(2);
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const short: Record<string, string> = {
  'press-release': 'press',
  anecdote: 'anecdote',
  'no-objective': 'no-obj',
  'engagement-bait': 'bait',
  purposeful: 'purpose',
};

function table(title: string, f: Figures): string {
  const lines = [`\n## ${title}  (n=${f.n})`];
  lines.push(
    `accuracy ${pct(f.accuracy)} %   macro-F1 ${pct(f.macroF1)} %   language FR/EN ${pct(f.language)} %`,
    `posting for posting's sake: precision ${pct(f.sake.precision)} %  recall ${pct(f.sake.recall)} %  purposeful read as another genre ${pct(f.sake.falseAlarms)} %  purposeful stopped ${pct(f.stops.share)} % (${f.stops.purposeful} of ${f.sake.purposeful})`,
  );
  // The in-house sets carry no call-to-action labels.
  if (f.cta.withCta + f.cta.withoutCta > 0)
    lines.push(
      `call to action: found when present ${pct(f.cta.found)} % (of ${f.cta.withCta})   reported missing when absent ${pct(f.cta.missing)} % (of ${f.cta.withoutCta})`,
    );
  lines.push('', `${'genre'.padEnd(16)} precision  recall     F1  support`);
  for (const g of GENRES) {
    const s = f.perGenre[g];
    lines.push(
      `${g.padEnd(16)} ${pct(s.precision)} %  ${pct(s.recall)} %  ${pct(s.f1)} %  ${String(s.support).padStart(7)}`,
    );
  }
  lines.push(
    '',
    `confusion (rows: label, columns: predicted)`,
    `${''.padEnd(16)}${GENRES.map((g) => short[g]!.padStart(9)).join('')}`,
  );
  for (const l of GENRES)
    lines.push(`${l.padEnd(16)}${GENRES.map((p) => String(f.confusion[l][p]).padStart(9)).join('')}`);
  return lines.join('\n');
}

// Only the cross-validated posts can be listed: the held-out set is never read.
const errors = args.indexOf('--errors');
const shown = errors >= 0 ? args[errors + 1] : undefined;
const { model, training, predictions, results } = await evaluate({
  inHouse: true,
  reuse: !args.includes('--fresh') && shown !== 'cv',
});
if (training) writeCvRecord(results);
if (shown && shown !== 'cv') console.log(`--errors lists the cross-validated posts only (cv), never the held-out set.`);
if (shown === 'cv' && predictions.cv) {
  for (const p of predictions.cv.filter((p) => p.genre !== p.item.label)) {
    console.log(`${p.item.id}\t${p.item.label} -> ${p.genre}\t${p.item.text.slice(0, 140).replace(/\s+/g, ' ')}`);
  }
}

if (args.includes('--json')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const names: Record<string, string> = {
    cv: `(a) tests/corpus/real, cross-validation grouped by source (5 folds, ${model.trained.sources} sources)${training ? '' : `, as computed from these same inputs (${CV_RECORD_PATH.split('/').slice(-3).join('/')}; --fresh trains again)`}`,
    holdout: '(b) tests/corpus/real/holdout*.jsonl: held-out real posts, sources seen nowhere else, never tuned on',
    corpus: '(c) for reference only: posts written in-house (tests/corpus)',
    inHouseHeldOut: '(c) for reference only: in-house held-out posts (tests/corpus/holdout, sources-holdout)',
  };
  for (const [key, f] of Object.entries(results)) {
    const [id, lang] = key.split('.');
    if (id === 'holdoutOnPlatform') continue;
    console.log(table(`${names[id!]}${lang ? ` — ${lang.toUpperCase()}` : ''}`, f));
  }
  // The command line judges a post with no platform unless told; in its composer, the platform's rules and facts apply.
  const line = (f: Figures) =>
    `accuracy ${pct(f.accuracy)} %, macro-F1 ${pct(f.macroF1)} %, purposeful stopped ${pct(f.stops.share)} %, call to action found ${pct(f.cta.found)} % / missing ${pct(f.cta.missing)} %`;
  console.log(
    `\n(b) the held-out posts judged each on its platform, as in its composer (X, Facebook, LinkedIn): ${line(results.holdoutOnPlatform!)}; FR ${pct(results['holdoutOnPlatform.fr']!.accuracy)} %, EN ${pct(results['holdoutOnPlatform.en']!.accuracy)} %.`,
  );
  console.log(
    `\nThresholds chosen on cross-validation: stop when not purposeful with probability above ${model.thresholds.stop}; a call to action above ${model.thresholds.cta}.`,
  );
  for (const set of ['cv', 'holdout']) {
    const f = results[set]!;
    const fr = results[`${set}.fr`]!;
    const en = results[`${set}.en`]!;
    console.log(
      `Targets on ${set}: accuracy ${pct(f.accuracy)} % (≥ 85; FR ${pct(fr.accuracy)}, EN ${pct(en.accuracy)}: ≥ 80), macro-F1 ${pct(f.macroF1)} % (≥ 80), purposeful read as another genre ${pct(f.sake.falseAlarms)} % and stopped ${pct(f.stops.share)} % (≤ 10), call to action found ${pct(f.cta.found)} % (≥ 90), missing ${pct(f.cta.missing)} % (≥ 85)`,
    );
  }
}

// Linked pages: the press-release detector and the copy measure on saved pages.
const detector = Object.fromEntries(Object.entries(PAGE_SETS).map(([id, dir]) => [id, evaluateDetector(dir)] as const));
const drafts = {
  tuned: evaluateDrafts(PAGE_SETS.tuned, detector.tuned!.pages),
  heldOut: evaluateDrafts(PAGE_SETS.heldOut, detector.heldOut!.pages),
};
if (args.includes('--json')) {
  const strip = ({ pages: _pages, ...figures }: ReturnType<typeof evaluateDetector>) => figures;
  console.log(
    JSON.stringify(
      { detector: Object.fromEntries(Object.entries(detector).map(([k, v]) => [k, strip(v)])), drafts },
      null,
      2,
    ),
  );
} else {
  console.log('\n## Linked pages: press-release detector');
  for (const [id, f] of Object.entries(detector)) {
    const name =
      id === 'tuned' ? 'tests/fixtures/pages (read while tuning)' : 'tests/fixtures/pages-heldout (never read)';
    console.log(
      `${name}: n=${f.n}  precision ${pct(f.precision)} %  recall ${pct(f.recall)} %  (TP ${f.tp}, FP ${f.fp}, FN ${f.fn}, TN ${f.tn})`,
    );
    for (const m of f.misses)
      console.log(`  miss: ${m.file} (${m.kind}) labelled ${m.expected ? 'release' : 'not a release'}`);
  }
  for (const [id, d] of Object.entries(drafts)) {
    if (d.n === 0) continue;
    const name = id === 'tuned' ? 'drafts on tests/fixtures/pages' : 'drafts on the held-out pages (never read)';
    console.log(
      `\n## Linked pages: ${name} (n=${d.n})\ncopied or not, as labelled: ${pct(d.copyAgreement)} %   press-release dump exactly when labelled (copied, no angle, a release): ${pct(d.dumpAgreement)} %`,
    );
    for (const m of d.misses)
      console.log(`  miss: ${m.page} share ${m.share} dump ${m.dump} (labelled copied ${m.copied}, angle ${m.angle})`);
  }
}

if (args.includes('--record')) {
  const old = JSON.parse(readFileSync(BASELINE_PATH, 'utf8')) as BaselineFile;
  const { train, holdout } = readRealCorpus();
  const stamp = corpusStamp(train, holdout);
  writeFileSync(BASELINE_PATH, JSON.stringify(nextRecord(old, stamp, baselineFigures(results)), null, 2) + '\n');
  console.log(
    `\nRecorded in ${BASELINE_PATH}${sameCorpus(old.corpus, stamp) ? '' : ' (a new corpus: the records start from this run)'}.`,
  );
}
