// Brings a statement into view and flashes its highlight (the popup's "go to statement").
import { MARK_TAG } from './tags';

const FLASH_MS = 1200;

/** Returns false when the statement has no highlight on the page. */
export function scrollToStatement(doc: Document, id: string): boolean {
  const marks = [...doc.querySelectorAll(MARK_TAG)].filter((m) => m.getAttribute('data-wsw-id') === id);
  const first = marks[0];
  if (!first) return false;
  first.scrollIntoView?.({ behavior: 'smooth', block: 'center' });
  for (const m of marks) m.setAttribute('data-wsw-flash', '');
  setTimeout(() => marks.forEach((m) => m.removeAttribute('data-wsw-flash')), FLASH_MS);
  return true;
}
