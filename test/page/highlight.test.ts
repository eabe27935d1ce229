import { describe, expect, it } from 'vitest';
import { Highlighter, MARK_TAG } from '../../src/page/highlight';
import { removeStrayMarks } from '../../src/page/stray-marks';
import { highlightPlan } from '../../src/page/highlight-specs';
import { readArticle } from '../../src/page/read-article';
import { SEED, pageFrom } from './dom';

const ARTICLE = `<article>
  <h1>Russia says reclaimed Kursk region, Kyiv denies</h1>
  <p>To this, <a href="/ukraine">Ukraine</a> has said, “The statements of <em>representatives of the high command</em> of the aggressor country<br>are not true.”</p>
  <p>${SEED.putin}</p>
  <p>${SEED.gerasimov}</p>
</article>`;

function spanOf(text: string, quote: string): { start: number; end: number } {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return { start, end: start + quote.length };
}

const QUOTES = [
  'The statements of representatives of the high command of the aggressor country are not true.',
  "The complete defeat of our enemy along Kursk's border region creates the right conditions",
  'high professionalism, fortitude, courage, and heroism',
  'shoulder to shoulder',
];

function highlightAll(doc: Document): Highlighter {
  const article = readArticle(doc)!;
  const highlighter = new Highlighter(doc);
  const specs = QUOTES.map((q, i) => ({ id: `a${i + 1}`, ...spanOf(article.text, q), colour: String(i % 2), denial: i === 0 }));
  for (const spec of specs.sort((a, b) => b.start - a.start)) highlighter.wrap(article.runs, spec);
  return highlighter;
}

describe('Highlighter', () => {
  it('wraps each statement in <wsw-mark> elements holding exactly the statement’s text', () => {
    const doc = pageFrom(ARTICLE);
    highlightAll(doc);
    const byId = new Map<string, string>();
    for (const mark of doc.querySelectorAll(MARK_TAG)) {
      const id = mark.getAttribute('data-wsw-id')!;
      byId.set(id, `${byId.get(id) ?? ''}${mark.textContent}`);
    }
    expect(byId.get('a1')).toBe('The statements of representatives of the high command of the aggressor countryare not true.');
    expect(byId.get('a2')).toBe(QUOTES[1]);
    expect(byId.get('a3')).toBe(QUOTES[2]);
    expect(byId.get('a4')).toBe(QUOTES[3]);
  });

  it('wraps text nodes only: a mark never crosses an element boundary', () => {
    const doc = pageFrom(ARTICLE);
    highlightAll(doc);
    const marks = [...doc.querySelectorAll(MARK_TAG)];
    expect(marks.filter((m) => m.getAttribute('data-wsw-id') === 'a1')).toHaveLength(4); // text, <em> text, text before and after <br>
    for (const mark of marks) {
      expect(mark.childNodes).toHaveLength(1);
      expect(mark.firstChild!.nodeType).toBe(3);
    }
    expect(doc.querySelector('em')!.firstElementChild?.tagName.toLowerCase()).toBe(MARK_TAG);
  });

  it('marks colour per speaker and denials', () => {
    const doc = pageFrom(ARTICLE);
    highlightAll(doc);
    const first = doc.querySelector(`${MARK_TAG}[data-wsw-id="a1"]`)!;
    expect(first.getAttribute('data-wsw-colour')).toBe('0');
    expect(first.hasAttribute('data-wsw-denial')).toBe(true);
    expect(doc.querySelector(`${MARK_TAG}[data-wsw-id="a2"]`)!.hasAttribute('data-wsw-denial')).toBe(false);
    expect(first.getAttribute('tabindex')).toBe('0');
  });

  it('keeps the page text identical while highlighted', () => {
    const doc = pageFrom(ARTICLE);
    const before = doc.body.textContent;
    highlightAll(doc);
    expect(doc.body.textContent).toBe(before);
  });

  it('removal restores the same text and element structure, text node for text node', () => {
    const doc = pageFrom(ARTICLE);
    // A page that keeps two adjacent text nodes (as React does) must get both back, not one merged node.
    const p = doc.querySelectorAll('p')[1]!;
    p.appendChild(doc.createTextNode(' And a second text node.'));
    const html = doc.body.innerHTML;
    const text = doc.body.textContent;
    const nodeCounts = [...doc.querySelectorAll('p, em, a')].map((el) => el.childNodes.length);
    const highlighter = highlightAll(doc);
    expect(doc.querySelectorAll(MARK_TAG).length).toBeGreaterThan(0);
    highlighter.removeAll();
    expect(doc.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(doc.body.innerHTML).toBe(html);
    expect(doc.body.textContent).toBe(text);
    expect([...doc.querySelectorAll('p, em, a')].map((el) => el.childNodes.length)).toEqual(nodeCounts);
  });

  it('skips whitespace-only pieces', () => {
    const doc = pageFrom(`<article><p>Putin said <em>“we</em> <strong>will win”</strong> today, according to state media reports.</p><p>${SEED.putin}</p><p>${SEED.reports}</p></article>`);
    const article = readArticle(doc)!;
    const highlighter = new Highlighter(doc);
    highlighter.wrap(article.runs, { id: 'a1', ...spanOf(article.text, 'we will win'), colour: '0', denial: false });
    const texts = [...doc.querySelectorAll(MARK_TAG)].map((m) => m.textContent);
    expect(texts).toEqual(['we', 'will win']);
  });

  it('does not wrap text the page changed after it was read', () => {
    const doc = pageFrom(ARTICLE);
    const article = readArticle(doc)!;
    doc.querySelectorAll('p')[1]!.textContent = 'Replaced by the page.';
    const highlighter = new Highlighter(doc);
    const made = highlighter.wrap(article.runs, { id: 'a2', ...spanOf(article.text, QUOTES[1]!), colour: '0', denial: false });
    expect(made).toEqual([]);
  });

  it('removeStrayMarks unwraps marks and removes a card left by an earlier copy of the script', () => {
    const doc = pageFrom(`<p>Putin said <wsw-mark data-wsw-id="a1">“we will win”</wsw-mark> today.</p><wsw-card data-wsw-card></wsw-card>`);
    removeStrayMarks(doc);
    expect(doc.body.innerHTML).toBe('<p>Putin said “we will win” today.</p>');
    expect(doc.body.firstChild!.childNodes).toHaveLength(1);
  });
});

describe('highlightPlan', () => {
  const at = (id: string, start: number, end: number, name: string | null, stance: 'claim' | 'deny' = 'claim') => ({
    id, kind: 'indirect' as const, quote: { start, end }, cue: null, stance,
    speaker: name ? { name, type: 'person' as const, start: 0, end: 1 } : null,
  });

  it('gives each speaker one colour, unnamed sources none, and lists the last statement first', () => {
    const plan = highlightPlan([at('a1', 0, 10, 'Vladimir Putin'), at('a2', 20, 30, 'Ukraine', 'deny'), at('a3', 40, 50, 'Vladimir Putin'), at('a4', 60, 70, null)]);
    expect(plan.specs.map((s) => [s.id, s.colour, s.denial])).toEqual([['a4', 'none', false], ['a3', '0', false], ['a2', '1', true], ['a1', '0', false]]);
  });

  it('clips overlaps and maps a statement nested in another to the outer highlight', () => {
    // The seed's "Ukraine has often claimed that Kim Jong Un's military …" inside a wider indirect quote.
    const plan = highlightPlan([at('a7', 950, 1146, 'Russia'), at('a8', 1018, 1146, 'Ukraine'), at('a9', 1100, 1200, 'Ukraine')]);
    expect(plan.specs.map((s) => [s.id, s.start, s.end])).toEqual([['a9', 1146, 1200], ['a7', 950, 1146]]);
    expect(plan.coveredBy.get('a8')).toBe('a7');
  });
});
