// "Emanuel has made no secret of his frustration …", "Trump notably made no mention of Jeb Bush": a form of "make" with
// "(no/little) secret/mention of" is PolNeAR's cue, to the "of". Sentences from PolNeAR (train, dev).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('"made no secret of" and "made no mention of" cues', () => {
  it('reads "Emanuel has made no secret of …" as a statement of Emanuel', () => {
    const s = statementQuoting("Emanuel has made no secret of his frustration with the movie's title, which echoes the blunt nickname.", 'his frustration');
    expect(s.speaker).toBe('Emanuel');
    expect(s.cue).toBe('has made no secret of');
    expect(s.quote).toBe("his frustration with the movie's title");
  });

  it('keeps an adverb in the cue and reads "made little secret of" the same way', () => {
    const mention = statementQuoting('But Trump notably made no mention of Jeb Bush, who announced he is suspending his campaign earlier.', 'Jeb Bush');
    expect(mention.speaker).toBe('Trump');
    expect(mention.cue).toBe('notably made no mention of');
    const little = statementQuoting('The leaders made little secret of their disagreements, from the virtues of economic austerity to the migrant crisis.', 'disagreements');
    expect(little.speaker).toBe('The leaders');
    expect(little.quote).toBe('their disagreements');
  });
});
