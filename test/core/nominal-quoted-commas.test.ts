// A nominal cue's content ends at its comma ("Mr. Trump's claims that …, all of …"), and so does one whose comma closes
// a quotation inside it: in "Contrary to his claim that people would ''learn nothing,'' there would be …" the main
// clause after the quotation is the writer's. Sentence from PolNeAR dev.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a nominal content ends at a comma that closes a quotation', () => {
  it('ends "his claim that people would \'\'learn nothing,\'\'" before the main clause', () => {
    const text = "Contrary to his claim that people would ''learn nothing,'' there would be a wealth of relevant information of vital interest to many voters.";
    const s = statementQuoting(text, 'learn nothing');
    expect(s.speaker).toBe('his');
    expect(s.quote).not.toContain('there would be');
    expect(s.quote.startsWith("that people would ''learn nothing,")).toBe(true);
  });
});
