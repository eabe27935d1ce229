// Where the card goes: below the statement's highlight if it fits in the viewport, else above it; never
// over it. Pure geometry on viewport rectangles, so it is tested without a layout engine.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Viewport {
  width: number;
  height: number;
}

const GAP = 6;
const MARGIN = 8;

/** The box around all of a statement's fragments (a quote can wrap over lines and paragraphs). */
export function unionBox(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  let { left, top, right, bottom } = boxes[0]!;
  for (const b of boxes) {
    left = Math.min(left, b.left);
    top = Math.min(top, b.top);
    right = Math.max(right, b.right);
    bottom = Math.max(bottom, b.bottom);
  }
  return { left, top, right, bottom };
}

/** Viewport position of the card's top-left corner for a highlight occupying `target`. */
export function placeCard(target: Box, anchorLeft: number, card: { width: number; height: number }, view: Viewport): { left: number; top: number; above: boolean } {
  const below = target.bottom + GAP;
  const above = target.top - GAP - card.height;
  const fitsBelow = below + card.height <= view.height - MARGIN;
  const placeAbove = !fitsBelow && above >= MARGIN;
  const maxLeft = Math.max(MARGIN, view.width - card.width - MARGIN);
  const left = Math.min(Math.max(anchorLeft, MARGIN), maxLeft);
  return { left, top: placeAbove ? above : below, above: placeAbove };
}
