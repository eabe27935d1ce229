// Brings a statement into view and flashes its highlight (the popup's "go to statement").
import { MARK_TAG } from './tags';

const FLASH_MS = 1200;
/** Long enough for a smooth scroll to have moved the page at all, short enough that a reader still waits. */
const SMOOTH_CHECK_MS = 700;

/** Returns false when the statement has no highlight on the page. */
export function scrollToStatement(doc: Document, id: string): boolean {
  const marks = [...doc.querySelectorAll(MARK_TAG)].filter((m) => m.getAttribute('data-wsw-id') === id);
  const first = marks[0];
  if (!first) return false;
  const behavior = scrollBehaviour(doc);
  const view = doc.defaultView;
  const startY = view?.scrollY;
  first.scrollIntoView?.({ behavior, block: 'center' });
  if (behavior === 'smooth' && view) {
    // A browser may drop a smooth scroll it cannot animate (the tab hidden or its frames throttled the moment it
    // starts); the reader would see nothing happen. If the page has not moved and the statement is still out of
    // view, jump. A page that moved (the scroll ran, or the reader scrolled) is left alone.
    view.setTimeout(() => {
      if (view.scrollY === startY && !inView(first, view)) first.scrollIntoView?.({ behavior: 'auto', block: 'center' });
    }, SMOOTH_CHECK_MS);
  }
  for (const m of marks) m.setAttribute('data-wsw-flash', '');
  setTimeout(() => marks.forEach((m) => m.removeAttribute('data-wsw-flash')), FLASH_MS);
  return true;
}

function inView(element: Element, view: Window): boolean {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= view.innerHeight;
}

/**
 * Smooth, unless the reader asked for less motion or the tab is hidden: browsers do not run a smooth scroll in a
 * hidden tab, so the page would still be at the top when the reader comes back to it.
 */
export function scrollBehaviour(doc: Document): ScrollBehavior {
  if (doc.visibilityState === 'hidden') return 'auto';
  const view = doc.defaultView;
  return view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}
