// Where a content starts and ends when the cue is right: PolNeAR's gold contents against what the span stages
// cut. Sentences from PolNeAR train and dev.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('content starts', () => {
  it('keeps the addressee before an infinitive (urged Republicans to join …)', () => {
    const text = 'In his speech, Graham urged Republicans to join the ranks of climate change believers, and criticized the party’s lack of environmental awareness.';
    const s = statementQuoting(text, 'join the ranks');
    expect(s.quote).toBe('Republicans to join the ranks of climate change believers');
    expect(s.speaker).toBe('Graham');
  });

  it('still leaves the addressee out before "that" (told … that)', () => {
    const text = "Emanuel told reporters that his office would stop opposing the video's release next week.";
    expect(statementQuoting(text, 'his office').quote).toBe("that his office would stop opposing the video's release next week");
  });

  it('leaves a longer addressee out up to its "that" (told a meeting of Pacific Island leaders that …)', () => {
    const text = 'In Honolulu last week, he told a meeting of Pacific Island leaders that few people understood the stakes of climate change better than residents of their part of the planet.';
    expect(statementQuoting(text, 'few people').quote).toBe('that few people understood the stakes of climate change better than residents of their part of the planet');
  });
});
