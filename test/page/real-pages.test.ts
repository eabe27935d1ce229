// The fast Node form of the real-pages suite (issue 4): every saved page is parsed with linkedom, read,
// analysed, highlighted and un-highlighted. The page's text must never change, highlights must stay in the
// article, and articles with quotes must yield statements. Runs in seconds; the browser form is in test/e2e.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';
import { BLOCK_TAGS } from '../../src/page/element-kinds';
import { Highlighter, MARK_TAG } from '../../src/page/highlight';
import { highlightSpecs, shownStatements } from '../../src/page/highlight-specs';
import { readArticle } from '../../src/page/read-article';
import { listSavedPages, withoutSpace } from './pages-corpus';

const pages = listSavedPages();

/**
 * Highlighted text per statement and block: a statement quoted over several paragraphs is checked one
 * paragraph at a time, since the reference text may hold an embed (a tweet) between them.
 */
function highlightedTexts(doc: Document): string[] {
  const byKey = new Map<string, string[]>();
  const blockIds = new Map<Element, number>();
  for (const mark of doc.querySelectorAll(MARK_TAG)) {
    let block = mark.parentElement;
    while (block && !BLOCK_TAGS.has(block.tagName.toUpperCase())) block = block.parentElement;
    if (block && !blockIds.has(block)) blockIds.set(block, blockIds.size);
    const key = `${mark.getAttribute('data-wsw-id')}/${block ? blockIds.get(block) : -1}`;
    byKey.set(key, [...(byKey.get(key) ?? []), mark.textContent ?? '']);
  }
  return [...byKey.values()].map((parts) => parts.join(''));
}

describe('real news pages (Node DOM)', () => {
  it('the corpus is there: 50 pages listed in INDEX.tsv', () => {
    expect(pages.length).toBe(50);
  });

  for (const page of pages) {
    it(`${page.id}: reads the article, highlights inside it, and leaves the page text untouched`, () => {
      const { document } = parseHTML(page.source());
      const doc = document as unknown as Document;
      const html = doc.documentElement;
      const textBefore = html.textContent;
      const markupBefore = html.outerHTML;

      const article = readArticle(doc);
      expect(article, 'an article is found').not.toBeNull();
      const statements = shownStatements(analyse(article!.text).attributions, article!.bodyStart);
      const highlighter = new Highlighter(doc);
      for (const spec of highlightSpecs(statements)) highlighter.wrap(article!.runs, spec);

      expect(html.textContent, 'text with highlights').toBe(textBefore);
      const highlighted = highlightedTexts(doc);
      const expected = page.expected();
      if (expected !== null) {
        // Compared without whitespace: a statement's marks may sit in several text nodes and blocks.
        const reference = withoutSpace(expected);
        const outside = highlighted.filter((text) => !reference.includes(withoutSpace(text)));
        expect(outside, 'highlighted text that is not in the reference article').toEqual([]);
      }
      if (page.quoteMarks >= 4) {
        expect(statements.length, 'statements found').toBeGreaterThan(0);
        expect(highlighted.length, 'statements highlighted').toBeGreaterThan(0);
      }

      highlighter.removeAll();
      expect(doc.querySelectorAll(MARK_TAG).length).toBe(0);
      expect(html.textContent, 'text after removal').toBe(textBefore);
      expect(html.outerHTML, 'markup after removal').toBe(markupBefore);
    });
  }
});
