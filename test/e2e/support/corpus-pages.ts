// The saved news pages in ../shared/pages (INDEX.tsv): where each lives, its reference article text and
// how many quote marks its article has. They are read in place and served from 127.0.0.1; nothing of
// them is copied into the repo.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sharedDir } from '../../../demo/demo-page.mjs';

export interface CorpusPage {
  /** "readability/bbc-1": unique, also the URL path prefix on the test server. */
  id: string;
  source: string;
  name: string;
  publisher: string;
  quoteMarks: number;
  /** Words of the article as INDEX.tsv counts them. */
  words: number;
  /** Path on the server that serves pagesDir(), e.g. "/readability/bbc-1/source.html". */
  path: string;
  /** The article text as a reader would extract it, or null where the corpus has none. */
  expectedText: string | null;
}

export function pagesDir(): string {
  return resolve(sharedDir(), 'pages');
}

/** Every page of INDEX.tsv, in its order. Throws if ../shared/pages is missing: the suite must not pass on nothing. */
export function corpusPages(): CorpusPage[] {
  const index = resolve(pagesDir(), 'INDEX.tsv');
  if (!existsSync(index)) throw new Error(`${index} is missing: the real-pages suite needs ../shared/pages beside the repo (or WSW_SHARED_DIR)`);
  const [header, ...rows] = readFileSync(index, 'utf8').split('\n').filter((line) => line.trim());
  const columns = header!.split('\t');
  const at = (cells: string[], name: string) => cells[columns.indexOf(name)] ?? '';
  return rows.map((row) => {
    const cells = row.split('\t');
    const source = at(cells, 'source');
    const name = at(cells, 'name');
    const expectedFile = resolve(pagesDir(), source, name, 'expected.txt');
    return {
      id: `${source}/${name}`,
      source,
      name,
      publisher: at(cells, 'publisher'),
      quoteMarks: Number(at(cells, 'quote_marks')),
      words: Number(at(cells, 'words')),
      path: `/${source}/${name}/source.html`,
      expectedText: existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : null,
    };
  });
}

/** Whitespace runs (including no-break spaces and line breaks) become one space; zero-width characters go. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The text with every whitespace and invisible character removed: the form in which a highlighted
 * passage is looked up in the reference text. Readability's reference output adds and drops spaces
 * around inline elements ("Mar Hicks , a", "(CNN) President" where the page has "(CNN)President"), so
 * spacing cannot be compared; every other character must match in order.
 */
export function withoutWhitespace(text: string): string {
  return text.replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad]+/g, '');
}

/**
 * How much of the reference article a reader can actually see on the loaded page: the share of the
 * reference's paragraphs (8+ words) found in `visibleText` (document.body.innerText), whitespace aside.
 * Offline, a few saved pages show no article at all (a body kept hidden by a style their broken script
 * never removes; an article that the page's own script replaces), whatever their source HTML holds.
 */
export function visibleArticleShare(referenceText: string, visibleText: string): number {
  const paragraphs = referenceText.split(/\n+/).filter((line) => line.trim().split(/\s+/).length >= 8);
  if (paragraphs.length === 0) return 1;
  const visible = withoutWhitespace(visibleText);
  return paragraphs.filter((p) => visible.includes(withoutWhitespace(p))).length / paragraphs.length;
}
