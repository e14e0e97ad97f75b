// What each part of a built extension makes the browser load, in bytes and gzip bytes (issue 11):
// the worker, each content script, and for each page (popup, options, offscreen…) what it loads
// before it shows anything: its module scripts and modulepreloads, and every chunk they import
// statically, followed from chunk to chunk. A dynamic import() is loaded later, so it is not counted.
//
//   npx tsx tests/bench/sizes.ts [.output/chrome-mv3]
//
// Each file is compressed on its own, as each is fetched on its own; gzip at zlib's default level, as the
// benchmark's bundle figure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';

export interface EntrySize {
  /** `background`, `content:<name>` (a content script's file name), or a page's name: `popup`, `options`, `offscreen`… */
  entry: string;
  raw: number;
  gzip: number;
  /** The JavaScript files counted, relative to the output directory, in the order they were found. */
  files: string[];
}

interface Manifest {
  background?: { service_worker?: string; type?: string; scripts?: string[]; page?: string };
  content_scripts?: { js?: string[] }[];
}

/** The files a module statically imports (`import … from`, `import "…"`, `export … from`), as written. */
function staticImports(file: string): string[] {
  // esbuild as a parser only: every import is external, so nothing is resolved nor bundled.
  const result = buildSync({
    entryPoints: [file],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    external: ['*'],
    logLevel: 'silent',
  });
  return Object.values(result.metafile.inputs).flatMap((input) =>
    input.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path),
  );
}

/** A path as written in a page or a chunk, as a path relative to the output directory; null when outside it. */
function inOutput(outDir: string, from: string, path: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return null;
  const absolute = path.startsWith('/') ? join(outDir, path) : resolve(dirname(join(outDir, from)), path);
  const rel = relative(outDir, absolute).split(sep).join(posix.sep);
  return rel.startsWith('..') ? null : rel;
}

/** `start` and, for modules, every file they import statically, transitively. */
function closure(outDir: string, start: { file: string; module: boolean }[]): string[] {
  const seen = new Set<string>();
  const queue = [...start];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { file, module } = next;
    if (seen.has(file) || !existsSync(join(outDir, file))) continue;
    seen.add(file);
    if (!module) continue;
    for (const path of staticImports(join(outDir, file))) {
      const target = inOutput(outDir, file, path);
      if (target) queue.push({ file: target, module: true });
    }
  }
  return [...seen];
}

/** The scripts a page loads before it shows anything: `<script src>` and `<link rel="modulepreload">`. */
function pageScripts(outDir: string, page: string): { file: string; module: boolean }[] {
  const html = readFileSync(join(outDir, page), 'utf8');
  const found: { file: string; module: boolean }[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
    const value = (name: string) => {
      const m = attr(name);
      return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
    };
    const isScript = /^<script/i.test(tag);
    const path = isScript ? value('src') : value('rel')?.toLowerCase() === 'modulepreload' ? value('href') : undefined;
    if (!path) continue;
    const file = inOutput(outDir, page, path);
    if (file) found.push({ file, module: !isScript || value('type')?.toLowerCase() === 'module' });
  }
  return found;
}

function measure(outDir: string, entry: string, files: string[]): EntrySize {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(outDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { entry, raw, gzip, files };
}

/** The sizes of a built extension's parts (`outDir`: `.output/chrome-mv3`, `.output/firefox-mv2`…). */
export function bundleSizes(outDir: string): EntrySize[] {
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
  const sizes: EntrySize[] = [];
  const { background } = manifest;
  if (background?.service_worker) {
    const module = background.type === 'module';
    sizes.push(measure(outDir, 'background', closure(outDir, [{ file: background.service_worker, module }])));
  } else if (background?.scripts) {
    const files = background.scripts.map((file) => ({ file, module: false }));
    sizes.push(measure(outDir, 'background', closure(outDir, files)));
  }
  const contentFiles = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  for (const file of contentFiles) {
    const name = posix.basename(file).replace(/\.js$/, '');
    sizes.push(measure(outDir, `content:${name}`, closure(outDir, [{ file, module: false }])));
  }
  // Every page at the top: the popup, the options page, the offscreen document, and any other (a background page too).
  const pages = readdirSync(outDir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  for (const page of pages) {
    const name = page.replace(/\.html$/, '');
    sizes.push(
      measure(outDir, background?.page === page ? 'background' : name, closure(outDir, pageScripts(outDir, page))),
    );
  }
  return sizes;
}

/** One line per entry: gzip and raw sizes in KB (1,000 bytes, as the issue counts), and the number of files. */
export function formatSizes(sizes: readonly EntrySize[]): string {
  const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
  const width = Math.max(...sizes.map((s) => s.entry.length), 'entry'.length);
  const lines = sizes.map(
    (s) =>
      `${s.entry.padEnd(width)}  ${kb(s.gzip).padStart(9)} gzip  ${kb(s.raw).padStart(9)} raw  ${s.files.length} files`,
  );
  return [`${'entry'.padEnd(width)}  ${'gzip'.padStart(14)}  ${'raw'.padStart(13)}`, ...lines].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? '.output/chrome-mv3');
  const sizes = bundleSizes(outDir);
  console.log(formatSizes(sizes));
  if (process.argv.includes('--files')) {
    for (const s of sizes) console.log(`${s.entry}: ${s.files.join(', ')}`);
  }
}
