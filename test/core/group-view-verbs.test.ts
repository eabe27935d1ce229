// A group of people's fear, feeling or view is their statement when a common noun for the group is the verb's subject
// ("some critics fear …", "many of her aides feel …", "Union leaders also see …"; noun-subject-cues.ts): real
// sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statements, statementQuoting } from './engine-helpers';

describe('a verb of fearing, feeling or seeing after a common noun for a group of people', () => {
  it('makes the group the speaker of the clause after it', () => {
    const fear = statementQuoting('While almost everyone agrees NCLB was a deeply flawed law, some critics fear the new approach will leave poor and minority students with fewer protections.', 'the new approach');
    expect(fear.speaker).toBe('some critics');
    expect(fear.cue).toBe('fear');
    expect(fear.quote).toBe('the new approach will leave poor and minority students with fewer protections');
    const feel = statementQuoting('In Clinton’s Brooklyn-based campaign, many of her aides feel they have enough on their plates without the sideline kibitzing from a should-be ally.', 'enough on their plates');
    expect(feel.speaker).toBe('many of her aides');
    expect(feel.cue).toBe('feel');
  });

  it('reads the verb after an adverb', () => {
    const see = statementQuoting('Union leaders also see a powerful unifier who can help mend any lingering hard feelings about the decision to endorse early.', 'a powerful unifier');
    expect(see.speaker).toBe('Union leaders');
    expect(see.cue).toBe('also see');
  });

  it('is no cue after a noun that names no group of people', () => {
    expect(statements('The reforms feel rushed to many teachers in the district.')).toEqual([]);
  });
});
