// Predictions on dev that match no gold attribution (quote Jaccard < 0.5 with every gold quote),
// grouped by cue word, with examples. Usage: npx tsx scripts/analysis/false-positives.ts [examples]
import { analyse } from '../../src/core/index';
import { polnearPath, readCorpus } from '../../src/cli/corpus';

const n = Number(process.argv[2] ?? 30);
const byCue = new Map<string, number>();
const examples: string[] = [];
for (const doc of readCorpus(polnearPath('dev'))) {
  for (const p of analyse(doc.text).attributions) {
    const hit = doc.attributions.some((g) => {
      const o = Math.max(0, Math.min(g.quote.end, p.quote.end) - Math.max(g.quote.start, p.quote.start));
      return o / (g.quote.end - g.quote.start + p.quote.end - p.quote.start - o) >= 0.5;
    });
    if (hit) continue;
    const cue = p.cue ? doc.text.slice(p.cue.start, p.cue.end).toLowerCase().split(' ').pop()! : '-';
    byCue.set(cue, (byCue.get(cue) ?? 0) + 1);
    if (examples.length < n) examples.push(`[${p.kind}] S=${p.speaker ? doc.text.slice(p.speaker.start, p.speaker.end) : '-'} | C=${cue} | Q=${doc.text.slice(p.quote.start, p.quote.end).slice(0, 150).replace(/\n/g, '/')}`);
  }
}
console.log([...byCue].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v} ${k}`).join(', '));
console.log(examples.join('\n'));
