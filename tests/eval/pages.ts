// The linked-page checks on saved pages: the press-release detector on
// tests/fixtures/pages (read while tuning) and tests/fixtures/pages-heldout
// (never read), and the copy measure on drafts written for the first set.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, draftLinks, type LinkedPage } from '../../analyzers';
import { parseHtml } from '../../analyzers/sources/node';
import { readPage } from '../../analyzers/sources/read-page';

export interface PageLabel {
  file: string;
  url: string;
  lang: 'fr' | 'en';
  pressRelease: boolean;
  kind: string;
}

export interface DraftLabel {
  page: string;
  text: string;
  copied: boolean;
  angle: boolean;
}

export interface DetectorFigures {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  misses: { file: string; expected: boolean; kind: string }[];
}

export interface DraftFigures {
  n: number;
  /** Drafts whose copied passages agree with the label "copied" (share of at least 25 %). */
  copyAgreement: number;
  /** Drafts flagged as a press-release dump exactly when the label says copied, no angle, and a release. */
  dumpAgreement: number;
  misses: { page: string; share: number; dump: boolean; copied: boolean; angle: boolean }[];
}

const ROOT = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const PAGE_SETS = { tuned: join(ROOT, 'pages'), heldOut: join(ROOT, 'pages-heldout') } as const;

export function readLabelledPage(dir: string, label: PageLabel): LinkedPage {
  const { document, close } = parseHtml(readFileSync(join(dir, label.file), 'utf8'), label.url);
  try {
    return readPage(document, { url: label.url });
  } finally {
    close();
  }
}

export function loadLabels(dir: string): PageLabel[] {
  const file = join(dir, 'index.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PageLabel[]) : [];
}

export function evaluateDetector(dir: string): DetectorFigures & { pages: Map<string, LinkedPage> } {
  const pages = new Map<string, LinkedPage>();
  const f = { n: 0, tp: 0, fp: 0, fn: 0, tn: 0, misses: [] as DetectorFigures['misses'] };
  for (const label of loadLabels(dir)) {
    const page = readLabelledPage(dir, label);
    pages.set(label.file, page);
    const got = page.pressRelease.pressRelease;
    f.n++;
    if (got && label.pressRelease) f.tp++;
    else if (got) f.fp++;
    else if (label.pressRelease) f.fn++;
    else f.tn++;
    if (got !== label.pressRelease) f.misses.push({ file: label.file, expected: label.pressRelease, kind: label.kind });
  }
  return {
    ...f,
    precision: f.tp + f.fp ? f.tp / (f.tp + f.fp) : 1,
    recall: f.tp + f.fn ? f.tp / (f.tp + f.fn) : 1,
    pages,
  };
}

export function evaluateDrafts(dir: string, pages: Map<string, LinkedPage>): DraftFigures {
  const file = join(dir, 'drafts.json');
  const drafts = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DraftLabel[]) : [];
  const labels = new Map(loadLabels(dir).map((l) => [l.file, l]));
  let copy = 0;
  let dump = 0;
  const misses: DraftFigures['misses'] = [];
  for (const d of drafts) {
    const page = pages.get(d.page);
    const label = labels.get(d.page);
    if (!page || !label) continue;
    // The draft's own link to the page (it may carry UTM parameters or a trailing slash).
    const host = new URL(label.url).hostname;
    const url = draftLinks(d.text).find((u) => new URL(u).hostname === host) ?? label.url;
    const critique = analyze(d.text, { sources: [{ url, state: 'checked', page }] });
    const source = critique.sources?.[0];
    const share = source?.copiedShare ?? 0;
    const copiedOk = share >= 0.25 === d.copied;
    const dumpOk = (source?.dump ?? false) === (d.copied && !d.angle && label.pressRelease);
    if (copiedOk) copy++;
    if (dumpOk) dump++;
    if (!copiedOk || !dumpOk)
      misses.push({ page: d.page, share, dump: source?.dump ?? false, copied: d.copied, angle: d.angle });
  }
  const n = drafts.length;
  return { n, copyAgreement: n ? copy / n : 1, dumpAgreement: n ? dump / n : 1, misses };
}
