// Per-element tests used while walking the article: hidden, editable, furniture. Each is cheap; the one
// that asks the browser for computed style only runs where a real layout engine exists.
import { NOISE_PREFIXES, NOISE_ROLES, NOISE_TAGS, NOISE_WORDS, POPUP_WORDS, SKIPPED_TAGS, classWords } from './element-kinds';

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
  const words = classWords(el);
  if (words.length === 0 || inRunningText(el)) return false;
  for (const word of words) {
    if (NOISE_WORDS.has(word) || (POPUP_WORDS.has(word) && el.tagName !== 'A')) return true;
    for (const prefix of NOISE_PREFIXES) if (word.startsWith(prefix)) return true;
  }
  return false;
}

/** Inline tags that can carry a word of a sentence. */
const INLINE_TAGS = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'ABBR', 'CITE', 'Q', 'MARK', 'SMALL']);

/** An inline element between words of a sentence ("reverse its position on <a class="meta-loc">Sudan</a> and lift …",
 *  a saved NYT page) is part of the prose whatever its class says: dropping it cut the word out of the article. */
function inRunningText(el: Element): boolean {
  if (!INLINE_TAGS.has(el.tagName)) return false;
  const before = el.previousSibling, after = el.nextSibling;
  return (before?.nodeType === 3 && /\S/.test(before.textContent ?? '')) || (after?.nodeType === 3 && /\S/.test(after.textContent ?? ''));
}

/** The view (window) of a document when it can compute styles: a browser, not linkedom. */
export function styleViewOf(doc: Document): StyleView | null {
  const view = doc.defaultView as unknown as StyleView | null;
  return view && typeof view.getComputedStyle === 'function' ? view : null;
}
