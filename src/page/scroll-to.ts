// Brings a statement into view and flashes its highlight (the popup's "go to statement").
import { MARK_TAG } from './tags';

const FLASH_MS = 1200;

/** Returns false when the statement has no highlight on the page. */
export function scrollToStatement(doc: Document, id: string): boolean {
  const marks = [...doc.querySelectorAll(MARK_TAG)].filter((m) => m.getAttribute('data-wsw-id') === id);
  const first = marks[0];
  if (!first) return false;
  first.scrollIntoView?.({ behavior: scrollBehaviour(doc), block: 'center' });
  for (const m of marks) m.setAttribute('data-wsw-flash', '');
  setTimeout(() => marks.forEach((m) => m.removeAttribute('data-wsw-flash')), FLASH_MS);
  return true;
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
