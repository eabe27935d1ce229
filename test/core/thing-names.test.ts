// A name whose last word is a thing (a law, a prize, a show, a war, an ice shelf) is no person, and takes no "he" or
// "she"; a surname that is also a common word ("Chad Day", "Nathan Deal") is still a person's.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';
import { typeOfName } from '../../src/core/entities/types';

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

describe('a name ending in a thing', () => {
  it('is not a person (GUM: "with a Boxer Indemnity Scholarship", "the Ross Ice Shelf", "Epic Rap Battles of History")', () => {
    expect(typeOfName('Boxer Indemnity Scholarship')).toBe('unknown');
    expect(typeOfName('Ross Ice Shelf')).toBe('unknown');
    expect(typeOfName('Epic Rap Battles')).toBe('unknown');
    expect(typeOfName('Foreign Affairs')).toBe('unknown');
    expect(typeOfName('Affordable Care Act')).toBe('unknown');
    expect(typeOfName('Sean Hannity Show')).toBe('unknown');
  });

  it('takes no "she" ("… the equivalent of “The Truman Show.” She says he is unqualified", PolNeAR train)', () => {
    const text = polnearText('train', '6-05-23_the-stark-campaign-contrasts-of-');
    expect(nameAfter(text, 'The Truman Show." ')).toBe('Hillary Clinton');
  });

  it('leaves a surname that is a common word a person ("Chad Day", "Nathan Deal", "Steven Law")', () => {
    expect(typeOfName('Chad Day')).toBe('person');
    expect(typeOfName('Nathan Deal')).toBe('person');
    expect(typeOfName('Steven Law')).toBe('person');
  });
});
