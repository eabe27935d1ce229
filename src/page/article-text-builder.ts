// Builds the engine's input from text nodes, collapsing whitespace as a reader sees it, and records for
// every stretch of output text the text node and offset it came from (the offset map).
import type { Span } from '../core/types';

/** A stretch of output text copied verbatim from one text node: text[start+i] === node.data[nodeOffset+i]. */
export interface TextRun {
  start: number;
  length: number;
  node: Text;
  nodeOffset: number;
}

/** Blocks whose text is mostly link text are link lists ("Read more: …"), not prose. */
const MAX_LINK_SHARE = 0.5;
const BLOCK_SEPARATOR = '\n\n';
const WORD = /[^ \t\n\r\f]+/g;

export class ArticleTextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly runs: TextRun[] = [];
  readonly blocks: Span[] = [];
  /** Inside an <a>: its words count towards the block's link share. */
  linkDepth = 0;
  private blockStart = -1;
  private rollback = { length: 0, parts: 0, runs: 0 };
  private linkChars = 0;
  /** Whitespace seen since the last word; becomes one space if another word follows in this block. */
  private pendingSpace: { node: Text | null; offset: number } | null = null;

  get text(): string {
    return this.parts.join('');
  }

  addTextNode(node: Text): void {
    const data = node.data;
    let lastEnd = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(data); m; m = WORD.exec(data)) {
      if (m.index > lastEnd) this.noteSpace(node, lastEnd);
      this.emitWord(node, m.index, m.index + m[0].length);
      lastEnd = m.index + m[0].length;
    }
    if (lastEnd < data.length) this.noteSpace(node, lastEnd);
  }

  /** <br> reads as a space, so a quote broken over two lines stays one sentence. */
  addLineBreak(): void {
    this.noteSpace(null, 0);
  }

  /** Closes the current block; drops it when it is mostly links. `keep` spares the headline. */
  endBlock(keep = false): void {
    this.pendingSpace = null;
    if (this.blockStart < 0) return;
    const chars = this.length - this.blockStart;
    if (!keep && this.linkChars > chars * MAX_LINK_SHARE) {
      this.parts.length = this.rollback.parts;
      this.runs.length = this.rollback.runs;
      this.length = this.rollback.length;
    } else {
      this.blocks.push({ start: this.blockStart, end: this.length });
    }
    this.blockStart = -1;
    this.linkChars = 0;
  }

  private noteSpace(node: Text | null, offset: number): void {
    if (this.blockStart >= 0 && !this.pendingSpace) this.pendingSpace = { node, offset };
  }

  private emitWord(node: Text, from: number, to: number): void {
    if (this.blockStart < 0) {
      this.rollback = { length: this.length, parts: this.parts.length, runs: this.runs.length };
      if (this.length > 0) this.push(BLOCK_SEPARATOR);
      this.blockStart = this.length;
    } else if (this.pendingSpace) {
      const space = this.pendingSpace;
      if (space.node) this.addRun(space.node, space.offset, 1);
      this.push(' ');
    }
    this.pendingSpace = null;
    this.addRun(node, from, to - from);
    this.push(node.data.slice(from, to));
    if (this.linkDepth > 0) this.linkChars += to - from;
  }

  private addRun(node: Text, nodeOffset: number, length: number): void {
    const last = this.runs[this.runs.length - 1];
    if (last && last.node === node && last.start + last.length === this.length && last.nodeOffset + last.length === nodeOffset) {
      last.length += length;
    } else {
      this.runs.push({ start: this.length, length, node, nodeOffset });
    }
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }
}
