// Output snapshot for refactoring safety: runs analyse() over PolNeAR train and the seed article and writes one
// JSON line per document to the path given as argument, so two snapshots can be compared byte for byte.
import { readFileSync, writeFileSync } from 'node:fs';
import { analyse } from '../../src/core/index';

const out = process.argv[2];
if (!out) throw new Error('usage: tsx scripts/analysis/snapshot.ts <out.jsonl>');
const docs = readFileSync('../shared/corpora/polnear/train.jsonl', 'utf8').split('\n').filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; text: string });
docs.push({ id: 'seed/kursk-article', text: readFileSync('../shared/seed/kursk-article.txt', 'utf8') });
const lines = docs.map((d) => JSON.stringify({ id: d.id, analysis: analyse(d.text) }));
writeFileSync(out, lines.join('\n') + '\n');
