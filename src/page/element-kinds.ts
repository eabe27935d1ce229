// Which elements break text into blocks, which never hold reader-visible text, and which are page
// furniture (menus, footers, related stories, comments) rather than the article. Tag names are upper case
// as Element#tagName gives them for HTML documents.

/** Elements that start a new line for a reader (a subset of CSS display:block defaults). */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Elements whose text a reader never sees as article prose, or that the page lets the user edit. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'LABEL',
  'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'SVG', 'svg', 'CANVAS', 'VIDEO', 'AUDIO', 'MATH', 'math', 'HEAD',
  'TITLE', 'META', 'LINK', 'IMG', 'PICTURE', 'MAP', 'DATALIST', 'OUTPUT', 'PROGRESS', 'METER', 'DIALOG',
  // Our own elements: the card never counts as page text (marks do: they wrap page text).
  'WSW-CARD',
]);

/** Page furniture by tag, wherever it sits inside the article container. */
export const NOISE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FIGCAPTION', 'MENU']);

/** ARIA landmark and widget roles that are never article prose. */
export const NOISE_ROLES = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'menu', 'menubar', 'search', 'dialog',
  'alertdialog', 'alert', 'tooltip', 'toolbar', 'tablist', 'form', 'status', 'marquee', 'timer',
]);

/**
 * Words in class names and ids that mark furniture. Matched as whole words after splitting
 * "relatedStories__list" into related / stories / list, so "commentary" or "shared" never match.
 */
export const NOISE_WORDS = new Set([
  'ad', 'ads', 'advert', 'advertisement', 'adslot', 'dfp', 'gpt', 'outbrain', 'taboola', 'sponsor', 'sponsored',
  'promo', 'promotion', 'newsletter', 'subscribe', 'subscription', 'signup', 'paywall', 'related', 'recirc',
  'recirculation', 'popular', 'trending', 'recommended', 'recommendations', 'comment', 'comments', 'disqus',
  'share', 'sharing', 'social', 'sidebar', 'breadcrumb', 'breadcrumbs', 'menu', 'nav', 'navbar', 'navigation',
  'footer', 'masthead', 'byline', 'caption', 'credit', 'credits', 'tags', 'topics', 'keywords',
  'bio', 'modal', 'popup', 'cookie', 'consent', 'banner', 'toolbar', 'widget', 'rail', 'skip', 'sronly',
  'visuallyhidden', 'toc', 'pagination', 'gallery', 'slideshow', 'disclaimer', 'copyright',
  'meta', 'time', 'date', 'published', 'updated',
]);

/**
 * Cards that pop up over a linked name (The Hill's "rollover-people-block": the person's photo and story links): read
 * as prose they made the paragraph holding the name a link list, and the article lost its first paragraph. The link
 * itself ("rollover-people-link") is the name in the sentence and stays.
 */
export const POPUP_WORDS = new Set(['rollover', 'tooltip', 'popover', 'hovercard']);

/** Word starts that mark furniture even when glued to another word ("relatedposts", "outbrainwidget"). */
export const NOISE_PREFIXES = ['related', 'outbrain', 'taboola', 'newsletter', 'sponsor', 'advert', 'recirc', 'breadcrumb'];

const WORD_SPLIT = /[^a-zA-Z0-9]+|(?<=[a-z])(?=[A-Z])/;

/** Lower-case words of an element's class and id ("sr-only" also yields "sronly"). */
export function classWords(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  if (raw.length < 2) return [];
  const words: string[] = [];
  for (const token of raw.split(/\s+/)) {
    // "js-social-anchor" style classes are script hooks, not what the element is.
    if (!token || /^js[-_]/i.test(token)) continue;
    const parts = token.split(WORD_SPLIT).filter(Boolean).map((w) => w.toLowerCase());
    words.push(...parts);
    if (parts.length > 1) words.push(parts.join(''));
  }
  return words;
}
