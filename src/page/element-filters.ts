// Per-element tests used while walking the article: hidden, editable, furniture. Each is cheap; the one
// that asks the browser for computed style only runs where a real layout engine exists.
import { NOISE_PREFIXES, NOISE_ROLES, NOISE_TAGS, NOISE_WORDS, SKIPPED_TAGS, classWords } from './element-kinds';

type StyleView = { getComputedStyle?: (el: Element) => { display: string; visibility: string } };

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Elements a reader cannot see: attributes, inline style, and computed style where the DOM computes it. */
export function isHidden(el: Element, view: StyleView | null): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && INLINE_HIDDEN.test(style)) return true;
  if (view && typeof view.getComputedStyle === 'function') {
    try {
      const computed = view.getComputedStyle(el);
      return computed.display === 'none' || computed.visibility === 'hidden';
    } catch {
      return false;
    }
  }
  return false;
}

/** Text the user types is never analysed or wrapped. */
export function isEditable(el: Element): boolean {
  const attr = el.getAttribute('contenteditable');
  return attr !== null && attr.toLowerCase() !== 'false';
}

export function isSkippedTag(el: Element): boolean {
  return SKIPPED_TAGS.has(el.tagName);
}

/** Menus, footers, related stories, comments, ads, captions: by tag, ARIA role or class/id words. */
export function isFurniture(el: Element): boolean {
  if (NOISE_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role && NOISE_ROLES.has(role.toLowerCase())) return true;
  for (const word of classWords(el)) {
    if (NOISE_WORDS.has(word)) return true;
    for (const prefix of NOISE_PREFIXES) if (word.startsWith(prefix)) return true;
  }
  return false;
}

/** The view (window) of a document when it can compute styles: a browser, not linkedom. */
export function styleViewOf(doc: Document): StyleView | null {
  const view = doc.defaultView as unknown as StyleView | null;
  return view && typeof view.getComputedStyle === 'function' ? view : null;
}
