// Word + preposition cues ("talk about", "worried about") whose learned share counts only uses outside quotations, as
// the cue finder reads the text. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('word + preposition cues', () => {
  it('gives "Trump and his supporters talk about …" to its subject (the pair is common inside quotations, seldom a cue there)', () => {
    const text = "Trump and his supporters talk about the candidate's plan to strengthen the military and to defeat the Islamic State.";
    const s = statementQuoting(text, "the candidate's plan");
    expect(s.speaker).toBe('Trump and his supporters');
    expect(s.cue).toBe('talk about');
  });

  it('gives "… is worried about what …" to the union head', () => {
    const text = 'The head of the Service Employees International Union is worried about what Donald Trump is stirring up in her 2.1 million members.';
    const s = statementQuoting(text, 'what Donald Trump is stirring up');
    expect(s.speaker).toContain('The head of the Service Employees International Union');
  });

  it('takes "apologize for" as a cue from the other forms of the verb ("apologized for"), too rare to count alone', () => {
    const text = 'Cruz did not apologize for his remarks made last summer when they were played during taping of an MSNBC town hall on Thursday in Buffalo, New York.';
    const s = statementQuoting(text, 'his remarks made last summer');
    expect(s.speaker).toBe('Cruz');
    expect(s.cue).toContain('apologize for');
  });

  it('keeps an adverb between the word and its preposition inside the cue ("touched briefly on")', () => {
    const s = statementQuoting('She touched briefly on the 2016 presidential race and Donald Trump.', 'the 2016 presidential race');
    expect(s.speaker).toBe('She');
    expect(s.cue).toBe('touched briefly on');
  });

  it('keeps the whole object of a pair whose contents training saw run to the sentence end ("point to …, or …, as …")', () => {
    const text = 'They point to technology that has successfully eradicated large swaths of child pornography on the web, or even older tools for spotting computer viruses, as potential guideposts for blocking terror-related content.';
    const s = statementQuoting(text, 'technology that has successfully eradicated');
    expect(s.speaker).toBe('They');
    expect(s.quote).toContain('as potential guideposts for blocking terror-related content');
  });

  it('takes "spoke of" as a cue from the forms of "speak" (an irregular past pooled with "speaks of", "speaking of")', () => {
    const s = statementQuoting("O'Malley spoke of a recent visit to a mosque in Northern Virginia.", 'a recent visit to a mosque');
    expect(s.speaker).toBe("O'Malley");
    expect(s.cue).toBe('spoke of');
  });

  it('takes a noun and its preposition into the cue after a cue verb ("are expressing concern about"): the content is what follows', () => {
    const s = statementQuoting('Republicans across the country are expressing concern about Trump.', 'Trump');
    expect(s.speaker).toBe('Republicans across the country');
    expect(s.cue).toBe('are expressing concern about');
    expect(s.quote).toBe('Trump');
  });
});
