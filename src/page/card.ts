// The hover card: hovering or focusing a highlight shows who said it, next to the highlight (never over
// it); Escape or leaving closes it. It lives in an open shadow root of a host carrying data-wsw-card, so
// page CSS cannot restyle it. Every listener takes the caller's AbortSignal: teardown is one abort().
import type { StatementView } from '../messages';
import { buildCardContent } from './card-content';
import { placeCard, unionBox, type Box } from './card-position';
import { CARD_CSS } from './card-style';
import { CARD_TAG, MARK_TAG } from './tags';

export { CARD_TAG } from './tags';
const HIDE_DELAY_MS = 250;

export interface HoverCardOptions {
  doc: Document;
  /** The statement behind a highlight id, or undefined when it is gone (re-analysed page). */
  lookup: (id: string) => StatementView | undefined;
  signal: AbortSignal;
}

export interface HoverCard {
  show(mark: Element): void;
  hide(): void;
  /** The card's host element while it is shown (tests, e2e). */
  readonly host: HTMLElement | null;
}

/** A listener that can never throw into the page (an odd page DOM costs a card, not a console error). */
function guarded(listener: (event: Event) => void): (event: Event) => void {
  return (event) => {
    try {
      listener(event);
    } catch {
      // ignore: the card is a nicety
    }
  };
}

function markOf(target: EventTarget | null): Element | null {
  const node = target as Element | null;
  if (!node || typeof node.closest !== 'function') return null;
  return node.closest(MARK_TAG);
}

/** Styles the shadow root: a constructed sheet where allowed (not subject to page CSP), else <style>. */
function styleShadow(doc: Document, shadow: ShadowRoot): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    if (view && typeof view.CSSStyleSheet === 'function' && 'adoptedStyleSheets' in shadow) {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
      shadow.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    // Firefox content scripts may refuse a sheet from their own compartment: fall back below.
  }
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  shadow.appendChild(style);
}

function setImportant(el: HTMLElement, props: Record<string, string>): void {
  for (const [name, value] of Object.entries(props)) el.style.setProperty(name, value, 'important');
}

export function createHoverCard({ doc, lookup, signal }: HoverCardOptions): HoverCard {
  let host: HTMLElement | null = null;
  let shownId: string | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const cancelHide = (): void => {
    if (hideTimer !== undefined) clearTimeout(hideTimer);
    hideTimer = undefined;
  };
  const scheduleHide = (): void => {
    cancelHide();
    hideTimer = setTimeout(hide, HIDE_DELAY_MS);
  };

  function hide(): void {
    cancelHide();
    host?.remove();
    host = null;
    shownId = null;
  }

  function marksWithId(id: string): Element[] {
    return [...doc.querySelectorAll(MARK_TAG)].filter((m) => m.getAttribute('data-wsw-id') === id);
  }

  function show(mark: Element): void {
    if (signal.aborted) return;
    const id = mark.getAttribute('data-wsw-id');
    const statement = id ? lookup(id) : undefined;
    if (!id || !statement) return hide();
    cancelHide();
    if (shownId === id && host?.isConnected) return;
    hide();
    host = doc.createElement(CARD_TAG);
    host.setAttribute('data-wsw-card', '');
    setImportant(host, { all: 'initial', position: 'absolute', 'z-index': '2147483647', display: 'block', top: '0px', left: '0px' });
    const shadow = host.attachShadow({ mode: 'open' });
    styleShadow(doc, shadow);
    const answered = statement.respondsTo ? lookup(statement.respondsTo) : undefined;
    shadow.appendChild(buildCardContent(doc, statement, answered));
    host.addEventListener('mouseenter', cancelHide, { signal });
    host.addEventListener('mouseleave', scheduleHide, { signal });
    (doc.documentElement ?? doc.body).appendChild(host);
    shownId = id;
    position(mark, id);
  }

  function position(mark: Element, id: string): void {
    if (!host || typeof mark.getBoundingClientRect !== 'function') return;
    const view = doc.defaultView;
    const boxes: Box[] = marksWithId(id).flatMap((m) => (typeof m.getClientRects === 'function' ? [...m.getClientRects()] : []));
    const target = unionBox(boxes) ?? mark.getBoundingClientRect();
    const size = host.getBoundingClientRect();
    const place = placeCard(target, mark.getBoundingClientRect().left, size, {
      width: view?.innerWidth ?? 1024,
      height: view?.innerHeight ?? 768,
    });
    setImportant(host, {
      left: `${place.left + (view?.scrollX ?? 0)}px`,
      top: `${place.top + (view?.scrollY ?? 0)}px`,
    });
    host.setAttribute('data-wsw-placement', place.above ? 'above' : 'below');
  }

  const onOver = (event: Event): void => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  };
  const onOut = (event: Event): void => {
    const from = markOf(event.target);
    if (!from) return;
    const to = (event as MouseEvent).relatedTarget as Node | null;
    if (to && (markOf(to)?.getAttribute('data-wsw-id') === shownId || (host && host.contains(to)) || to === host)) return;
    scheduleHide();
  };
  const onFocusIn = (event: Event): void => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  };
  const onFocusOut = (event: Event): void => {
    if (markOf(event.target)) scheduleHide();
  };
  const onKey = (event: Event): void => {
    if ((event as KeyboardEvent).key === 'Escape' && host) hide();
  };

  doc.addEventListener('mouseover', guarded(onOver), { signal, passive: true });
  doc.addEventListener('mouseout', guarded(onOut), { signal, passive: true });
  doc.addEventListener('focusin', guarded(onFocusIn), { signal });
  doc.addEventListener('focusout', guarded(onFocusOut), { signal });
  doc.addEventListener('keydown', guarded(onKey), { signal });
  signal.addEventListener('abort', hide, { once: true });

  return {
    show,
    hide,
    get host() {
      return host;
    },
  };
}
