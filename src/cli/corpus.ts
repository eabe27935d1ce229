// Shared by eval/train/analysis: where the PolNeAR corpus lives and how to read it (Node only).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const polnearPath = (split: 'train' | 'dev'): string => resolve(repoRoot, '../shared/corpora/polnear', `${split}.jsonl`);

export interface GoldSpan { start: number; end: number; text?: string }
export interface GoldAttribution { quote: GoldSpan; speaker: GoldSpan | null; cue: GoldSpan | null; kind: string }
export interface GoldDoc { id: string; text: string; attributions: GoldAttribution[] }

export function readCorpus(path: string): GoldDoc[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc);
}
