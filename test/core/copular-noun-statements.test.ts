// A possessed noun of saying or thinking before "is/was that" ("Rubio’s response was that …", "Their fear is that …"):
// the possessor is the source, the "that" clause to the sentence's end the content. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('a possessed noun of saying before "is/was that"', () => {
  it('reads "Rubio’s response was that …" as Rubio’s', () => {
    const text = 'Rubio’s response was that it’s unfair for the federal tax code to allow citizens to write off the costs of investments in equipment or their business, without equivalent treatment for families.';
    const s = statementQuoting(text, 'unfair for the federal tax code');
    expect(s.speaker).toBe('Rubio’s');
    expect(s.cue).toBe('response was');
    expect(s.quote.startsWith('that it’s unfair')).toBe(true);
  });

  it('runs the content past a comma: "Their fear is that by the time …, it could be too late"', () => {
    const text = 'Their fear is that by the time their moment arrives, it could be too late.';
    const s = statementQuoting(text, 'moment arrives');
    expect(s.speaker).toBe('Their');
    expect(s.quote).toBe('that by the time their moment arrives, it could be too late');
  });

  it('keeps modifiers between the possessor and the noun in the cue', () => {
    const text = 'But Podliska’s most explosive claim is that the House Select Committee on Benghazi is a “witch hunt” launched to “get” Hillary Clinton.';
    const s = statementQuoting(text, 'House Select Committee');
    expect(s.speaker).toBe('Podliska’s');
    expect(s.cue).toBe('most explosive claim is');
  });

  it('takes the whole possessor phrase: "The Florida senator’s answer was that …"', () => {
    const text = 'The Florida senator’s answer was that “the most important institution in society is the family,” so government should help families cope with child care costs.';
    const s = statementQuoting(text, 'most important institution');
    expect(s.speaker).toBe('The Florida senator’s');
  });

  it('makes nothing of a noun with no possessor or of one that says nothing', () => {
    expect(statements('The message was that the campaign would go on.')).toEqual([]);
    expect(statements('His biggest problem is that no matter how many mistakes Carson and Trump make, they stay ahead.')).toEqual([]);
  });
});
