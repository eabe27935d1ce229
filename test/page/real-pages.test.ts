// The fast Node form of the real-pages suite (issue 4): every saved page is parsed with linkedom, read,
// analysed, highlighted and un-highlighted. The page's text must never change, highlights must stay in the
// article, and articles with quotes must yield statements. Runs in seconds; the browser form is in test/e2e.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';
import { Highlighter, MARK_TAG } from '../../src/page/highlight';
import { highlightSpecs, shownStatements } from '../../src/page/highlight-specs';
import { readArticle } from '../../src/page/read-article';
import { listSavedPages, withoutSpace } from './pages-corpus';

const pages = listSavedPages();

function highlightedTextById(doc: Document): Map<string, string> {
  const byId = new Map<string, string[]>();
  for (const mark of doc.querySelectorAll(MARK_TAG)) {
    const id = mark.getAttribute('data-wsw-id') ?? '';
    byId.set(id, [...(byId.get(id) ?? []), mark.textContent ?? '']);
  }
  return new Map([...byId].map(([id, parts]) => [id, parts.join('')]));
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
      const highlighted = highlightedTextById(doc);
      const expected = page.expected();
      if (expected !== null) {
        // Compared without whitespace: a statement's marks may sit in several text nodes and blocks.
        const reference = withoutSpace(expected);
        const outside = [...highlighted.values()].filter((text) => !reference.includes(withoutSpace(text)));
        expect(outside, 'highlighted text that is not in the reference article').toEqual([]);
      }
      if (page.quoteMarks >= 4) {
        expect(statements.length, 'statements found').toBeGreaterThan(0);
        expect(highlighted.size, 'statements highlighted').toBeGreaterThan(0);
      }

      highlighter.removeAll();
      expect(doc.querySelectorAll(MARK_TAG).length).toBe(0);
      expect(html.textContent, 'text after removal').toBe(textBefore);
      expect(html.outerHTML, 'markup after removal').toBe(markupBefore);
    });
  }
});
