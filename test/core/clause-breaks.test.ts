// A content running forward ends where a clause opens for a later frame's subject ("… in the House when he
// repeatedly supported …", "… paying off: He said …"), so both statements survive. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('clause breaks before a later frame', () => {
  it('ends the earlier content before "when" + the later subject, and keeps both statements', () => {
    const text = 'But advocates within the scientific community cite his voting record in the early 2000s in the House when he repeatedly supported a ban on all forms of human cloning, including one called therapeutic cloning intended to create customized cells to treat disease.';
    const cite = statementQuoting(text, 'his voting record');
    expect(cite.quote).toBe('his voting record in the early 2000s in the House');
    expect(cite.speaker).toBe('advocates within the scientific community');
    const supported = statementQuoting(text, 'a ban on all forms of human cloning');
    expect(supported.speaker).toBe('he');
  });
});

describe('a clause opening right after "that"', () => {
  // PolNeAR train: the "that" clause holds the subordinate clause and the main clause after it; cut at the opener, the
  // content was a lone "that" (right 2 of 12 times).
  it('stays inside the content ("has argued that as voters learned more about his record, Sanders will …")', () => {
    const text = 'Clinton’s campaign has argued that as voters learned more about his record, Sanders will begin to lose support.';
    expect(statementQuoting(text, 'Sanders will begin').quote).toBe('that as voters learned more about his record, Sanders will begin to lose support');
  });

  it('stays inside the content after a comma ("also finds that, while 37 percent of Americans say …")', () => {
    const text = 'The Q poll also finds that, while 37 percent of Americans say Trump is "very responsible" for violence at his rallies, 40 percent say he is "somewhat responsible."';
    expect(statementQuoting(text, 'that, while').speaker).toBe('The Q poll');
  });
});
