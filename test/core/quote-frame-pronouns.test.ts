// The "he" of a quotation's frame ("“…,” he said") goes on with the person who spoke in the sentence before, not with
// the person the article names most; unless someone else has been named since ("…, Ban demurred").
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

/** The text of the PolNeAR article of `split` whose id ends with `idEnd`. */
function polnearText(split: 'dev' | 'train', idEnd: string): string {
  const line = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), `../../../shared/corpora/polnear/${split}.jsonl`), 'utf8')
    .split('\n').find((l) => l.includes(`${idEnd}"`));
  return (JSON.parse(line!) as { text: string }).text;
}

/** The resolved name of the statement whose speaker mention starts right after `before`. */
function nameAfter(text: string, before: string): string | undefined {
  const at = text.indexOf(before) + before.length;
  return analyse(text).attributions.find((a) => a.speaker?.start === at)?.speaker?.name;
}

describe('a pronoun framing a quotation', () => {
  it('is the person who spoke in the sentence before ("David Pepper called … “…,” he said", PolNeAR dev)', () => {
    const text = polnearText('dev', '6-09-25_federal-court-rules-against-ohio');
    expect(nameAfter(text, 'simply because they vote infrequently," ')).toBe('David Pepper');
  });

  it('is not the speaker before when another person is named since ("…, Ban demurred. “…,” he said", PolNeAR train)', () => {
    const text = polnearText('train', '6-05-09_for-outgoing-u-n-chief-climate-d');
    expect(nameAfter(text, 'there is just one science," ')).toBe('Ban Ki-moon');
  });
});
