// Bundles the fixture pages (issue #3, end-to-end tests) into tests/e2e/pages/dist/:
// one directory per site with `index.html` (the shell answered for every path) and
// the assets under `__fixture__/`. The work is skipped when a hash of the sources,
// this script and the editor libraries' versions is unchanged.
// Run alone with `npx tsx tests/e2e/pages/build.ts [--force]`.

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const PAGES_DIR = dirname(fileURLToPath(import.meta.url));
export const DIST_DIR = join(PAGES_DIR, 'dist');
/** The path prefix the shells load their assets from; the harness serves it from `dist/<site>/`. */
export const ASSET_PREFIX = '/__fixture__/';

export type PageSite = 'x' | 'facebook' | 'business' | 'linkedin';

interface SiteConfig {
  entry: string;
  title: string;
  rootId: string;
  /** Draft.js's own stylesheet (placeholder positioning, pre-wrap blocks). */
  draftCss: boolean;
  /** Quill's core stylesheet (pre-wrap lines, the placeholder drawn from data-placeholder). */
  quillCss?: boolean;
}

const SITES: Record<PageSite, SiteConfig> = {
  x: { entry: 'x/app.tsx', title: 'X', rootId: 'react-root', draftCss: true },
  facebook: { entry: 'facebook/app.ts', title: 'Facebook', rootId: 'mount_0_0_Wp', draftCss: false },
  business: { entry: 'business/app.ts', title: 'Meta Business Suite', rootId: 'mount_0_0_Bz', draftCss: true },
  linkedin: { entry: 'linkedin/app.ts', title: 'LinkedIn', rootId: 'app-outlet', draftCss: false, quillCss: true },
};

// Their versions are part of the hash: a reinstall rebuilds the pages.
const LIBRARIES = ['react', 'react-dom', 'draft-js', 'lexical', '@lexical/rich-text', 'quill', 'esbuild'];

const HASH_FILE = join(DIST_DIR, '.build-hash');

export function shellPath(site: PageSite): string {
  return join(DIST_DIR, site, 'index.html');
}

export function assetDir(site: PageSite): string {
  return join(DIST_DIR, site, ASSET_PREFIX.slice(1, -1));
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== DIST_DIR) files.push(...(await sourceFiles(path)));
    } else files.push(path);
  }
  return files.sort();
}

async function sourcesHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await sourceFiles(PAGES_DIR)) {
    hash
      .update(relative(PAGES_DIR, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  }
  for (const name of LIBRARIES) hash.update(`${name}@${await packageVersion(name)}\0`);
  return hash.digest('hex');
}

// Some packages (lexical) do not export their package.json: walk up from the entry point.
async function packageVersion(name: string): Promise<string> {
  let dir = dirname(createRequire(import.meta.url).resolve(name));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(await readFile(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? 'unknown';
    }
    const parent = dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}

function shell(site: PageSite, css: string): string {
  const { title, rootId } = SITES[site];
  // `lang` is a default: the app switches it from `?lang=fr` before rendering.
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<style>
${css}
</style>
</head>
<body>
<div id="${rootId}"></div>
<script src="${ASSET_PREFIX}app.js"></script>
</body>
</html>
`;
}

export interface BuildResult {
  built: boolean;
  ms: number;
  hash: string;
}

/** Builds the pages unless the sources are unchanged since the last build. */
export async function buildPages(options: { force?: boolean } = {}): Promise<BuildResult> {
  const started = performance.now();
  const hash = await sourcesHash();
  const sites = Object.keys(SITES) as PageSite[];
  const complete = sites.every((site) => existsSync(shellPath(site)) && existsSync(join(assetDir(site), 'app.js')));
  if (!options.force && complete && existsSync(HASH_FILE) && (await readFile(HASH_FILE, 'utf8')) === hash) {
    return { built: false, ms: performance.now() - started, hash };
  }

  await rm(DIST_DIR, { recursive: true, force: true });
  await build({
    entryPoints: Object.fromEntries(
      sites.map((site) => [`${site}/${ASSET_PREFIX.slice(1)}app`, join(PAGES_DIR, SITES[site].entry)]),
    ),
    outdir: DIST_DIR,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    // The sites run production builds; `production` also picks Lexical's prod bundle.
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    jsx: 'automatic',
    jsxImportSource: 'react',
    sourcemap: 'linked',
    logLevel: 'warning',
    legalComments: 'none',
    minify: true,
  });

  const require = createRequire(import.meta.url);
  const draftCss = await readFile(require.resolve('draft-js/dist/Draft.css'), 'utf8');
  const quillCss = await readFile(join(dirname(require.resolve('quill')), 'dist', 'quill.core.css'), 'utf8');
  for (const site of sites) {
    const own = await readFile(join(PAGES_DIR, site, 'style.css'), 'utf8');
    const css = [SITES[site].draftCss && draftCss, SITES[site].quillCss && quillCss, own].filter(Boolean).join('\n');
    await mkdir(dirname(shellPath(site)), { recursive: true });
    await writeFile(shellPath(site), shell(site, css));
  }
  await writeFile(HASH_FILE, hash);
  return { built: true, ms: performance.now() - started, hash };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await buildPages({ force: process.argv.includes('--force') });
  console.log(
    `${result.built ? 'built' : 'up to date'} in ${Math.round(result.ms)} ms → ${relative(process.cwd(), DIST_DIR)}`,
  );
}
