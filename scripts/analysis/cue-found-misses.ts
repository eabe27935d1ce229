// Gold statements whose cue the engine finds (an engine cue overlaps the gold cue) but that get no right statement.
// `npx tsx scripts/analysis/cue-found-misses.ts [split] [class] [n]` (split defaults to train). The failure is one of:
// noorient (orient, asked with no earlier frames, found no speaker/side for the cue), nocontent (orient did, contentFrame made nothing), dropped (a
// frame was built but assemble/nesting dropped it), othercue (a statement with another cue matches the content),
// content-longer/-shorter/-shifted/-disjoint (the statement on the cue misses the gold content, Jaccard < 0.5),
// nospeaker / wrongspeaker. Without a class it prints the n largest counts of failure × cue word, × side and speaker
// position, × the word after the cue, × the words between speaker and cue (gap=), × the speaker's shape (sp=); with one
// (e.g. noorient:sp=short:adj, noorient:said, content-longer) n examples marked {speaker} <cue> [[content]].
import { findStatementSpans } from '../../src/core/index';
import { findCues, type Cue } from '../../src/core/cues';
import { buildFrames, type Frame } from '../../src/core/frames';
import { orient } from '../../src/core/orient';
import { polnearPath, readCorpus } from '../../src/cli/corpus';

const [split = 'train', show = '', nStr = '20'] = process.argv.slice(2);
const counts = new Map<string, number>();
let shown = 0;
const jac = (a: { start: number; end: number }, b: { start: number; end: number }): number => {
  const o = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return o / (a.end - a.start + b.end - b.start - o);
};
const overlaps = (a: { start: number; end: number } | null, b: { start: number; end: number } | null): boolean =>
  !!a && !!b && Math.min(a.end, b.end) > Math.max(a.start, b.start);
for (const doc of readCorpus(polnearPath(split as 'dev'))) {
  const found: { start: number; end: number; head: string; stage: string }[] = [];
  const { attributions: preds } = findStatementSpans(doc.text, {}, (c, s) => {
    const cues: readonly Cue[] = findCues(c, s);
    const built: Frame[] = [];
    buildFrames(c, s, cues, built);
    for (const q of cues) {
      const stage = built.some((f) => f.cue.head === q.head) ? 'dropped' : orient(c, s, q, []) ? 'nocontent' : 'noorient';
      found.push({ start: c.t.start[q.first]!, end: c.t.end[q.last]!, head: c.t.lower[q.head]!, stage });
    }
    return cues;
  });
  for (const g of doc.attributions) {
    if (!g.cue) continue;
    if (preds.some((p) => jac(p.quote, g.quote) >= 0.5 && (g.speaker ? overlaps(p.speaker, g.speaker) : !p.speaker))) continue;
    const cue = found.find((f) => overlaps(f, g.cue));
    if (!cue) continue;
    const onCue = preds.filter((p) => overlaps(p.cue, g.cue));
    let fail = cue.stage;
    if (onCue.length) {
      const best = onCue.reduce((a, b) => (jac(b.quote, g.quote) > jac(a.quote, g.quote) ? b : a));
      const bq = best.quote, gq = g.quote;
      const shape = bq.end <= gq.start || bq.start >= gq.end ? 'disjoint' : bq.start <= gq.start && bq.end >= gq.end ? 'longer' : bq.start >= gq.start && bq.end <= gq.end ? 'shorter' : 'shifted';
      fail = jac(best.quote, g.quote) < 0.5 ? `content-${shape}` : !best.speaker ? 'nospeaker' : 'wrongspeaker';
    } else if (preds.some((p) => jac(p.quote, g.quote) >= 0.5)) fail = 'othercue';
    const side = g.quote.start >= g.cue.end ? 'after' : g.quote.end <= g.cue.start ? 'before' : 'around';
    const next = doc.text.slice(g.cue.end, g.cue.end + 40).trim().split(/\s+/)[0]!.toLowerCase().replace(/[^a-z,:'"“”]/g, '');
    const spk = !g.speaker ? 'nospk' : g.speaker.end <= g.cue.start ? 'spkBefore' : 'spkAfter';
    const gap = g.speaker && g.speaker.end <= g.cue.start ? doc.text.slice(g.speaker.end, g.cue.start).trim().toLowerCase() : '-';
    const gapKey = gap.split(/\s+/).length > 3 ? `long${Math.min(9, gap.split(/\s+/).length)}` : gap;
    const cueText = doc.text.slice(g.cue.start, g.cue.end).toLowerCase();
    const spText = g.speaker ? doc.text.slice(g.speaker.start, g.speaker.end).toLowerCase() : '';
    const spWords = spText.split(/\s+/).length;
    const spKey = !g.speaker ? 'none' : /^(who|that|which)$/.test(spText) ? 'rel' : /^(he|she|they|i|we|it|you)$/.test(spText) ? (/^['’]/.test(cueText) ? 'pron+contr' : 'pron') : spWords <= 3 ? 'short' : spWords <= 6 ? 'mid' : 'long';
    for (const key of [`${fail}:sp=${spKey}:${gapKey === '' ? 'adj' : gapKey}`, `${fail}:gap=${gapKey}`, `${fail}:cue=${cueText}`, fail, `${fail}:${cue.head}`, `${fail}:${side}:${spk}`, `${fail}:${side}:next=${next}`]) counts.set(key, (counts.get(key) ?? 0) + 1);
    if (show && (`${fail}:sp=${spKey}:${gapKey === '' ? 'adj' : gapKey}` === show || `${fail}:gap=${gapKey}` === show || `${fail}:cue=${cueText}` === show || `${fail}:${cue.head}` === show || `${fail}:${side}:${spk}` === show || `${fail}:${side}:next=${next}` === show || fail === show) && shown++ < Number(nStr)) {
      const from = Math.max(0, Math.min(g.quote.start, g.cue.start, g.speaker?.start ?? 1e9) - 60);
      const to = Math.min(doc.text.length, Math.max(g.quote.end, g.cue.end, g.speaker?.end ?? 0) + 20);
      const marks: [number, string][] = [[g.quote.start, '[['], [g.quote.end, ']]'], [g.cue.start, '<'], [g.cue.end, '>']];
      if (g.speaker) marks.push([g.speaker.start, '{'], [g.speaker.end, '}']);
      let s = doc.text.slice(from, to);
      for (const [at, m] of marks.sort((a, b) => b[0] - a[0])) s = s.slice(0, at - from) + m + s.slice(at - from);
      console.log(`--- ${doc.id} ${fail}\n${s.replace(/\n/g, ' ')}`);
      for (const p of onCue.length ? onCue : preds.filter((p) => overlaps(p.quote, g.quote)).slice(0, 2))
        console.log(`   PRED q=${JSON.stringify(doc.text.slice(p.quote.start, p.quote.end).slice(0, 120))} spk=${JSON.stringify(p.speaker ? doc.text.slice(p.speaker.start, p.speaker.end) : null)}`);
    }
  }
}
if (!show) for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, Number(nStr))) console.log(String(v).padStart(6), k);
