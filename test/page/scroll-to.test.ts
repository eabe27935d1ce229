// The popup's "go to statement": which scroll the page gets.
import { describe, expect, it } from 'vitest';
import { scrollBehaviour } from '../../src/page/scroll-to';

/** A document stand-in with the two things scrollBehaviour reads. */
function doc(visibilityState: 'visible' | 'hidden', reducedMotion: boolean): Document {
  const matchMedia = (query: string) => ({ matches: reducedMotion && query.includes('prefers-reduced-motion: reduce') });
  return { visibilityState, defaultView: { matchMedia } } as unknown as Document;
}

describe('scrolling to a statement', () => {
  it('scrolls smoothly on a visible page', () => {
    expect(scrollBehaviour(doc('visible', false))).toBe('smooth');
  });

  it('jumps when the reader asks for reduced motion', () => {
    expect(scrollBehaviour(doc('visible', true))).toBe('auto');
  });

  it('jumps when the tab is hidden, where browsers do not run a smooth scroll', () => {
    expect(scrollBehaviour(doc('hidden', false))).toBe('auto');
  });
});
