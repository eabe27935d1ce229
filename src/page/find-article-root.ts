// Finds the element that holds the article: a small Readability-style score over paragraphs, then the
// nearest semantic container (articleBody, <article>, <main>) above the best-scoring element so a body
// split into several columns (NYT) is read whole. Cheap enough to run on every page: one pass over <p>.
import { BLOCK_TAGS } from './element-kinds';
import { isFurniture } from './element-filters';

/** Paragraphs shorter than this are labels ("Advertisement", "Image") rather than prose. */
const MIN_PARAGRAPH_CHARS = 25;
/** Below this much paragraph text in the whole page there is no article to read. */
export const MIN_ARTICLE_CHARS = 400;
const SEMANTIC_CONTAINER = '[itemprop="articleBody"], [itemprop=articleBody], article, main, [role="main"]';
/** A furniture-looking wrapper that still holds this share of the paragraph text is the article's own. */
export const SPARE_FURNITURE_SHARE = 0.8;
/**
 * How far above the densest paragraphs to look for a same-looking sibling section. Quanta's body is a run of
 * WordPress content blocks ("acf-content": text, figure, text …) four levels above its paragraphs; at three, the
 * reader got the last text block, 55% of the article.
 */
const TWIN_SEARCH_DEPTH = 5;
/**
 * An element above the densest paragraphs that holds this many paragraphs of its own is the article's too: the Herald
 * Sun's standfirst and first paragraphs sit in the story's wrapper, the rest in a "read more" box inside it.
 */
const OWN_PARAGRAPHS = 2;
/** A twin holds at least this share of the section's paragraph text: not a "Have your say" box beside the story. */
const TWIN_MIN_SHARE = 0.1;
/** The semantic container may hold this much more paragraph text than the body (standfirst, box-outs). */
const SEMANTIC_SLACK = 1.5;
/** <p>, and <div>s used as paragraphs (text, no block children: CNN's "zn-body__paragraph"). */
const PARAGRAPHS = 'p, div';

function isTextDiv(div: Element): boolean {
  let hasText = false;
  for (let child = div.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && BLOCK_TAGS.has((child as Element).tagName.toUpperCase())) return false;
    if (child.nodeType === 3 && !hasText && /[^\s]/.test((child as Text).data)) hasText = true;
  }
  return hasText;
}

export interface ArticleRoot {
  /** True when the time limit stopped the paragraph scan: the root was chosen on the paragraphs seen. */
  partial: boolean;
  root: Element;
  /** The element with the densest paragraphs: its ancestors are the article's wrappers, never furniture. */
  core: Element;
}

function collapsedLength(el: Element): number {
  const text = el.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim().length;
}

/** Furniture by its look, unless it holds much of the page's paragraph text (a "js-social" page wrapper). */
function furnitureTest(paragraphChars: Map<Element, number>, total: number): (el: Element) => boolean {
  const cache = new Map<Element, boolean>();
  return (el) => {
    let verdict = cache.get(el);
    if (verdict === undefined) {
      verdict = isFurniture(el) && (paragraphChars.get(el) ?? 0) < total * SPARE_FURNITURE_SHARE;
      cache.set(el, verdict);
    }
    return verdict;
  };
}

function isPageLevel(el: Element): boolean {
  return el.tagName === 'BODY' || el.tagName === 'HTML';
}

function insideFurniture(p: Element, furniture: (el: Element) => boolean): boolean {
  for (let el = p.parentElement; el && !isPageLevel(el); el = el.parentElement) {
    if (furniture(el)) return true;
  }
  return false;
}

/** "article-body-text component version-2" and "article-body-text component" are twins: first class decides. */
function firstClass(el: Element): string {
  return (el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
}

function hasParagraphTwin(el: Element, cleanChars: Map<Element, number>): boolean {
  const cls = firstClass(el);
  for (let sib = el.parentElement?.firstElementChild ?? null; sib; sib = sib.nextElementSibling) {
    if (sib !== el && sib.tagName === el.tagName && firstClass(sib) === cls && (cleanChars.get(sib) ?? 0) > (cleanChars.get(el) ?? 0) * TWIN_MIN_SHARE) return true;
  }
  return false;
}

/** Paragraphs between two looks at the clock. */
const CLOCK_STRIDE = 32;
/**
 * Candidates always scanned before the clock may stop the scan: a normal page (hundreds) is always read
 * whole, so a busy machine never changes which element is chosen; only huge pages are cut short.
 */
const ALWAYS_SCANNED = 1024;

export interface ScanLimit {
  now: () => number;
  /** Stop scanning paragraphs once now() passes this. */
  until: number;
}

export function findArticleRoot(doc: Document, limit?: ScanLimit): ArticleRoot | null {
  // The whole document, not doc.body: broken pages (Yahoo) can parse with a second, empty <body> first.
  const scope = doc.documentElement;
  if (!scope) return null;
  const paragraphChars = new Map<Element, number>();
  const cleanChars = new Map<Element, number>();
  const score = new Map<Element, number>();
  /** Paragraphs (outside furniture) whose parent is the key. */
  const ownParagraphs = new Map<Element, number>();
  let total = 0;
  const paragraphs: Array<[Element, number]> = [];
  let partial = false;
  let seen = 0;
  for (const p of scope.querySelectorAll(PARAGRAPHS)) {
    if (limit && ++seen > ALWAYS_SCANNED && seen % CLOCK_STRIDE === 0 && limit.now() > limit.until) {
      partial = true;
      break;
    }
    if (p.tagName !== 'P' && !isTextDiv(p)) continue;
    const chars = collapsedLength(p);
    if (chars < MIN_PARAGRAPH_CHARS) continue;
    paragraphs.push([p, chars]);
    total += chars;
    for (let el = p.parentElement; el; el = el.parentElement) {
      paragraphChars.set(el, (paragraphChars.get(el) ?? 0) + chars);
    }
  }
  if (total < MIN_ARTICLE_CHARS) return null;
  const furniture = furnitureTest(paragraphChars, total);
  for (const [p, chars] of paragraphs) {
    // Teasers and comments also hold paragraphs; they count in paragraphChars but do not win the score.
    if (insideFurniture(p, furniture)) continue;
    for (let el = p.parentElement; el; el = el.parentElement) {
      cleanChars.set(el, (cleanChars.get(el) ?? 0) + chars);
    }
    const parent = p.parentElement;
    if (parent) {
      score.set(parent, (score.get(parent) ?? 0) + chars);
      ownParagraphs.set(parent, (ownParagraphs.get(parent) ?? 0) + 1);
    }
    const grandparent = parent?.parentElement;
    if (grandparent) score.set(grandparent, (score.get(grandparent) ?? 0) + chars / 2);
  }

  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best) return null;

  // A body split into same-looking sibling sections (NYT's companion columns), or whose first paragraphs sit a level
  // or two above the rest, is read whole; teasers next to the story ("Other opinion columns") look different and
  // are left out. The search stays inside the
  // <article> (or <main>, articleBody) holding the body: above it, generic twins ("row", "container") hold the
  // site's menus and galleries (a CBS page read its section list as the article's end).
  let root = best;
  const enclosing = best.closest(SEMANTIC_CONTAINER);
  for (let climbed = true; climbed; ) {
    climbed = false;
    let at: Element | null = root;
    for (let depth = 0; at && depth < TWIN_SEARCH_DEPTH && !isPageLevel(at) && at !== enclosing; depth++, at = at.parentElement) {
      const parent: Element | null = at.parentElement;
      if (parent && !isPageLevel(parent) && ((ownParagraphs.get(parent) ?? 0) >= OWN_PARAGRAPHS || hasParagraphTwin(at, cleanChars))) {
        root = parent;
        climbed = true;
        break;
      }
    }
  }
  // The semantic container (<article>, articleBody, <main>) brings the headline and standfirst along,
  // unless it also holds a feed of other stories (much more paragraph text than the body itself).
  const semantic = root.closest(SEMANTIC_CONTAINER);
  if (semantic && !isPageLevel(semantic) && (cleanChars.get(semantic) ?? 0) <= (cleanChars.get(root) ?? 0) * SEMANTIC_SLACK) {
    root = semantic;
  }
  return { root, core: best, partial };
}
