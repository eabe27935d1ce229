// The demo article page, built at serve time from the seed article in ../shared (never copied into
// the repo). It is dressed as a news page — site header and menu, a related-stories box, a footer —
// so the demo and the e2e tests also show that the extension reads only the article.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..');

/** Where shared/ lives: beside the checkout (../shared) unless WSW_SHARED_DIR says otherwise. */
export function sharedDir() {
  return process.env.WSW_SHARED_DIR ? resolve(process.env.WSW_SHARED_DIR) : resolve(repoRoot, '..', 'shared');
}

export const SEED_ARTICLE = 'seed/kursk-article.txt';
export const DEMO_PATH = '/demo/kursk.html';
export const DEMO_TITLE = 'North Korean troops in the Kursk region';

/** The seed article's paragraphs, exactly as the text file has them (blank-line separated). */
export function readSeedParagraphs() {
  const text = readFileSync(resolve(sharedDir(), SEED_ARTICLE), 'utf8');
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A short line without closing punctuation is a subheading ("Russia says reclaimed Kursk region, Kyiv denies"). */
function isSubheading(paragraph) {
  return paragraph.length < 90 && !/[.!?”"')]$/.test(paragraph) && !paragraph.startsWith('(');
}

export function buildDemoPage(paragraphs = readSeedParagraphs()) {
  const body = paragraphs
    .map((p) => (isSubheading(p) ? `<h2>${escapeHtml(p)}</h2>` : `<p>${escapeHtml(p)}</p>`))
    .join('\n      ');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(DEMO_TITLE)} — Demo News</title>
  <style>
    body { margin: 0; font: 18px/1.6 Georgia, serif; color: #222; background: #fafaf7; }
    .site-header, .site-footer { font: 14px/1.4 system-ui, sans-serif; background: #1f2937; color: #e5e7eb; padding: 10px 24px; }
    .site-header nav a, .site-footer a { color: #e5e7eb; margin-right: 14px; }
    .layout { display: flex; gap: 32px; max-width: 1060px; margin: 0 auto; padding: 24px; }
    article { flex: 1 1 680px; max-width: 680px; }
    article h1 { font-size: 34px; line-height: 1.2; margin: 0 0 8px; }
    .byline { font: 14px system-ui, sans-serif; color: #666; margin-bottom: 24px; }
    aside { flex: 0 0 260px; font: 14px/1.4 system-ui, sans-serif; }
    aside li { margin-bottom: 10px; }
  </style>
</head>
<body>
  <header class="site-header">
    <strong>Demo News</strong>
    <nav aria-label="Sections"><a href="/">World</a><a href="/">Politics</a><a href="/">Business</a><a href="/">Opinion</a></nav>
  </header>
  <div class="layout">
    <main>
      <article>
        <h1>${escapeHtml(DEMO_TITLE)}</h1>
        <p class="byline">Demo page for Who Said What · text: the project's seed article</p>
      ${body}
      </article>
    </main>
    <aside aria-label="Related stories">
      <h3>More from World</h3>
      <ul>
        <li><a href="/">Markets close higher ahead of holiday</a></li>
        <li><a href="/">Weather: storm front moves east</a></li>
        <li><a href="/">Five recipes for a cold evening</a></li>
      </ul>
    </aside>
  </div>
  <footer class="site-footer">© Demo News · <a href="/">About</a> · <a href="/">Contact</a></footer>
</body>
</html>
`;
}
