// How much of each saved page's article the reader takes in, against Readability's reference text (expected.txt): a
// bag of words, recall (reference words read) and precision (words read that are in the reference), per page and
// overall. What the CLI reads (article-from-html) and what the content script reads (readArticle on a Node DOM) are the
// same code, so one column.
//   npx tsx scripts/analysis/page-coverage.ts
import { articleTextFromHtml } from '../../src/cli/article-from-html';
import { listSavedPages } from '../../test/page/pages-corpus';

type Bag = Map<string, number>;
const bagOf = (text: string): Bag => {
  const bag: Bag = new Map();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
};
const size = (bag: Bag): number => { let n = 0; for (const c of bag.values()) n += c; return n; };
const shared = (a: Bag, b: Bag): number => { let n = 0; for (const [w, c] of a) n += Math.min(c, b.get(w) ?? 0); return n; };

let pages = 0, sumRecall = 0, sumPrecision = 0;
console.log('page\tid\treference words\twords read\trecall %\tprecision %');
for (const [i, page] of listSavedPages().entries()) {
  const expected = page.expected();
  if (expected === null) continue;
  const reference = bagOf(expected);
  const read = bagOf(articleTextFromHtml(page.source()) ?? '');
  const both = shared(reference, read);
  const recall = (100 * both) / Math.max(1, size(reference));
  const precision = (100 * both) / Math.max(1, size(read));
  pages++; sumRecall += recall; sumPrecision += precision;
  console.log(`p${i + 1}\t${page.id}\t${size(reference)}\t${size(read)}\t${recall.toFixed(0)}\t${precision.toFixed(0)}`);
}
console.log(`mean over ${pages} pages: recall ${(sumRecall / pages).toFixed(1)}%, precision ${(sumPrecision / pages).toFixed(1)}%`);
