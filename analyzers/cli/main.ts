// `npm run critique -- [options] [FILE|-]`: the only file of the CLI that
// touches files, streams and the process; everything it prints is built by
// the pure modules next to it (args, report, batch).
import { createReadStream, openSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import process from 'node:process';
import { analyze, parseBrandText } from '../index';
import type { AnalyzeOptions, Brand } from '../index';
import { parseArgs, USAGE } from './args';
import { batchExitStatus, runBatch } from './batch';
import { EXIT, formatBrandErrors, formatReport, hasBlocker } from './report';
import type { LinkedSource } from '../types';

// Read only with --fetch-links, and loaded only then: happy-dom and Readability stay out of plain runs.
async function linkedSources(text: string): Promise<{ sources: LinkedSource[] }> {
  const { readLinkedSources } = await import('../sources/node');
  return { sources: await readLinkedSources(text) };
}

const fail = (message: string) => process.stderr.write(`whypost: ${message}\n`);
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
// Editors on Windows may save a byte-order mark, which JSON.parse rejects and which is no part of a draft.
const stripBom = (text: string) => text.replace(/^\uFEFF/, '');

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) fail('reading the draft from the keyboard; end it with Ctrl-D');
  process.stdin.setEncoding('utf8');
  let text = '';
  for await (const chunk of process.stdin) text += chunk as string;
  return text;
}

// Waits for the pipe to drain, so that a slow reader slows the batch down
// instead of filling memory with pending output.
function write(text: string): Promise<void> | undefined {
  if (process.stdout.write(text)) return undefined;
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (!args.ok) {
    fail(`${args.error}\nTry "npm run critique -- --help".`);
    return EXIT.usage;
  }
  const options = args.options;
  if (options.help) {
    process.stdout.write(USAGE);
    return EXIT.ok;
  }

  let brand: Brand | undefined;
  if (options.brand !== undefined) {
    let source: string;
    try {
      source = readFileSync(options.brand, 'utf8');
    } catch (error) {
      fail(`cannot read the brand file: ${reason(error)}`);
      return EXIT.usage;
    }
    const result = parseBrandText(stripBom(source));
    if (!result.ok) {
      for (const line of formatBrandErrors(options.brand, result.errors)) process.stderr.write(line + '\n');
      return EXIT.usage;
    }
    brand = result.brand;
  }
  const analyzeOptions: AnalyzeOptions = {
    brand,
    platform: options.platform,
    kind: options.kind,
    locale: options.locale,
  };

  if (options.mode === 'jsonl') {
    let input: NodeJS.ReadableStream = process.stdin;
    if (options.file !== undefined) {
      try {
        // Opened here so that a missing file is an immediate error, not a stream event.
        input = createReadStream('', { fd: openSync(options.file, 'r'), encoding: 'utf8' });
      } catch (error) {
        fail(`cannot read ${options.file}: ${reason(error)}`);
        return EXIT.usage;
      }
    }
    const lines = createInterface({ input, crlfDelay: Infinity });
    let readError: unknown;
    input.on('error', (error) => {
      readError = error;
      lines.close();
    });
    const summary = await runBatch(lines, write, analyzeOptions, options.fetchLinks ? linkedSources : undefined);
    if (readError !== undefined) {
      fail(`cannot read ${options.file ?? 'standard input'}: ${reason(readError)}`);
      return EXIT.usage;
    }
    return batchExitStatus(summary);
  }

  let text: string;
  try {
    text = options.file === undefined ? await readStdin() : readFileSync(options.file, 'utf8');
  } catch (error) {
    fail(`cannot read ${options.file ?? 'standard input'}: ${reason(error)}`);
    return EXIT.usage;
  }
  // The newline that ends a text file is the file's, not the draft's (it would count on X).
  text = stripBom(text).replace(/\r?\n$/, '');

  const critique = analyze(text, { ...analyzeOptions, ...(options.fetchLinks ? await linkedSources(text) : {}) });
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  process.stdout.write(
    options.mode === 'json' ? JSON.stringify(critique, null, 2) + '\n' : formatReport(critique, text, { color }),
  );
  return hasBlocker(critique) ? EXIT.blocker : EXIT.ok;
}

// A reader that stops early (`| head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  throw error;
});

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    fail(`the analysis failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = EXIT.usage;
  },
);
