import { afterEach, describe, expect, it } from 'vitest';
import { buildDemoPage } from '../../demo/demo-page.mjs';
import { isContentState, type ContentState } from '../../src/messages';
import { MARK_TAG } from '../../src/page/highlight';
import type { ContentController } from '../../src/content/content-script';
import {
  OTHER_TAB_CONTENT_SCRIPT, POPUP, POPUP_IN_TAB, fakeExtension, fakePage, sleep, start, waitFor,
  type FakePage,
} from './fake-extension';

const NO_ARTICLE = `<!doctype html><html><head><title>Home</title></head><body><header><nav><a href="/">Home</a></nav></header>
  <ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/s${i}">Story ${i}</a></li>`).join('')}</ul></body></html>`;

const running: ContentController[] = [];
afterEach(() => {
  for (const c of running.splice(0)) c.teardown();
});

function launch(page: FakePage, ext = fakeExtension(), extra = {}) {
  const controller = start(page, ext, extra);
  running.push(controller);
  return { controller, ext };
}

const marks = (page: FakePage) => [...page.doc.querySelectorAll(MARK_TAG)];
const markIds = (page: FakePage) => new Set(marks(page).map((m) => m.getAttribute('data-wsw-id')));

describe('content script', () => {
  it('highlights the demo article by itself and reports the count to the background', async () => {
    const page = fakePage(buildDemoPage());
    const { controller, ext } = launch(page);
    await controller.done;
    const state = controller.state();
    expect(state.status).toBe('done');
    expect(state.statements.length).toBeGreaterThan(0);
    expect(markIds(page).size).toBeGreaterThan(0);
    expect(ext.sent.at(-1)).toEqual({ type: 'wsw:content-count', count: state.statements.length });
    expect(page.doc.documentElement.getAttribute('data-wsw-status')).toBe('done');
    expect(isContentState(state)).toBe(true);
  });

  it('every listed statement can be scrolled to: highlighted, or inside a highlighted one', async () => {
    const page = fakePage(buildDemoPage());
    const { controller, ext } = launch(page);
    await controller.done;
    for (const statement of controller.state().statements) {
      for (const m of marks(page)) m.removeAttribute('data-wsw-flash');
      await ext.deliver({ type: 'wsw:popup-scroll-to', id: statement.id });
      expect(marks(page).some((m) => m.hasAttribute('data-wsw-flash')), statement.id).toBe(true);
    }
  });

  it('highlights nothing in the site header, menu, related stories or footer', async () => {
    const page = fakePage(buildDemoPage());
    const { controller } = launch(page);
    await controller.done;
    for (const mark of marks(page)) expect(mark.closest('article')).not.toBeNull();
  });

  it('stays idle on a page without an article and never loads the engine', async () => {
    const page = fakePage(NO_ARTICLE);
    let loaded = 0;
    const { controller, ext } = launch(page, fakeExtension(), { loadWorker: () => (loaded++, Promise.reject(new Error('loaded'))) });
    await controller.done;
    expect(controller.state().status).toBe('no-article');
    expect(loaded).toBe(0);
    expect(ext.sent.at(-1)).toEqual({ type: 'wsw:content-count', count: 0 });
  });

  it('in click mode waits for the popup’s run message', async () => {
    const page = fakePage(buildDemoPage());
    const { controller, ext } = launch(page, fakeExtension({ mode: 'click', neverSites: [] }));
    await controller.done;
    expect(controller.state().status).toBe('idle');
    expect(marks(page)).toHaveLength(0);
    const reply = (await ext.deliver({ type: 'wsw:popup-run' })) as ContentState;
    expect(reply.status).toBe('done');
    expect(marks(page).length).toBeGreaterThan(0);
  });

  it('never runs by itself on a site in neverSites (subdomains included)', async () => {
    const page = fakePage(buildDemoPage(), 'https://www.news.example/a');
    const { controller } = launch(page, fakeExtension({ mode: 'auto', neverSites: ['news.example'] }));
    await controller.done;
    expect(controller.state().status).toBe('idle');
    expect(marks(page)).toHaveLength(0);
  });

  it('answers get-state from the popup, also when the popup is opened as a tab', async () => {
    const page = fakePage(buildDemoPage());
    const { controller, ext } = launch(page);
    await controller.done;
    for (const sender of [POPUP, POPUP_IN_TAB]) {
      const reply = await ext.deliver({ type: 'wsw:popup-get-state' }, sender);
      expect(isContentState(reply)).toBe(true);
    }
  });

  it('ignores messages from web pages, other tabs, other extensions, and malformed ones', async () => {
    const page = fakePage(buildDemoPage());
    const { controller, ext } = launch(page);
    await controller.done;
    const before = marks(page).length;
    expect(ext.deliver({ type: 'wsw:popup-set-highlights', on: false }, OTHER_TAB_CONTENT_SCRIPT)).toBeUndefined();
    expect(ext.deliver({ type: 'wsw:popup-set-highlights', on: false }, { id: 'another-extension' })).toBeUndefined();
    expect(ext.deliver({ type: 'wsw:popup-set-highlights', on: 'no' })).toBeUndefined();
    expect(ext.deliver({ type: 'wsw:popup-scroll-to', id: 'x'.repeat(500) })).toBeUndefined();
    expect(ext.deliver('wsw:popup-run')).toBeUndefined();
    expect(marks(page)).toHaveLength(before);
  });

  it('never listens to window.postMessage', async () => {
    const page = fakePage(buildDemoPage());
    const { controller } = launch(page);
    await controller.done;
    expect(page.windowListeners).not.toContain('message');
  });

  it('turning highlights off restores the page exactly; on again highlights once', async () => {
    const page = fakePage(buildDemoPage());
    const pristine = page.doc.body.innerHTML;
    const { controller, ext } = launch(page);
    await controller.done;
    const count = marks(page).length;
    const off = (await ext.deliver({ type: 'wsw:popup-set-highlights', on: false })) as ContentState;
    expect(off.highlightsOn).toBe(false);
    expect(page.doc.body.innerHTML).toBe(pristine);
    expect(ext.sent.at(-1)).toEqual({ type: 'wsw:content-count', count: 0 });
    await ext.deliver({ type: 'wsw:popup-set-highlights', on: true });
    expect(marks(page)).toHaveLength(count);
  });

  it('turning highlights off while they are still being painted leaves none behind', async () => {
    const paragraph = '<p>Vladimir Putin said, “The complete defeat of our enemy along the border creates the right conditions.”</p>';
    const page = fakePage(`<!doctype html><html><head><title>Long</title></head><body><article>${paragraph.repeat(300)}</article></body></html>`);
    const pristine = page.doc.body.innerHTML;
    const ext = fakeExtension();
    const controller = start(page, ext, { budgets: { readMs: 1000, analyseMs: 1000, highlightMs: 5000, sliceMs: 0.01 } });
    running.push(controller);
    await waitFor(() => marks(page).length > 0, 5000);
    await ext.deliver({ type: 'wsw:popup-set-highlights', on: false });
    await controller.done;
    await sleep(20);
    expect(marks(page)).toHaveLength(0);
    expect(page.doc.body.innerHTML).toBe(pristine);
    expect(controller.state().highlightsOn).toBe(false);
  });

  it('running again never duplicates highlights', async () => {
    const page = fakePage(buildDemoPage());
    const { controller, ext } = launch(page);
    await controller.done;
    const count = marks(page).length;
    await ext.deliver({ type: 'wsw:popup-run' });
    await Promise.all([ext.deliver({ type: 'wsw:popup-run' }), ext.deliver({ type: 'wsw:popup-run' })]);
    expect(marks(page)).toHaveLength(count);
    expect(page.doc.querySelectorAll(`${MARK_TAG} ${MARK_TAG}`)).toHaveLength(0);
  });

  it('scroll-to flashes the statement’s highlight', async () => {
    const page = fakePage(buildDemoPage());
    const { controller, ext } = launch(page);
    await controller.done;
    const id = controller.state().statements[0]!.id;
    const reply = await ext.deliver({ type: 'wsw:popup-scroll-to', id });
    expect(isContentState(reply)).toBe(true);
    const flashed = marks(page).filter((m) => m.hasAttribute('data-wsw-flash'));
    expect(flashed.length).toBeGreaterThan(0);
    expect(flashed.every((m) => m.getAttribute('data-wsw-id') === id)).toBe(true);
  });

  it('analyses text that arrives later once the page settles, without duplicates', async () => {
    const page = fakePage(buildDemoPage());
    const { controller } = launch(page);
    await controller.done;
    const before = controller.state().statements.length;
    const p = page.doc.createElement('p');
    p.textContent = 'Kremlin spokesman Dmitry Peskov told reporters, “The operation in the Kursk region is complete and our troops hold every position.”';
    page.doc.querySelector('article')!.appendChild(p);
    await waitFor(() => controller.state().statements.length > before);
    await sleep(60);
    expect(p.querySelector(MARK_TAG)).not.toBeNull();
    expect(p.querySelectorAll(MARK_TAG)).toHaveLength(1);
    expect(page.doc.querySelectorAll(`${MARK_TAG} ${MARK_TAG}`)).toHaveLength(0);
  });

  it('does not re-run for its own highlight and card changes', async () => {
    const page = fakePage(buildDemoPage());
    const { controller, ext } = launch(page);
    await controller.done;
    const reports = ext.sent.length;
    const view = page.doc.defaultView as unknown as { Event: typeof Event };
    marks(page)[0]!.dispatchEvent(new view.Event('mouseover', { bubbles: true }));
    expect(page.doc.querySelector('[data-wsw-card]')).not.toBeNull();
    await sleep(100);
    expect(ext.sent.length).toBe(reports);
  });

  it('reads the article once a hidden page reveals itself by an attribute on <body>', async () => {
    const page = fakePage(buildDemoPage().replace('<body>', '<body hidden>'));
    const { controller } = launch(page);
    await controller.done;
    expect(controller.state().status).toBe('no-article');
    page.doc.body.removeAttribute('hidden');
    await waitFor(() => controller.state().status === 'done');
    expect(marks(page).length).toBeGreaterThan(0);
  });

  it('follows a single-page navigation to a page without an article', async () => {
    const page = fakePage(buildDemoPage());
    const { controller } = launch(page);
    await controller.done;
    page.doc.body.innerHTML = '<nav><a href="/">Home</a></nav><p>Loading…</p>';
    page.navigate('https://news.example/');
    await waitFor(() => controller.state().status === 'no-article');
    expect(controller.state().statements).toEqual([]);
  });

  it('removes its highlights and listeners quietly when the extension context is invalidated', async () => {
    const page = fakePage(buildDemoPage());
    const pristine = page.doc.body.innerHTML;
    const ext = fakeExtension();
    const { controller } = launch(page, ext);
    await controller.done;
    expect(marks(page).length).toBeGreaterThan(0);
    ext.alive = false;
    await waitFor(() => controller.signal.aborted);
    expect(page.doc.body.innerHTML).toBe(pristine);
    expect(page.doc.documentElement.hasAttribute('data-wsw-status')).toBe(false);
    expect(ext.deliver({ type: 'wsw:popup-get-state' })).toBeUndefined();
  });

  it('reports an error state instead of throwing when the engine cannot load', async () => {
    const page = fakePage(buildDemoPage());
    const { controller } = launch(page, fakeExtension(), { loadWorker: () => Promise.reject(new Error('chunk failed')) });
    await controller.done;
    expect(controller.state().status).toBe('error');
    expect(controller.state().detail).toContain('chunk failed');
  });

  it('stops a huge page after its time budget, says so, and still shows what it found', async () => {
    const paragraph = '<p>Vladimir Putin said, “The complete defeat of our enemy along the border creates the right conditions.”</p>';
    const page = fakePage(`<!doctype html><html><head><title>Huge</title></head><body><article>${paragraph.repeat(4000)}</article></body></html>`);
    const { controller } = launch(page, fakeExtension(), { budgets: { readMs: 1000, analyseMs: 1000, highlightMs: 5, sliceMs: 2 } });
    await controller.done;
    const state = controller.state();
    expect(state.status).toBe('done');
    expect(state.truncated).toBe(true);
    expect(marks(page).length).toBeGreaterThan(0);
    expect(markIds(page).size).toBeLessThan(4000);
  });

  it('leaves wsw:read, wsw:analyse, wsw:highlight and wsw:total on the performance timeline', async () => {
    performance.clearMeasures();
    const page = fakePage(buildDemoPage());
    const { controller } = launch(page);
    await controller.done;
    for (const name of ['wsw:read', 'wsw:analyse', 'wsw:highlight', 'wsw:total']) {
      expect(performance.getEntriesByName(name, 'measure').length, name).toBeGreaterThan(0);
    }
  });
});

describe('content script on a hostile page', () => {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const TRAPS = ['<img src=x onerror=alert(1)>', '</wsw-mark><script>alert(2)</script>', '"><svg onload=alert(3)>'];
  const hostilePage = () =>
    fakePage(`<!doctype html><html><head><title>Hostile</title></head><body><article><h1>Hostile quotes</h1>
      ${TRAPS.map((t) => `<p>The spokesman said, “${escape(t)} is what the attacker typed into the comment form,” according to police records.</p>`).join('\n')}
      <p>Vladimir Putin said, “The complete defeat of our enemy along Kursk's border region creates the right conditions.”</p>
    </article></body></html>`);

  it('keeps hostile quotes as literal text in the page and in the state, and injects no element', async () => {
    const page = hostilePage();
    const before = page.doc.body.textContent;
    const { controller } = launch(page);
    await controller.done;
    expect(page.doc.body.textContent).toBe(before);
    expect(page.doc.querySelectorAll('img, script, svg')).toHaveLength(0);
    const excerpts = controller.state().statements.map((s) => s.excerpt).join('\n');
    for (const trap of TRAPS) expect(excerpts).toContain(trap);
    const marked = marks(page).map((m) => m.textContent).join('');
    for (const trap of TRAPS) expect(marked).toContain(trap);
  });
});
