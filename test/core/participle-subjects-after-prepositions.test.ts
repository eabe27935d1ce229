// A participle after a comma with no frame before it takes the sentence's subject; a name right after a preposition
// ("at a rally in Beaumont, Tex.", "in the waning months of Barack Obama's presidency") is that preposition's object
// and no subject. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statements, statementQuoting } from './engine-helpers';

describe('the subject of a participle after a comma', () => {
  it('skips a town after "in" for the subject after it', () => {
    const text = 'The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming without any evidence that President Obama wanted to take in 250,000 Syrian refugees.';
    const s = statementQuoting(text, 'President Obama wanted');
    expect(s.speaker).toBe('Mr. Trump');
    expect(s.cue).toBe('claiming');
  });

  it('skips a possessed phrase after "of" for the subject after its comma', () => {
    const text = "And in the waning months of Barack Obama's presidency, Mr. Sanders's allies are testing their muscle against the White House, mounting a public attack on the president's housing secretary, Julian Castro, over his department's sales of delinquent mortgages to banks and private equity firms.";
    const s = statementQuoting(text, 'public attack');
    expect(s.speaker).toBe("Mr. Sanders's allies");
    expect(s.cue).toBe('mounting');
  });

  it('gives no statement to a town that is only the object of "in"', () => {
    const text = 'The performance prompted cheers across a crowd of about 8,000 in Carson, Calif., highlighting the mistrust and alienation that Sanders\'s most ardent fans feel about Clinton, the Democrats and their "rigged" system.';
    expect(statements(text).filter((s) => s.speaker?.startsWith('Carson'))).toEqual([]);
  });
});
