// A direct quotation interrupted by its cue and a participle clause (“A,” said X, speaking of Y. “B.”): PolNeAR's
// direct statement spans both parts, and the participle is a statement of its own whose content ends before the
// quotation resumes. Sentences from PolNeAR.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('a participle clause inside an interrupted quotation', () => {
  it('keeps the participle\'s statement beside the direct quotation that spans it (dev, Caddell)', () => {
    const text = '“This is in their heads. This is in their consciousness,” said Caddell, speaking of Clinton’s health issue. “It is one of the things worrying them. It is part of it.”';
    const direct = statementQuoting(text, 'This is in their heads');
    expect(direct.kind).toBe('direct');
    expect(direct.quote).toContain('worrying them');
    const spoken = statements(text).find((s) => s.cue === 'speaking of');
    expect(spoken?.speaker).toBe('Caddell');
    expect(spoken?.quote).toBe('Clinton’s health issue');
  });

  it('goes on into a quotation that resumes in lower case after the participle clause (dev, Tester)', () => {
    const text = '“Every time you say that,” Tester said, referring the the 1 percent excuse, “you give ammunition to the people who want to break up the big banks.”';
    const direct = statementQuoting(text, 'Every time you say that');
    expect(direct.cue).toBe('said');
    expect(direct.quote).toContain('you give ammunition');
    const referring = statements(text).find((s) => s.cue === 'referring');
    expect(referring?.quote).toBe('the the 1 percent excuse');
  });

  it('takes the words before the resuming quotation as the participle\'s content (train, Sherman)', () => {
    const text = '"These guys know how to use words," said Sherman, speaking of politicians, "and leave themselves a little wiggle room in what they said. You\'ve really got to hold their feet to the fire."';
    expect(statementQuoting(text, 'These guys').quote).toContain('wiggle room');
    const spoken = statements(text).find((s) => s.cue === 'speaking of');
    expect(spoken?.quote).toBe('politicians');
    expect(spoken?.speaker).toBe('Sherman');
  });

  it('lets a quotation after a participle\'s "that" clause stay in that clause (train, Gingrich)', () => {
    const text = '“I regard Donald as an old friend,” Gingrich told O’Reilly, noting that he and his wife, Callista, “have regularly talked with him for the last five or six years during the campaign occasionally.”';
    expect(statementQuoting(text, 'old friend').quote).not.toContain('regularly talked');
  });
});
