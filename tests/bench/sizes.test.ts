// The bundle sizes on a tiny output directory written here: what each entry counts, never a real build.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleSizes, formatSizes, type EntrySize } from './sizes';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function outputDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'whypost-sizes-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const LAZY = `export const big = ${JSON.stringify('x'.repeat(5000))};`;

/** A Chromium build in miniature: a worker, two content scripts, and pages with shared chunks. */
const CHROME: Record<string, string> = {
  'manifest.json': JSON.stringify({
    manifest_version: 3,
    background: { service_worker: 'background.js' },
    action: { default_popup: 'popup.html' },
    content_scripts: [
      { matches: ['https://x.com/*'], js: ['content-scripts/x.js'] },
      { matches: ['https://facebook.com/*'], js: ['content-scripts/facebook.js'] },
      // The same file registered twice is one entry.
      { matches: ['https://twitter.com/*'], js: ['content-scripts/x.js'] },
    ],
  }),
  'background.js': '(function(){console.log("worker")})();',
  'content-scripts/x.js': '(function(){console.log("x")})();',
  'content-scripts/facebook.js': '(function(){console.log("facebook")})();',
  'popup.html': `<!DOCTYPE html><html><head>
    <script type="module" crossorigin src="/chunks/popup-A.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/shared-B.js">
    <link rel="stylesheet" crossorigin href="/assets/popup.css">
    <script src="https://example.test/not-ours.js"></script>
  </head><body></body></html>`,
  'chunks/popup-A.js':
    'import{a as e}from"./shared-B.js";import"./side-C.js";' +
    // Neither a string that looks like an import nor a dynamic import is loaded first.
    'const s="import x from \\"./not-a-chunk.js\\"";const l=()=>import("./lazy-D.js");console.log(e,s,l);',
  'chunks/shared-B.js': 'export*from"./deep-E.js";export const a=1;',
  // A cycle back to the chunk that imports it.
  'chunks/deep-E.js': 'import{a as t}from"./shared-B.js";export const z=()=>t;',
  'chunks/side-C.js': 'console.log("side effect");',
  'chunks/lazy-D.js': LAZY,
  'assets/popup.css': 'body{color:red}',
  // Relative paths, and a page whose script is not a module.
  'options.html': '<html><head><script type=module src="./chunks/options-F.js"></script></head></html>',
  'chunks/options-F.js': 'import{a}from"./shared-B.js";console.log(a);',
  'offscreen.html': "<html><head><script src='chunks/offscreen-G.js'></script></head></html>",
  'chunks/offscreen-G.js': 'console.log("offscreen")',
};

const byEntry = (sizes: EntrySize[]) => Object.fromEntries(sizes.map((s) => [s.entry, s]));

describe('bundleSizes', () => {
  it('lists the worker, each content script once, and every page', () => {
    const sizes = bundleSizes(outputDir(CHROME));
    expect(sizes.map((s) => s.entry).sort()).toEqual(
      ['background', 'content:facebook', 'content:x', 'offscreen', 'options', 'popup'].sort(),
    );
    const { background, 'content:x': x } = byEntry(sizes);
    expect(background!.files).toEqual(['background.js']);
    expect(x!.files).toEqual(['content-scripts/x.js']);
  });

  it.each([
    ['popup', ['chunks/deep-E.js', 'chunks/popup-A.js', 'chunks/shared-B.js', 'chunks/side-C.js']],
    ['options', ['chunks/deep-E.js', 'chunks/options-F.js', 'chunks/shared-B.js']],
    ['offscreen', ['chunks/offscreen-G.js']],
  ])(
    'counts for %s its scripts, preloads and static imports, transitively, and nothing loaded later',
    (entry, files) => {
      const size = byEntry(bundleSizes(outputDir(CHROME)))[entry]!;
      expect([...size.files].sort()).toEqual(files);
      expect(size.files).not.toContain('chunks/lazy-D.js');
    },
  );

  it('adds up raw bytes and the gzip bytes of each file compressed on its own', () => {
    const popup = byEntry(bundleSizes(outputDir(CHROME))).popup!;
    const counted = popup.files.map((f) => Buffer.from(CHROME[f]!));
    expect(popup.raw).toBe(counted.reduce((sum, b) => sum + b.length, 0));
    expect(popup.gzip).toBe(counted.reduce((sum, b) => sum + gzipSync(b).length, 0));
  });

  it('reads a Firefox build: background scripts, or a background page', () => {
    const scripts = outputDir({
      'manifest.json': JSON.stringify({ manifest_version: 2, background: { scripts: ['background.js'] } }),
      'background.js': 'console.log(1)',
    });
    expect(bundleSizes(scripts)).toEqual([
      { entry: 'background', raw: 14, gzip: gzipSync('console.log(1)').length, files: ['background.js'] },
    ]);
    const page = outputDir({
      'manifest.json': JSON.stringify({ manifest_version: 2, background: { page: 'background.html' } }),
      'background.html': '<script type="module" src="/chunks/bg.js"></script>',
      'chunks/bg.js': 'import"./dep.js";',
      'chunks/dep.js': 'console.log(2)',
    });
    expect(bundleSizes(page).map((s) => [s.entry, [...s.files].sort()])).toEqual([
      ['background', ['chunks/bg.js', 'chunks/dep.js']],
    ]);
  });

  it('follows the imports of a worker that is a module', () => {
    const dir = outputDir({
      'manifest.json': JSON.stringify({ background: { service_worker: 'background.js', type: 'module' } }),
      'background.js': 'import{x}from"./chunks/model.js";console.log(x);',
      'chunks/model.js': 'export const x=1;',
    });
    expect(byEntry(bundleSizes(dir)).background!.files).toEqual(['background.js', 'chunks/model.js']);
  });

  it('prints one line per entry', () => {
    const table = formatSizes(bundleSizes(outputDir(CHROME)));
    expect(table.split('\n')).toHaveLength(7);
    expect(table).toMatch(/^popup +\d+\.\d KB gzip +\d+\.\d KB raw +4 files$/m);
  });
});
