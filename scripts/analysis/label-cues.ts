// Which "verb OBJECT as “label”" cues (src/core/label-cues.ts) become statements, and whether gold has one there.
//   npx tsx scripts/analysis/label-cues.ts [split]
import { readFileSync } from 'node:fs';
import { findStatementSpans } from '../../src/core/index';
import { findCues } from '../../src/core/cues';
import { labelCues } from '../../src/core/label-cues';

const split = process.argv[2] ?? 'train';
const docs = readFileSync(`/work/shared/corpora/polnear/${split}.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const tally: Record<string, number> = {};
for (const d of docs) {
  const found: { start: number; end: number; label: string }[] = [];
  const out = findStatementSpans(d.text, {}, (c, s) => {
    const cues = findCues(c, s);
    // The label cues that findCues kept (it drops those whose verb another cue already holds).
    for (const cue of labelCues(c, s, [])) if (cues.some((k) => k.weak && k.first === cue.first && k.last === cue.last)) {
      const end = cue.labelClose ?? cue.last + 8;
      found.push({ start: c.t.start[cue.first]!, end: c.t.end[Math.min(end, s.to - 1)]!, label: d.text.slice(c.t.start[Math.max(s.from, cue.first - 4)]!, c.t.end[Math.min(end, s.to - 1)]!) });
    }
    return cues;
  });
  for (const f of found) {
    const made = out.attributions.some((a) => a.cue && a.cue.start === f.start);
    const gold = d.attributions.find((g: any) => g.quote.start < f.end && g.quote.end > f.start + 1);
    const key = `${made ? 'made' : 'dropped'} ${gold ? 'gold' : 'nogold'}`;
    tally[key] = (tally[key] ?? 0) + 1;
    const cue = gold?.cue ? d.text.slice(gold.cue.start, gold.cue.end) : '';
    console.log(key, '|', f.label.replace(/\n/g, '/'), gold ? `| cue: ${cue} | spk: ${gold.speaker?.text}` : '');
  }
}
console.log(tally);
