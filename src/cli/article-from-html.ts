// Turns an HTML page into the engine's input (paragraphs separated by "\n\n") the same way the
// extension does: linkedom gives Node a DOM, and the page layer's readArticle picks the article text.
import { parseHTML } from 'linkedom';

type ReadArticle = (doc: Document) => { text: string } | null;

// TEMPORARY: src/page/read-article.ts is being written concurrently. Until it lands we fall back to
// a crude reader so the CLI works today; delete the fallback (and this dynamic import) once it exists.
const READ_ARTICLE_MODULE: string = '../page/read-article';

async function loadReadArticle(): Promise<ReadArticle> {
  try {
    const mod = (await import(READ_ARTICLE_MODULE)) as { readArticle?: ReadArticle };
    if (typeof mod.readArticle === 'function') return mod.readArticle;
  } catch {
    // module not written yet
  }
  return fallbackReadArticle;
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, blockquote, li';

function fallbackReadArticle(doc: Document): { text: string } | null {
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!root) return null;
  const paragraphs = [...root.querySelectorAll(BLOCKS)]
    .filter((el) => !el.parentElement?.closest(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  return paragraphs.length ? { text: paragraphs.join('\n\n') } : null;
}

export async function articleTextFromHtml(html: string): Promise<string | null> {
  const { document } = parseHTML(html);
  const readArticle = await loadReadArticle();
  return readArticle(document as unknown as Document)?.text ?? null;
}
