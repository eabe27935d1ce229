// The popup's "go to statement": which scroll the page gets.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scrollBehaviour, scrollToStatement } from '../../src/page/scroll-to';

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

/**
 * A page with one highlighted statement below the fold. `smoothRuns` says whether the browser carries out a smooth
 * scroll; an instant one always lands. Records every scrollIntoView call.
 */
function pageWithStatement(smoothRuns: boolean) {
  const calls: ScrollBehavior[] = [];
  const view = { scrollY: 0, innerHeight: 800, setTimeout: (f: () => void, ms: number) => setTimeout(f, ms), matchMedia: () => ({ matches: false }) };
  const markTop = 3000;
  const mark = {
    getAttribute: (name: string) => (name === 'data-wsw-id' ? 's3' : null),
    setAttribute: () => {},
    removeAttribute: () => {},
    getBoundingClientRect: () => ({ top: markTop - view.scrollY, bottom: markTop + 40 - view.scrollY }),
    scrollIntoView: ({ behavior }: ScrollIntoViewOptions) => {
      calls.push(behavior ?? 'auto');
      if (behavior !== 'smooth' || smoothRuns) view.scrollY = markTop - 380;
    },
  };
  const doc = { visibilityState: 'visible', defaultView: view, querySelectorAll: () => [mark] } as unknown as Document;
  return { doc, calls, view };
}

describe('going to a statement from the popup', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('scrolls smoothly once when the browser runs the smooth scroll', () => {
    vi.useFakeTimers();
    const { doc, calls, view } = pageWithStatement(true);
    expect(scrollToStatement(doc, 's3')).toBe(true);
    vi.advanceTimersByTime(2000);
    expect(calls).toEqual(['smooth']);
    expect(view.scrollY).toBeGreaterThan(0);
  });

  it('jumps to the statement when the browser dropped the smooth scroll and the page never moved', () => {
    vi.useFakeTimers();
    const { doc, calls, view } = pageWithStatement(false);
    scrollToStatement(doc, 's3');
    expect(view.scrollY).toBe(0);
    vi.advanceTimersByTime(2000);
    expect(calls).toEqual(['smooth', 'auto']);
    expect(view.scrollY).toBeGreaterThan(0);
  });

  it('leaves the page alone when the reader scrolled elsewhere meanwhile', () => {
    vi.useFakeTimers();
    const { doc, calls, view } = pageWithStatement(false);
    scrollToStatement(doc, 's3');
    view.scrollY = 120;
    vi.advanceTimersByTime(2000);
    expect(calls).toEqual(['smooth']);
    expect(view.scrollY).toBe(120);
  });

  it('answers false for a statement with no highlight', () => {
    const { doc } = pageWithStatement(true);
    expect(scrollToStatement(doc, 'nope')).toBe(false);
  });
});
