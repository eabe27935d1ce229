// Marks left by an earlier copy of the content script (the extension was updated or reloaded while the
// page stayed open): unwrapped before this copy starts, so highlights never double up.
import { CARD_TAG, MARK_TAG } from './tags';

/**
 * Marks and a card left by an earlier copy of the content script (Firefox drops an unloaded script's
 * sandbox without letting it clean up): unwrap the marks and normalize, remove the card.
 */
export function removeStrayMarks(doc: Document): void {
  for (const card of doc.querySelectorAll(CARD_TAG)) card.remove();
  for (const mark of doc.querySelectorAll(MARK_TAG)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}
