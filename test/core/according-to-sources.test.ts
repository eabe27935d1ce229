// The source after "according to" ends at its last word: a parenthesis that closes the aside the source sits in is not
// part of it ("… according to guidance from the Mayo Clinic.)"), while one the source opened is ("the Vox Populi (Voice
// of the People)"). The scorer trims such marks, a reader sees them highlighted. Sentences from a saved page and
// PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statements } from './engine-helpers';

const sourceNaming = (text: string, name: string): string | undefined => statements(text).find((a) => a.speaker?.includes(name))?.speaker ?? undefined;

describe('the source after "according to"', () => {
  it('leaves out the parenthesis closing its aside (saved page aeb/cnn-ef4e67b66d)', () => {
    const text = "(As CNN's chief medical correspondent Dr. Sanjay Gupta noted at the time, Trump's heart disease meant that the President had a moderate risk of a heart attack in the following 3-5 years, according to guidance from the Mayo Clinic.) Read More";
    expect(sourceNaming(text, 'Mayo')).toBe('guidance from the Mayo Clinic');
  });

  it('leaves out the parenthesis after a bare name ("… closer to 15 percent, according to Factcheck.org)", train)', () => {
    const text = 'Trump, in turn, cites his Twitter followers as the source for some of his own non-facts, such as his recent claim that African Americans killed 81 percent of white homicide victims (the actual number is closer to 15 percent, according to Factcheck.org). He defended his position.';
    expect(sourceNaming(text, 'Factcheck')).toBe('Factcheck.org');
  });
});
