import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StatementView } from '../../src/messages';
import { CARD_TAG, createHoverCard } from '../../src/page/card';
import { placeCard, unionBox } from '../../src/page/card-position';
import { pageFrom } from './dom';

const HOSTILE = '<img src=x onerror=alert(1)>';
const putin: StatementView = {
  id: 'a1', kind: 'direct', stance: 'claim', cue: 'said',
  excerpt: 'The complete defeat of our enemy along Kursk’s border region creates the right conditions',
  speaker: { name: 'Vladimir Putin', type: 'person', role: 'President of Russia', mention: 'Vladimir Putin' },
};
const ukraine: StatementView = {
  id: 'a2', kind: 'direct', stance: 'deny', cue: 'said', respondsTo: 'a1',
  excerpt: 'The statements of representatives of the high command of the aggressor country … are not true.',
  speaker: { name: 'Ukraine', type: 'government', mention: 'Ukraine' },
};
const hostile: StatementView = {
  id: 'a3', kind: 'direct', stance: 'claim', cue: `said ${HOSTILE}`,
  excerpt: `He wrote ${HOSTILE} and </wsw-mark><script>alert(2)</script> and "><svg onload=alert(3)>`,
  speaker: { name: `<b>${HOSTILE}</b>`, type: 'person', role: '"><svg onload=alert(4)>', mention: 'x' },
};

function setup() {
  const doc = pageFrom(`<article><p>Putin said, “<wsw-mark data-wsw-id="a1">The complete defeat</wsw-mark>.”</p>
    <p>Ukraine said, “<wsw-mark data-wsw-id="a2">not true</wsw-mark>.”</p><p><wsw-mark data-wsw-id="a3">hostile</wsw-mark></p></article>`);
  const controller = new AbortController();
  const statements = new Map([putin, ukraine, hostile].map((s) => [s.id, s]));
  const card = createHoverCard({ doc, lookup: (id) => statements.get(id), signal: controller.signal });
  const mark = (id: string) => doc.querySelector(`wsw-mark[data-wsw-id="${id}"]`)!;
  const fire = (target: EventTarget, type: string, extra: Record<string, unknown> = {}) => {
    const view = doc.defaultView as unknown as { Event: typeof Event };
    const event = new view.Event(type, { bubbles: true });
    Object.assign(event, extra);
    target.dispatchEvent(event);
  };
  return { doc, card, controller, mark, fire };
}

afterEach(() => vi.useRealTimers());

/** The card's visible text (a shadow root's own textContent is null by the DOM spec's letter in linkedom). */
const cardText = (doc: Document): string => doc.querySelector('[data-wsw-card]')!.shadowRoot!.querySelector('.card')!.textContent!;

describe('hover card', () => {
  it('shows speaker, type, role, cue, stance and excerpt on hover, in an open shadow root of [data-wsw-card]', () => {
    const { doc, mark, fire } = setup();
    fire(mark('a1'), 'mouseover');
    const host = doc.querySelector('[data-wsw-card]')!;
    expect(host.tagName.toLowerCase()).toBe(CARD_TAG);
    const text = cardText(doc);
    for (const part of ['Vladimir Putin', 'person', 'President of Russia', '“said”', 'direct', 'claim', 'The complete defeat of our enemy']) expect(text).toContain(part);
  });

  it('shows for a denial the statement it answers', () => {
    const { doc, mark, fire } = setup();
    fire(mark('a2'), 'mouseover');
    const text = cardText(doc);
    expect(text).toContain('denial');
    expect(text).toContain('Denies: ');
    expect(text).toContain('The complete defeat of our enemy');
    expect(text).toContain('(Vladimir Putin)');
  });

  it('renders hostile page text as literal text: no element is injected', () => {
    const { doc, mark, fire } = setup();
    fire(mark('a3'), 'mouseover');
    const shadow = doc.querySelector('[data-wsw-card]')!.shadowRoot!;
    expect(shadow.querySelectorAll('img, script, svg, b')).toHaveLength(0);
    expect(cardText(doc)).toContain(HOSTILE);
    expect(cardText(doc)).toContain('</wsw-mark><script>alert(2)</script>');
    expect(cardText(doc)).toContain('"><svg onload=alert(4)>');
    expect(doc.querySelectorAll('img, svg')).toHaveLength(0);
  });

  it('opens on keyboard focus and closes on Escape', () => {
    const { doc, mark, fire } = setup();
    fire(mark('a1'), 'focusin');
    expect(doc.querySelector('[data-wsw-card]')).not.toBeNull();
    fire(doc, 'keydown', { key: 'Escape' });
    expect(doc.querySelector('[data-wsw-card]')).toBeNull();
  });

  it('closes shortly after the mouse leaves the highlight', () => {
    vi.useFakeTimers();
    const { doc, mark, fire } = setup();
    fire(mark('a1'), 'mouseover');
    fire(mark('a1'), 'mouseout', { relatedTarget: doc.body });
    expect(doc.querySelector('[data-wsw-card]')).not.toBeNull();
    vi.advanceTimersByTime(500);
    expect(doc.querySelector('[data-wsw-card]')).toBeNull();
  });

  it('shows one card at a time and removes it when the signal aborts', () => {
    const { doc, mark, fire, controller } = setup();
    fire(mark('a1'), 'mouseover');
    fire(mark('a2'), 'mouseover');
    expect(doc.querySelectorAll('[data-wsw-card]')).toHaveLength(1);
    controller.abort();
    expect(doc.querySelector('[data-wsw-card]')).toBeNull();
    fire(mark('a1'), 'mouseover');
    expect(doc.querySelector('[data-wsw-card]')).toBeNull();
  });
});

describe('card placement', () => {
  const view = { width: 1000, height: 800 };
  const card = { width: 300, height: 150 };
  const overlaps = (a: { top: number; bottom: number }, top: number) => top < a.bottom && top + card.height > a.top;

  it('goes below the highlight when it fits', () => {
    const target = { left: 100, top: 100, right: 400, bottom: 120 };
    const place = placeCard(target, 100, card, view);
    expect(place.above).toBe(false);
    expect(place.top).toBeGreaterThanOrEqual(120);
    expect(overlaps(target, place.top)).toBe(false);
  });

  it('flips above when there is no room below, and never covers the highlight', () => {
    const target = { left: 100, top: 700, right: 400, bottom: 720 };
    const place = placeCard(target, 100, card, view);
    expect(place.above).toBe(true);
    expect(place.top + card.height).toBeLessThanOrEqual(700);
    expect(overlaps(target, place.top)).toBe(false);
  });

  it('avoids every line of a statement that wraps over several lines', () => {
    const lines = [
      { left: 500, top: 300, right: 900, bottom: 320 },
      { left: 80, top: 322, right: 900, bottom: 342 },
      { left: 80, top: 344, right: 300, bottom: 364 },
    ];
    const target = unionBox(lines)!;
    const place = placeCard(target, 500, card, view);
    for (const line of lines) expect(overlaps(line, place.top)).toBe(false);
    expect(place.left + card.width).toBeLessThanOrEqual(view.width);
  });
});
