// Marks left by an earlier copy of the content script (the extension was updated or reloaded while the
// page stayed open): unwrapped before this copy starts, so highlights never double up.
import { MARK_TAG } from './tags';

/** Marks left by an earlier copy of the content script (extension reloaded): unwrap and normalize. */
export function removeStrayMarks(doc: Document): void {
  for (const mark of doc.querySelectorAll(MARK_TAG)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}
