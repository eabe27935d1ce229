// Turns an HTML page into the engine's input (paragraphs separated by "\n\n") the same way the
// extension does: linkedom gives Node a DOM, and the page layer's readArticle picks the article text.
import { parseHTML } from 'linkedom';
import { readArticle } from '../page/read-article';

export function articleTextFromHtml(html: string): string | null {
  const { document } = parseHTML(html);
  return readArticle(document as unknown as Document)?.text ?? null;
}
