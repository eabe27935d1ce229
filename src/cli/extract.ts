// `npm run extract`: the engine from a terminal or a pipeline. See EXTRACT_USAGE for the contract.
import { createReadStream } from 'node:fs';
import { analyse } from '../core/index';
import { articleTextFromHtml } from './article-from-html';
import { articleTextFromPlainText } from './article-from-plain-text';
import { EXTRACT_USAGE, parseExtractArgs } from './extract-args';
import { extractJsonl } from './extract-jsonl';
import { formatReport } from './format-report';
import { readTextFile, whyNotReadable } from './read-input-file';
import { reportError } from './report-error';
import { toWireAttribution } from './wire-format';

const TOOL = 'extract';
const STDIN_NAME = '<stdin>';

async function main(argv: string[]): Promise<number> {
  const parsed = parseExtractArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`${TOOL}: ${parsed.reason}\n\n${EXTRACT_USAGE}`);
    return 2;
  }
  const { mode, json, paths } = parsed.args;
  if (mode === 'help') {
    process.stdout.write(EXTRACT_USAGE);
    return 0;
  }
  let failures = 0;
  const report = { headings: paths.length > 1 && !json, printed: 0 };
  for (const path of paths) {
    if (mode === 'jsonl') failures += await extractJsonlSource(path);
    else failures += await extractFile(path, json, report);
  }
  return failures > 0 ? 1 : 0;
}

async function extractJsonlSource(path: string): Promise<number> {
  if (path === '-') return extractJsonl(process.stdin, STDIN_NAME, process.stdout);
  const refused = await whyNotReadable(path);
  if (refused) {
    reportError(TOOL, path, refused);
    return 1;
  }
  const stream = createReadStream(path, 'utf8');
  // A read error (permissions, I/O) ends this file with one line; the lines already written stay written.
  const failed = new Promise<number>((resolve) => stream.once('error', (err) => {
    reportError(TOOL, path, err.message);
    resolve(1);
  }));
  return Promise.race([extractJsonl(stream, path, process.stdout), failed]);
}

/** `report` tracks headings: with several files each report is titled, separated by a blank line. */
async function extractFile(path: string, json: boolean, report: { headings: boolean; printed: number }): Promise<number> {
  const read = await readTextFile(path);
  if (!read.ok) {
    reportError(TOOL, path, read.reason);
    return 1;
  }
  const text = isHtml(path, read.text) ? articleTextFromHtml(read.text) : articleTextFromPlainText(read.text);
  if (text === null) {
    reportError(TOOL, path, 'no article text found in the page');
    return 1;
  }
  let attributions;
  try {
    ({ attributions } = analyse(text));
  } catch (err) {
    reportError(TOOL, path, `engine failed (${err instanceof Error ? err.message : String(err)})`);
    return 1;
  }
  if (json) {
    process.stdout.write(JSON.stringify({ id: path, text, attributions: attributions.map(toWireAttribution) }) + '\n');
  } else {
    if (report.headings) process.stdout.write(`${report.printed++ ? '\n' : ''}== ${path} ==\n\n`);
    process.stdout.write(formatReport(text, attributions));
  }
  return 0;
}

function isHtml(path: string, content: string): boolean {
  if (/\.(x?html?)$/i.test(path)) return true;
  if (/\.txt$/i.test(path)) return false;
  return /^\s*<(!doctype\s+html|html[\s>])/i.test(content);
}

// A reader that stops early (`| head`) closes the pipe: stop quietly, as Unix tools do, instead of a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    reportError(TOOL, 'internal error', err instanceof Error ? err.stack ?? err.message : String(err));
    process.exitCode = 70;
  },
);
