// Upper bound of the later stages: PolNeAR dev with the gold cues handed to the frame builder in place of the
// learned cue finder (quote-led frames still run). `npx tsx scripts/analysis/oracle-cues.ts [oracle|union]`
// writes out/oracle.pred.jsonl and prints the scorer's table. union = gold cues plus the engine's own.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findStatementSpans } from '../../src/core/index';
import { findCues, type Cue } from '../../src/core/cues';
import { WORD } from '../../src/core/tokens';
import { resolveSpeakers } from '../../src/core/entities/index';
import { polnearPath, readCorpus, repoRoot, type GoldDoc } from '../../src/cli/corpus';

const mode = process.argv[2] ?? 'oracle';
/** A gold cue ending in a preposition ("called for") is a word + preposition cue headed by the word before. */
const PREPOSITIONS = new Set(['about', 'of', 'for', 'on', 'in', 'to', 'against', 'with', 'over', 'at', 'by', 'as', 'out', 'up']);

function goldCueFinder(doc: GoldDoc) {
  return (c: Parameters<typeof findCues>[0], s: Parameters<typeof findCues>[1]): Cue[] => {
    const t = c.t;
    const gold: Cue[] = [];
    for (const g of doc.attributions) {
      if (!g.cue) continue;
      const toks: number[] = [];
      for (let i = s.from; i < s.to; i++) if (t.kind[i] === WORD && t.start[i]! >= g.cue.start && t.end[i]! <= g.cue.end) toks.push(i);
      if (!toks.length) continue;
      let head = toks[toks.length - 1]!;
      let prep = false;
      if (toks.length > 1 && PREPOSITIONS.has(t.lower[head]!)) { head = toks[toks.length - 2]!; prep = true; }
      gold.push({ first: toks[0]!, last: toks[toks.length - 1]!, head, score: 0.9, according: toks.some((k) => t.lower[k] === 'according'), prep });
    }
    if (mode === 'union') for (const own of findCues(c, s)) if (!gold.some((g) => g.head === own.head)) gold.push(own);
    return gold.sort((a, b) => a.first - b.first);
  };
}

const lines: string[] = [];
for (const doc of readCorpus(polnearPath('dev'))) {
  const { attributions } = findStatementSpans(doc.text, {}, goldCueFinder(doc));
  resolveSpeakers(doc.text, attributions);
  lines.push(JSON.stringify({ id: doc.id, attributions }));
}
mkdirSync(resolve(repoRoot, 'out'), { recursive: true });
const predPath = resolve(repoRoot, 'out/oracle.pred.jsonl');
writeFileSync(predPath, lines.join('\n') + '\n');
process.stdout.write(execFileSync('node', [resolve(repoRoot, '../shared/eval/score.mjs'), '--gold', polnearPath('dev'), '--pred', predPath], { encoding: 'utf8' }));
