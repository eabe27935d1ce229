// Streams JSONL in, JSONL out, one article per line, so memory stays flat however large the input.
// A bad line is reported and skipped; every good line is still written.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import { analyse } from '../core/index';
import { parseArticleLine } from './jsonl-lines';
import { reportError } from './report-error';
import { toWireAttribution } from './wire-format';

/** Returns the number of lines that could not be processed. */
export async function extractJsonl(input: Readable, inputName: string, output: Writable): Promise<number> {
  let failures = 0;
  let lineNumber = 0;
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue; // a trailing newline or blank separator is not an article
    const parsed = parseArticleLine(line);
    if (!parsed.ok) {
      failures++;
      reportError('extract', `${inputName}:${lineNumber}`, parsed.reason);
      continue;
    }
    const { id, text } = parsed.record;
    let outLine: string;
    try {
      const { attributions } = analyse(text);
      outLine = JSON.stringify({ id, attributions: attributions.map(toWireAttribution) });
    } catch (err) {
      failures++;
      reportError('extract', `${inputName}:${lineNumber}`, `engine failed (${err instanceof Error ? err.message : String(err)})`);
      continue;
    }
    if (!output.write(outLine + '\n')) await once(output, 'drain');
  }
  return failures;
}
