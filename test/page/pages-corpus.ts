// The saved real news pages (../shared/pages next to the repo), read in place: never copied into the repo.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PAGES_DIR = resolve(REPO_ROOT, '../shared/pages');

export interface SavedPage {
  id: string;
  dir: string;
  quoteMarks: number;
  source(): string;
  /** The reference article text, when the corpus has one. */
  expected(): string | null;
}

export function listSavedPages(): SavedPage[] {
  const index = readFileSync(resolve(PAGES_DIR, 'INDEX.tsv'), 'utf8').trim().split('\n');
  const header = index[0]!.split('\t');
  const col = (name: string): number => header.indexOf(name);
  return index.slice(1).map((line) => {
    const cells = line.split('\t');
    const id = `${cells[col('source')]}/${cells[col('name')]}`;
    const dir = resolve(PAGES_DIR, id);
    return {
      id,
      dir,
      quoteMarks: Number(cells[col('quote_marks')]),
      source: () => readFileSync(resolve(dir, 'source.html'), 'utf8'),
      expected: () => (existsSync(resolve(dir, 'expected.txt')) ? readFileSync(resolve(dir, 'expected.txt'), 'utf8') : null),
    };
  });
}

/** Text with every kind of space removed (incl. no-break and zero-width), for containment checks. */
export function withoutSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, '');
}
