// Every statement the engine finds on the 50 saved news pages (../shared/pages, read in place as `extract` reads them),
// one per line, for reading the output as a reader would see it: page number, kind, stance (and what it answers),
// [speaker mention], resolved name/type/role, the start of the quote. PolNeAR scores spans only; names, types and
// the statements on real pages are checked here by reading.
//   npx tsx scripts/analysis/page-statements.ts                         every statement
//   npx tsx scripts/analysis/page-statements.ts --page N [REGEX]        page N's statements whose speaker mention
//                                                                      matches REGEX, each with its surrounding text
import { analyse } from '../../src/core/index';
import { articleTextFromHtml } from '../../src/cli/article-from-html';
import { listSavedPages } from '../../test/page/pages-corpus';

const args = process.argv.slice(2);
const pageAt = args.indexOf('--page');
const onlyPage = pageAt >= 0 ? Number(args[pageAt + 1]) : 0;
const pattern = pageAt >= 0 && args[pageAt + 2] ? new RegExp(args[pageAt + 2]!) : null;
const oneLine = (s: string): string => s.replace(/\s+/g, ' ');
let n = 0;
for (const page of listSavedPages()) {
  const text = articleTextFromHtml(page.source());
  if (text === null) continue;
  n++;
  if (onlyPage && n !== onlyPage) continue;
  if (onlyPage) console.log(page.id);
  for (const a of analyse(text).attributions) {
    const mention = a.speaker ? text.slice(a.speaker.start, a.speaker.end) : '-';
    if (!onlyPage) {
      const who = a.speaker ? `${a.speaker.name}/${a.speaker.type}${a.speaker.role ? `/${a.speaker.role}` : ''}` : '-';
      console.log(`p${n}\t${a.kind}\t${a.stance}${a.respondsTo ? `>${a.respondsTo}` : ''}\t[${mention}]\t${who}\t${oneLine(text.slice(a.quote.start, a.quote.end)).slice(0, 90)}`);
      continue;
    }
    if (pattern && !pattern.test(mention)) continue;
    const from = Math.min(a.quote.start, a.speaker?.start ?? Infinity, a.cue?.start ?? Infinity);
    const to = Math.max(a.quote.end, a.speaker?.end ?? 0);
    console.log(`--- [${mention}] ${a.speaker?.name ?? ''}/${a.speaker?.type ?? ''} cue=${a.cue ? text.slice(a.cue.start, a.cue.end) : '-'} «${oneLine(text.slice(a.quote.start, a.quote.end))}»`);
    console.log(`    …${oneLine(text.slice(Math.max(0, from - 150), to + 80))}…`);
  }
}
