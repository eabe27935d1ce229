// Participle clauses borrow the subject of their main clause: ", adding that …" after a quotation,
// "by saying …", "… and asserting …", and a fronted "After saying …, the man …". Sentences from PolNeAR.
import { describe, expect, it } from 'vitest';
import { frameWithCue, statementQuoting } from './engine-helpers';

describe('participle clauses', () => {
  it('ends the earlier content at a quotation closed before ", adding" and gives the participle the same speaker', () => {
    const text = 'Speaking to supporters in South Carolina following the state’s Republican primary, Cruz said that there is “only one strong conservative is in a position to win this race,” adding that it’s why Donald Trump “relentlessly attacks us and ignores the other candidates.”';
    const said = statementQuoting(text, 'only one strong conservative');
    expect(said.quote).not.toContain('adding');
    const added = statementQuoting(text, 'relentlessly attacks us');
    expect(added.cue).toBe('adding');
    expect(added.speaker).toBe('Cruz');
  });

  it('reads "by saying …" as the main subject\'s statement', () => {
    const text = 'Bolton distanced himself from the NeverTrump movement by saying he would be willing to bring his expertise to the Trump Administration if asked.';
    const s = statementQuoting(text, 'he would be willing');
    expect(s.cue).toBe('saying');
    expect(s.speaker).toBe('Bolton');
    expect(s.quote).toBe('he would be willing to bring his expertise to the Trump Administration if asked');
  });

  it('reads a coordinated participle ("calling it … and asserting that …") with the main subject', () => {
    const text = 'Romney went after Trump on Wednesday over his refusal thus far to release his taxes, calling it “disqualifying” and asserting that the only explanation must be “a bombshell of unusual size.”';
    const s = statementQuoting(text, 'the only explanation');
    expect(s.cue).toBe('asserting');
    expect(s.speaker).toBe('Romney');
    expect(statementQuoting(text, 'disqualifying').quote).not.toContain('asserting');
  });

  it('takes the subject after a fronted participle clause ("After saying …, the man …")', () => {
    const text = 'After saying he was nervous to ask a question, the man ended up in the middle of the room with his arm around Kasich.';
    const s = statementQuoting(text, 'nervous');
    expect(s.speaker).toBe('the man');
    expect(s.quote).toBe('he was nervous to ask a question');
  });

  it('reads a longer cue that opens with a participle ("sinking his teeth into") as a participle clause', () => {
    const text = 'The governor has introduced Trump at a number of enthusiastic rallies and has been Trump’s attack dog, sinking his teeth into Sen. Marco Rubio and vouching for Trump and his family.';
    expect(frameWithCue(text, 'sinking his teeth into').speaker).toBe('The governor');
  });
});

describe('a participle after a preposition that opens the sentence', () => {
  it('belongs to the subject after the comma ("In addition to stating that …, Clinton has vowed …", PolNeAR train)', () => {
    const text = 'In addition to stating that unborn babies have no constitutional rights, Clinton has vowed to work to repeal the Hyde Amendment, a longstanding federal provision that prohibits taxpayer funding of most abortions.';
    const s = statementQuoting(text, 'unborn babies have no constitutional rights');
    expect(s.speaker).toBe('Clinton');
    expect(s.cue).toBe('stating');
  });
});
