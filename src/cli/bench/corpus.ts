// The benchmark's input: the PolNeAR dev articles' text, read from ../shared (never copied into src/).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const DEV_CORPUS = resolve(REPO_ROOT, '../shared/corpora/polnear/dev.jsonl');

export function loadArticles(path = DEV_CORPUS): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** Words are whitespace-separated tokens: the unit every tool here is measured in, whatever it tokenises. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
