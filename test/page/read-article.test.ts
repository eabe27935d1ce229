import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/page/read-article';
import { textPiecesFor } from '../../src/page/text-pieces';
import { SEED, pageFrom } from './dom';

const newsPage = (articleInner: string): string => `
  <header class="site-header"><h1>Demo News</h1><nav><a href="/">Home</a> <a href="/world">“World” news</a></nav></header>
  <div class="layout">
    <article>
      <h1>Russia says reclaimed Kursk region, Kyiv denies</h1>
      ${articleInner}
    </article>
    <aside class="related"><h2>Related</h2><ul><li><a href="/x">Putin said “we will win” in a related story</a></li></ul></aside>
  </div>
  <div id="comments" class="comments"><p>A reader wrote: “this is a comment that quotes someone at length and should never be read”.</p></div>
  <footer class="site-footer"><p>“Footer slogan in quotes” © Demo News</p></footer>`;

/** The text of a span as the DOM shows it, read back through the offset map. */
function domTextOf(article: NonNullable<ReturnType<typeof readArticle>>, start: number, end: number): string {
  return textPiecesFor(article.runs, start, end)
    .map((p) => p.node.data.slice(p.start, p.end))
    .join('|');
}

describe('readArticle', () => {
  it('reads headline and paragraphs of the article, joined by blank lines', () => {
    const doc = pageFrom(newsPage(`<p>${SEED.putin}</p><p>${SEED.ukraine}</p><p>${SEED.reports}</p>`));
    const article = readArticle(doc)!;
    expect(article.text).toBe(['Russia says reclaimed Kursk region, Kyiv denies', SEED.putin, SEED.ukraine, SEED.reports].join('\n\n'));
    expect(article.root.tagName).toBe('ARTICLE');
    expect(article.bodyStart).toBe('Russia says reclaimed Kursk region, Kyiv denies\n\n'.length);
  });

  it('leaves out menus, site header, related stories, comments and footer', () => {
    const doc = pageFrom(newsPage(`<p>${SEED.putin}</p><p>${SEED.ukraine}</p>`));
    const text = readArticle(doc)!.text;
    for (const noise of ['Demo News', 'Home', 'World', 'Related', 'we will win', 'comment', 'Footer']) expect(text).not.toContain(noise);
  });

  it('keeps a link between words of a sentence whatever its class says ("position on <a class="meta-loc">Sudan</a> and", saved NYT page)', () => {
    const sudan = 'LONDON — After nearly 20 years of hostile relations, the American government plans to reverse its position on <a href="#" class="meta-loc">Sudan</a> and lift trade sanctions, Obama administration officials said late Thursday.';
    const doc = pageFrom(newsPage(`<p>${sudan}</p><p>${SEED.putin}</p><p>${SEED.ukraine}</p>`));
    expect(readArticle(doc)!.text).toContain('reverse its position on Sudan and lift trade sanctions');
  });

  it('leaves out hidden, template, noscript, script, style and editable elements', () => {
    const doc = pageFrom(
      newsPage(`<p>${SEED.putin}</p>
        <p hidden>Hidden paragraph said “hidden”.</p>
        <p aria-hidden="true">Aria hidden paragraph.</p>
        <p style="display: none">Inline display none.</p>
        <div style="visibility:hidden"><p>Invisible paragraph.</p></div>
        <template><p>Template paragraph.</p></template>
        <noscript><p>Noscript paragraph.</p></noscript>
        <script>var quote = "script text";</script><style>p { color: red }</style>
        <div contenteditable="true"><p>Editable paragraph someone is typing.</p></div>
        <textarea>Textarea text</textarea><input value="input text">
        <p>${SEED.ukraine}</p>`),
    );
    const text = readArticle(doc)!.text;
    for (const gone of ['Hidden', 'Aria', 'Inline', 'Invisible', 'Template', 'Noscript', 'script text', 'color', 'Editable', 'Textarea', 'input text']) {
      expect(text).not.toContain(gone);
    }
    expect(text).toContain(SEED.ukraine);
  });

  it('collapses whitespace as a reader sees it and reads <br> as a space', () => {
    const doc = pageFrom(newsPage(`<p>  Vladimir   Putin\n said,<br>“The complete defeat of our enemy\tcreates the right conditions.”  </p><p>${SEED.putin}</p><p>${SEED.reports}</p>`));
    const text = readArticle(doc)!.text;
    expect(text).toContain('\n\nVladimir Putin said, “The complete defeat of our enemy creates the right conditions.”\n\n');
  });

  it('maps text split across <a>, <em> and <br> back to the right text nodes', () => {
    const doc = pageFrom(
      newsPage(`<p>To this, <a href="/ukraine">Ukraine</a> has said, “The statements of <em>representatives of the high command</em> of the aggressor country<br>are not true.”</p><p>${SEED.putin}</p><p>${SEED.reports}</p>`),
    );
    const article = readArticle(doc)!;
    const quote = 'The statements of representatives of the high command of the aggressor country are not true.';
    const start = article.text.indexOf(quote);
    expect(start).toBeGreaterThan(0);
    expect(domTextOf(article, start, start + quote.length)).toBe('The statements of |representatives of the high command| of the aggressor country|are not true.');
    const name = article.text.indexOf('Ukraine has');
    expect(domTextOf(article, name, name + 'Ukraine'.length)).toBe('Ukraine');
  });

  it('maps a collapsed run of spaces inside one text node as one piece covering the run', () => {
    const doc = pageFrom(newsPage(`<p>Putin   said  “we   will win the war in the end, whatever it takes”.</p><p>${SEED.putin}</p><p>${SEED.reports}</p>`));
    const article = readArticle(doc)!;
    const start = article.text.indexOf('we will win');
    expect(domTextOf(article, start, start + 'we will win'.length)).toBe('we   will win');
  });

  it('returns null on a page without an article (a list of links)', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/s${i}">Story number ${i} about the Kursk region</a></li>`).join('');
    const doc = pageFrom(`<header><nav><a href="/">Home</a></nav></header><main><ul>${links}</ul></main><footer>© Demo</footer>`);
    expect(readArticle(doc)).toBeNull();
  });

  it('returns null when the article sits in a hidden container', () => {
    expect(readArticle(pageFrom(`<div style="display:none"><article><p>${SEED.putin}</p><p>${SEED.ukraine}</p></article></div>`))).toBeNull();
  });

  it('returns null on an empty page and on a page with a short note', () => {
    expect(readArticle(pageFrom(''))).toBeNull();
    expect(readArticle(pageFrom('<p>Page not found. The story you asked for was moved.</p>'))).toBeNull();
  });

  it('reads an article without <article>: the element with the most paragraph text wins', () => {
    const doc = pageFrom(`
      <div class="top"><p>Subscribe to our newsletter for a daily briefing in your inbox every single morning.</p></div>
      <div class="story-text"><p>${SEED.gerasimov}</p><p>${SEED.putin}</p><p>${SEED.ukraine}</p></div>
      <div class="teasers"><div class="teaser"><p>Another story: markets fell on Monday after a long weekend of trading.</p></div></div>`);
    const article = readArticle(doc)!;
    expect(article.text).toBe([SEED.gerasimov, SEED.putin, SEED.ukraine].join('\n\n'));
  });

  it('reads a body split into content blocks four levels above its paragraphs whole (saved Quanta page)', () => {
    const block = (inner: string) => `<div class="acf-content"><section class="outer"><div class="flex-auto"><div class="post__content__section"><div class="post__content">${inner}</div></div></div></section></div>`;
    const doc = pageFrom(`<div id="postBody">
      ${block(`<p>${SEED.gerasimov}</p><p>${SEED.reports}</p>`)}
      <div class="acf-figure"><figure><img src="x.png"><figcaption>The LGP-30 computer.</figcaption></figure></div>
      ${block(`<p>${SEED.putin}</p><p>${SEED.ukraine}</p><p>${SEED.reports}</p>`)}
    </div>`);
    const text = readArticle(doc)!.text;
    for (const paragraph of [SEED.gerasimov, SEED.putin, SEED.ukraine]) expect(text).toContain(paragraph);
  });

  it('reads the first paragraphs kept in the story’s wrapper above a "read more" box (saved Herald Sun page)', () => {
    const doc = pageFrom(`<div id="story"><div class="story-body">
      <div class="story-intro"><p>${SEED.reports}</p></div>
      <p>${SEED.gerasimov}</p><div class="share-tools"></div><p>${SEED.ukraine}</p>
      <div id="read-more"><div id="read-more-content"><p>${SEED.putin}</p><p>${SEED.putin}</p><p>${SEED.ukraine}</p><p>${SEED.gerasimov}</p></div></div>
    </div></div>`);
    const text = readArticle(doc)!.text;
    expect(text.startsWith(`${SEED.reports}\n\n${SEED.gerasimov}`)).toBe(true);
  });

  it('does not climb out of the <article> to same-classed site rows around it (saved CBS page)', () => {
    const doc = pageFrom(`<div class="container">
      <div class="row"><div class="row"><div class="col-12"><article class="content"><h1>Russia says reclaimed Kursk region, Kyiv denies</h1>
        <section><p>${SEED.gerasimov}</p><p>${SEED.putin}</p><p>${SEED.ukraine}</p></section></article></div></div>
        <div class="row"><ul><li><p>Latest galleries from around the world, picked by our editors</p></li>
          <li><p>Popular this week: the photographs our readers shared the most</p></li>
          <li><p>Space: a rocket launch seen from the beach at sunset on Friday</p></li></ul></div></div>
    </div>`);
    const article = readArticle(doc)!;
    expect(article.root.tagName).toBe('ARTICLE');
    expect(article.text).not.toContain('Latest galleries');
  });

  it('reads a paragraph whose linked name carries a pop-up card of story links, without the card (saved The Hill page)', () => {
    const card = '<span class="rollover-people-block"><span class="rollover-block"><img src="omar.jpg" alt=""><a class="name" href="/people/ilhan-omar">Ilhan Omar</a>'
      + '<a class="people-articles" href="/a">Hillicon Valley: Progressives oppose funding bill over surveillance authority</a> '
      + '<a class="people-articles" href="/b">Omar asks court to apply system of compassion in sentencing man convicted of threatening her</a><a class="more" href="/people/ilhan-omar">MORE</a></span></span>';
    const lead = 'A New York man pleaded guilty to charges he threatened to kill Rep. <span class="rollover-people"><a class="rollover-people-link" href="/people/ilhan-omar">Ilhan Omar</a>'
      + `${card}</span> (D-Minn.), the U.S. Attorney’s Office for the Western District of New York <a href="https://www.justice.gov/x">announced</a> Monday.`;
    const text = readArticle(pageFrom(newsPage(`<p>${lead}</p><p>${SEED.putin}</p><p>${SEED.ukraine}</p>`)))!.text;
    expect(text).toContain('threatened to kill Rep. Ilhan Omar (D-Minn.), the U.S. Attorney’s Office for the Western District of New York announced Monday.');
    expect(text).not.toContain('Hillicon');
  });

  it('drops link lists inside the article ("Read more" lines)', () => {
    const doc = pageFrom(newsPage(`<p>${SEED.putin}</p><p><a href="/more">READ MORE: Putin says “victory is near” in Kursk speech</a></p><p>${SEED.ukraine}</p>`));
    expect(readArticle(doc)!.text).not.toContain('READ MORE');
  });

  it('stops after its time budget and says so', () => {
    // Huge: beyond the work always done (so a busy machine never cuts a normal article short).
    const paragraphs = Array.from({ length: 5000 }, () => `<p>${SEED.reports} <em>Reuters</em></p>`).join('');
    let clock = 0;
    const article = readArticle(pageFrom(`<article>${paragraphs}</article>`), { budgetMs: 5, now: () => (clock += 0.5) })!;
    expect(article.truncated).toBe(true);
    expect(article.text.length).toBeGreaterThan(0);
    expect(article.blocks.length).toBeLessThan(5000);
  });

  it('reads a normal article whole however slow the clock runs', () => {
    const paragraphs = Array.from({ length: 300 }, () => `<p>${SEED.reports} <em>Reuters</em></p>`).join('');
    let clock = 0;
    const article = readArticle(pageFrom(`<article>${paragraphs}</article>`), { budgetMs: 5, now: () => (clock += 100) })!;
    expect(article.truncated).toBe(false);
    expect(article.blocks).toHaveLength(300);
  });
});

describe('readArticle on awkward pages', () => {
  it('does not throw on pages with shadow DOM hosts and iframes, and reads the light-DOM article', () => {
    const doc = pageFrom(`<article><p>${SEED.putin}</p><div id="host"></div><iframe srcdoc="<p>framed “quote” text</p>"></iframe><p>${SEED.ukraine}</p></article>`);
    const host = doc.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).appendChild(doc.createTextNode('Shadow text said “hidden from us”.'));
    const article = readArticle(doc)!;
    expect(article.text).toBe([SEED.putin, SEED.ukraine].join('\n\n'));
  });

  it('reads a page whose parser produced a second, empty <body> first (Yahoo)', () => {
    const doc = pageFrom(`<!doctype html><html><body></body><body><article><p>${SEED.putin}</p><p>${SEED.ukraine}</p></article></body></html>`);
    expect(readArticle(doc)?.text).toContain(SEED.ukraine);
  });

  it('returns what it read when a huge page hits the time budget while finding the article', () => {
    const paragraphs = Array.from({ length: 5000 }, () => `<p>${SEED.reports}</p>`).join('');
    let clock = 0;
    const article = readArticle(pageFrom(`<article>${paragraphs}</article>`), { budgetMs: 2, now: () => (clock += 0.6) })!;
    expect(article.truncated).toBe(true);
    expect(article.text.length).toBeGreaterThan(0);
  });
});
