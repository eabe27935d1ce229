// Counting what a successful injection would leave behind: elements a page's text could become if the
// extension ever parsed it as HTML. Looks into the document, open shadow roots and same-origin frames.
import type { Frame, Page } from 'puppeteer-core';

export interface ElementCounts {
  img: number;
  svg: number;
  script: number;
  /** Elements carrying an inline event handler attribute (onerror=, onload=, …). */
  handlers: number;
}

/** Counts in one frame's document, including the open shadow roots in it. */
export function countInjectable(target: Page | Frame): Promise<ElementCounts> {
  return target.evaluate(() => {
    const counts = { img: 0, svg: 0, script: 0, handlers: 0 };
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        const tag = element.tagName.toLowerCase();
        if (tag === 'img') counts.img++;
        if (tag === 'svg') counts.svg++;
        if (tag === 'script') counts.script++;
        if ([...element.attributes].some((a) => /^on/i.test(a.name))) counts.handlers++;
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return counts;
  });
}

/** Counts in the page and each of its frames that we can read, keyed by frame URL/name. */
export async function countInjectableEverywhere(page: Page): Promise<Record<string, ElementCounts>> {
  const result: Record<string, ElementCounts> = {};
  for (const [i, frame] of page.frames().entries()) {
    try {
      result[`${i}:${frame.url()}`] = await countInjectable(frame);
    } catch {
      // A frame that went away or is not scriptable: nothing of ours can be in it either.
    }
  }
  return result;
}
