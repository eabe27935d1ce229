// readArticle: the article's text as the engine reads it (blocks joined by "\n\n") plus the offset map back
// to the page's text nodes. Returns null on pages without an article, cheaply, so the content script idles.
import type { Span } from '../core/types';
import { ArticleTextBuilder, type TextRun } from './article-text-builder';
import { BLOCK_TAGS } from './element-kinds';
import { isEditable, isFurniture, isHidden, isSkippedTag, styleViewOf } from './element-filters';
import { MIN_ARTICLE_CHARS, findArticleRoot, type ArticleRoot } from './find-article-root';

export type { TextRun } from './article-text-builder';

export interface ArticleText {
  /** Blocks (headline, paragraphs, headings, quotes, list items) joined by "\n\n". */
  text: string;
  /** The element holding the article. */
  root: Element;
  /** Sorted by start; see textPiecesFor() to turn a [start,end) of text into text-node pieces. */
  runs: TextRun[];
  /** Each block's [start,end) in text. */
  blocks: Span[];
  /**
   * Where the body starts: text before it is the headline. Headlines are read (the engine learns names
   * from them) but their statements are not shown: headline grammar ("Assange: Sweden drops inquiry")
   * misleads the engine, and the body states the same thing in full.
   */
  bodyStart: number;
  /** The read budget ran out before the end of the article (huge pages). */
  truncated: boolean;
}

export interface ReadOptions {
  /** Stop walking after this many milliseconds (the page stays responsive). */
  budgetMs?: number;
  now?: () => number;
}

const MIN_HEADLINE_CHARS = 10;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CHECK_CLOCK_EVERY = 32;
/** Elements always read before the clock may stop the walk (see ALWAYS_SCANNED in find-article-root). */
const ALWAYS_READ = 1024;

export function readArticle(doc: Document, options: ReadOptions = {}): ArticleText | null {
  const found = findArticle(doc, options);
  return found && readArticleText(doc, found, options);
}

/** The first half of readArticle: where the article is (null: no article). Its own step so a caller can yield between. */
export function findArticle(doc: Document, options: ReadOptions = {}): FoundArticle | null {
  const now = options.now ?? (() => Date.now());
  // Finding the root may use half the budget; reading the text the rest.
  return findArticleRoot(doc, options.budgetMs === undefined ? undefined : { now, until: now() + options.budgetMs / 2 });
}

export type FoundArticle = ArticleRoot;

/**
 * The second half of readArticle: the found article's text and offset map, within the other half of the
 * budget (each half is its own main-thread task when the caller yields between them).
 */
export function readArticleText(doc: Document, found: FoundArticle, options: ReadOptions = {}): ArticleText | null {
  const now = options.now ?? (() => Date.now());
  const deadline = options.budgetMs === undefined ? Infinity : now() + options.budgetMs / 2;
  const { root, core } = found;
  const view = styleViewOf(doc);
  // A hidden container (a page not yet revealed, a hidden duplicate) holds no article a reader sees.
  if (hiddenUpTo(root, view)) return null;
  const builder = new ArticleTextBuilder();
  let visited = 0;
  let truncated = false;

  const excluded = (el: Element): boolean =>
    isSkippedTag(el) ||
    isEditable(el) ||
    isHidden(el, view) ||
    // A wrapper around the densest paragraphs is the article's own, whatever its class says ("js-social").
    (isFurniture(el) && !el.contains(core));

  const headline = findHeadline(doc, root, excluded);
  if (headline) {
    walk(headline);
    builder.endBlock(true);
  }
  const bodyStart = builder.blocks.length > 0 ? builder.blocks[0]!.end + 2 : 0;

  function walk(parent: Node): void {
    for (let child = parent.firstChild; child && !truncated; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        builder.addTextNode(child as Text);
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE || child === headline) continue;
      if (++visited > ALWAYS_READ && visited % CHECK_CLOCK_EVERY === 0 && now() > deadline) {
        truncated = true;
        return;
      }
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'BR') {
        builder.addLineBreak();
        continue;
      }
      const block = BLOCK_TAGS.has(tag);
      if (excluded(el)) {
        if (block) builder.endBlock();
        continue;
      }
      if (block) builder.endBlock();
      if (tag === 'A') builder.linkDepth++;
      walk(el);
      if (tag === 'A') builder.linkDepth--;
      if (block) builder.endBlock();
    }
  }

  walk(root);
  builder.endBlock();
  const text = builder.text;
  truncated ||= found.partial;
  if (text.length < MIN_ARTICLE_CHARS && !truncated) return null;
  return { text, root, runs: builder.runs, blocks: builder.blocks, bodyStart, truncated };
}

/** The article's own <h1>: inside the root, else the nearest visible one before it (not the site logo). */
function findHeadline(doc: Document, root: Element, excluded: (el: Element) => boolean): Element | null {
  const usable = (h: Element): boolean =>
    (h.textContent ?? '').trim().length >= MIN_HEADLINE_CHARS && !hasExcludedAncestor(h, excluded);
  let before: Element | null = null;
  for (const h of doc.querySelectorAll('h1')) {
    if (root.contains(h)) {
      if (usable(h)) return h;
      continue;
    }
    const position = root.compareDocumentPosition(h);
    if (position & 2 /* PRECEDING */ && usable(h)) before = h;
  }
  return before;
}

function hiddenUpTo(root: Element, view: ReturnType<typeof styleViewOf>): boolean {
  for (let at: Element | null = root; at; at = at.parentElement) if (isHidden(at, view)) return true;
  return false;
}

function hasExcludedAncestor(el: Element, excluded: (el: Element) => boolean): boolean {
  for (let at: Element | null = el; at && at.tagName !== 'BODY'; at = at.parentElement) {
    // A <header> around the headline is the article's header, not furniture; everything else counts.
    if (at.tagName === 'HEADER') continue;
    if (at === el ? isSkippedTag(at) || isHidden(at, null) : excluded(at)) return true;
  }
  return false;
}
