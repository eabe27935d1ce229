// A verb coordinated inside an adverbial clause ("after she attacked … and blamed …") is the clause's pronoun's, not
// the main clause's subject's. Sentences from PolNeAR dev and train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a verb coordinated inside an adverbial clause', () => {
  it('takes the clause\'s pronoun (Christie described Clinton as a “disgrace” after she attacked … and blamed …)', () => {
    const text = 'New Jersey Gov. Chris Christie described Democratic presidential nominee Hillary Clinton as a “disgrace” after she attacked law enforcement officers nationwide and blamed police shootings on “implicit bias” against minorities.';
    expect(statementQuoting(text, 'implicit bias').speaker).toBe('she');
  });

  it('keeps the sentence\'s subject after an object clause opened by "whether" (… question whether she truly opposes the deal and worry …)', () => {
    const text = "Sanders's supporters still question whether she truly opposes the deal and worry that she might capitulate and support a vote on the TPP in a lame-duck session after the election.";
    expect(statementQuoting(text, 'might capitulate').speaker).toBe("Sanders's supporters");
  });
});
