// What a poll's share of respondents says ("47 percent said …", "42% say …", "Nearly a third say …") ends at the
// content's first comma, where the writer goes on to other numbers. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a poll share as the speaker', () => {
  it('ends its content at the first comma', () => {
    const text = 'Around that time, 47 percent said they would vote for former Secretary of State Hillary Clinton, however this time around that number has dropped slightly to 35 percent.';
    const s = statementQuoting(text, 'they would vote');
    expect(s.speaker).toBe('47 percent');
    expect(s.cue).toBe('said');
    expect(s.quote).toBe('they would vote for former Secretary of State Hillary Clinton');
    const liberal = "It is on social issues that they lean left: 42% say they're liberal, 32% call themselves conservative on questions including race relations and gay rights.";
    expect(statementQuoting(liberal, 'liberal').quote).toBe("they're liberal");
    const third = "Nearly a third say they don't know, a higher level of uncertainty than on other economic questions.";
    const t = statementQuoting(third, 'know');
    expect(t.speaker).toBe('Nearly a third');
    expect(t.quote).toBe("they don't know");
  });

  it('runs on past a comma before "and" or an -ed word', () => {
    const text = 'When asked whether the President’s insistence that the UK would have to wait its turn was the right position for America to take, 59 percent said it was not, and that the two nations had a special relationship which meant that Britain should never have to wait at the back of the line.';
    expect(statementQuoting(text, 'it was not').quote).toBe('it was not, and that the two nations had a special relationship which meant that Britain should never have to wait at the back of the line');
    const combined = 'Two-thirds of Democratic insiders said Clinton’s deficit, combined with the closeness of the race in Iowa, meant that she would not be able to generate the momentum necessary to surpass Sanders in New Hampshire.';
    expect(statementQuoting(combined, 'deficit').quote.endsWith('to surpass Sanders in New Hampshire')).toBe(true);
  });
});
