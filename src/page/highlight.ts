// Wraps statements in <wsw-mark> elements around text nodes only (never across element boundaries) and
// removes them again, restoring the page's text nodes as they were. The approach of the Hypothesis
// client's highlighter: split the first and last node at the range ends, wrap whole nodes, skip
// whitespace-only pieces; on removal move children back out and re-join only the nodes we split.
import type { TextRun } from './article-text-builder';
import { splitText } from './split-text';
import { MARK_TAG } from './tags';
import { textPiecesFor, type TextPiece } from './text-pieces';

export { MARK_TAG } from './tags';

export interface HighlightSpec {
  id: string;
  start: number;
  end: number;
  /** Palette slot per speaker ("0".."7"), or "none" for statements without a named speaker. */
  colour: string;
  denial: boolean;
}

const WHITESPACE_ONLY = /^[ \t\n\r\f]*$/;

export class Highlighter {
  private marks: Element[] = [];
  /** Text nodes our splits created: on removal each is joined back into the node before it. */
  private created = new WeakSet<Text>();

  constructor(private readonly doc: Document) {}

  get markCount(): number {
    return this.marks.length;
  }

  /**
   * Wraps one statement. Call in descending order of `start`: a split keeps the head in the original
   * node, so the offset map stays valid for every statement that comes earlier in the text.
   */
  wrap(runs: readonly TextRun[], spec: HighlightSpec): Element[] {
    const pieces = textPiecesFor(runs, spec.start, spec.end);
    const made: Element[] = [];
    for (let i = pieces.length - 1; i >= 0; i--) {
      const mark = this.wrapPiece(pieces[i]!, spec);
      if (mark) made.unshift(mark);
    }
    // One tab stop per statement, so keyboard users can reach the card without a stop per fragment.
    made[0]?.setAttribute('tabindex', '0');
    this.marks.push(...made);
    return made;
  }

  private wrapPiece(piece: TextPiece, spec: HighlightSpec): Element | null {
    let { node } = piece;
    const { start, end } = piece;
    const parent = node.parentNode;
    // The page may have changed since it was read (hydration): wrap only what still matches.
    if (!parent || !node.isConnected || end > node.data.length || start >= end) return null;
    if ((parent as Element).tagName?.toLowerCase() === MARK_TAG) return null; // overlapping statement
    if (WHITESPACE_ONLY.test(node.data.slice(start, end))) return null;
    if (end < node.data.length) this.created.add(splitText(node, end));
    if (start > 0) {
      node = splitText(node, start);
      this.created.add(node);
    }
    const mark = this.doc.createElement(MARK_TAG);
    mark.setAttribute('data-wsw-id', spec.id);
    mark.setAttribute('data-wsw-colour', spec.colour);
    if (spec.denial) mark.setAttribute('data-wsw-denial', '');
    parent.insertBefore(mark, node);
    mark.appendChild(node);
    return mark;
  }

  /** Removes every mark this highlighter made and re-joins the text nodes it split. */
  removeAll(): void {
    const parents = new Set<Node>();
    for (const mark of this.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parents.add(parent);
    }
    this.marks = [];
    for (const parent of parents) this.rejoin(parent);
  }

  private rejoin(parent: Node): void {
    let child = parent.firstChild;
    while (child) {
      const next = child.nextSibling;
      const prev = child.previousSibling;
      if (child.nodeType === 3 && this.created.has(child as Text) && prev && prev.nodeType === 3) {
        (prev as Text).data += (child as Text).data;
        parent.removeChild(child);
        this.created.delete(child as Text);
      }
      child = next;
    }
  }
}
