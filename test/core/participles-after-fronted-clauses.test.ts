// A participle or coordinated verb after a sentence's main clause is that clause's subject's, not the speaker of a
// frame inside a fronted adverbial clause ("When …", "while …", "As …", "Years after …"). Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a participle after a fronted adverbial clause', () => {
  it('is the main clause\'s subject (When Maddow pointed out …, Clinton seized …, repeating …)', () => {
    const text = 'When Maddow pointed out that Sanders refers to it as "Medicare for all," Clinton seized upon the reference, repeating her campaign\'s line this week that Sanders\' plan would jeopardize all health care by granting Republican governors control.';
    const s = statementQuoting(text, 'jeopardize all health care');
    expect(s.speaker).toBe('Clinton');
    expect(s.cue).toBe('repeating');
  });

  it('is the main clause\'s subject after an opening phrase (In a September debate, while …, Trump hewed …, noting …)', () => {
    const text = "In a September debate, while most of his competitors called for a bigger military effort to destroy the Islamic State, also known as ISIS or ISIL, Trump hewed more to President Obama's approach, noting that the Syrian leadership and ISIL are enemies.";
    expect(statementQuoting(text, 'the Syrian leadership and ISIL are enemies').speaker).toBe('Trump');
  });

  it('is the main clause\'s subject after "As …" (As the White House hints …, Texas Governor Greg Abbott is not having any of it, immediately delivering …)', () => {
    const text = 'As the White House hints at what some of his plans might include, Texas Governor Greg Abbott is not having any of it, immediately delivering a stark message on his Twitter account in defiance of the President’s plans.';
    expect(statementQuoting(text, 'a stark message').speaker).toBe('Texas Governor Greg Abbott');
  });

  it('is the main clause\'s subject after a lead word (Years after Bill Clinton … claimed …, Obama won … by promising …)', () => {
    const text = 'Years after Bill Clinton disingenuously claimed that the era of big government was over, Obama won his party’s nomination by promising its furious revenge.';
    expect(statementQuoting(text, 'its furious revenge').speaker).toBe('Obama');
  });

  it('goes to the main clause\'s pronoun for a coordinated verb (Last month, when I asked …, he looked …, furrowed his brow and said …)', () => {
    const text = 'Last month, when I asked Bernie Sanders if he would ever endorse Hillary Clinton, he looked straight into my iPhone camera, furrowed his brow and said, "I\'m gonna endorse YOU!"';
    const s = statementQuoting(text, 'endorse YOU');
    expect(s.speaker).toBe('he');
    expect(s.cue).toBe('said');
    expect(statementQuoting(text, 'if he would ever endorse').speaker).toBe('I');
  });

  it('keeps a main clause\'s subject after the fronted clause (While celebrating …, Trump mocked …, saying …)', () => {
    const text = 'While celebrating sweeping victories in five Republican primaries Tuesday night, Trump mocked the qualifications of the Democratic front-runner, saying she would be a bad president who lacks "strength."';
    expect(statementQuoting(text, 'she would be a bad president').speaker).toBe('Trump');
  });
});
