// Whole PolNeAR articles for the tests whose construction needs the article around it (who spoke before, what the
// article names), and the resolved name of the statement at a place in one.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../../src/core/index';

/** The text of the PolNeAR article of `split` whose id ends with `idEnd`. */
export function polnearText(split: 'dev' | 'train', idEnd: string): string {
  const line = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), `../../../shared/corpora/polnear/${split}.jsonl`), 'utf8')
    .split('\n').find((l) => l.includes(`${idEnd}"`));
  return (JSON.parse(line!) as { text: string }).text;
}

/** The resolved name of the statement whose speaker mention starts right after `before`. */
export function nameAfter(text: string, before: string): string | undefined {
  const at = text.indexOf(before) + before.length;
  return analyse(text).attributions.find((a) => a.speaker?.start === at)?.speaker?.name;
}
