// npm run eval [-- --json] [-- --record] [-- --errors DATASET]
// Prints the figures of the genre classifier on every labelled set, overall and
// by language. --record raises the recorded baseline (never lowers it).
import { readFileSync, writeFileSync } from 'node:fs';
import { GENRES } from '../../analyzers';
import { evaluate, type DatasetId } from './data';
import type { Figures } from './metrics';
import { BASELINE_PATH, baselineFigures, raise, type Baseline } from './baseline';
import { evaluateDetector, evaluateDrafts, PAGE_SETS } from './pages';

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
    `posting for posting's sake: precision ${pct(f.sake.precision)} %  recall ${pct(f.sake.recall)} %  false alarms on purposeful ${pct(f.sake.falseAlarms)} % (of ${f.sake.purposeful})`,
    '',
    `${'genre'.padEnd(16)} precision  recall     F1  support`,
  );
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

const { predictions, results } = evaluate();
const errors = args.indexOf('--errors');
const shown = errors >= 0 ? (args[errors + 1] as DatasetId | undefined) : undefined;
if (shown && predictions[shown]) {
  for (const p of predictions[shown].filter((p) => p.genre !== p.item.label)) {
    console.log(`${p.item.id}\t${p.item.label} -> ${p.genre}\t${p.item.text.slice(0, 140).replace(/\s+/g, ' ')}`);
  }
}

if (args.includes('--json')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const names: Record<string, string> = {
    corpus: 'tests/corpus (fr + en)',
    heldOut: 'tests/corpus/holdout + sources-holdout (never read while tuning)',
    real: '../shared/corpus/real-posts.jsonl',
  };
  for (const [key, f] of Object.entries(results)) {
    const [id, lang] = key.split('.');
    console.log(table(`${names[id!]}${lang ? ` — ${lang.toUpperCase()}` : ''}`, f));
  }
  const real = results.real!;
  console.log(
    `\nTargets on the real posts: accuracy ${pct(real.accuracy)} % (≥ 85), macro-F1 ${pct(real.macroF1)} % (≥ 80), false alarms ${pct(real.sake.falseAlarms)} % (≤ 10), language ${pct(real.language)} % (≥ 95)`,
  );
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
  const old = JSON.parse(readFileSync(BASELINE_PATH, 'utf8')) as Baseline;
  const next = raise(old, baselineFigures(results));
  writeFileSync(BASELINE_PATH, JSON.stringify(next, null, 2) + '\n');
  console.log(`\nRecorded in ${BASELINE_PATH}.`);
}
