// Names on real pages, which PolNeAR does not score (it reads mention spans, not resolved names): over the saved
// news pages (../shared/pages, read in place), how many statements `extract` finds and how many speaker groups —
// one per resolved name on a page, as the popup groups them — end with type `unknown`.
//   npx tsx scripts/analysis/page-speakers.ts          the totals
//   npx tsx scripts/analysis/page-speakers.ts --list   also every unknown-typed group, page by page
import { analyse } from '../../src/core/index';
import { articleTextFromHtml } from '../../src/cli/article-from-html';
import { listSavedPages } from '../../test/page/pages-corpus';

const list = process.argv.includes('--list');
let pages = 0;
let statements = 0;
let groups = 0;
let unknown = 0;
for (const page of listSavedPages()) {
  const text = articleTextFromHtml(page.source());
  if (text === null) continue;
  pages++;
  const found = analyse(text).attributions;
  statements += found.length;
  const types = new Map<string, string>();
  for (const a of found) if (a.speaker) types.set(a.speaker.name, a.speaker.type);
  groups += types.size;
  for (const [name, type] of types) {
    if (type !== 'unknown') continue;
    unknown++;
    if (list) console.log(`${page.id}\t${name}`);
  }
}
console.log(`pages with an article: ${pages}; statements: ${statements}; speaker groups: ${groups}; of unknown type: ${unknown}`);
