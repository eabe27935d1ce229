// After a newly introduced thing ("a super PAC", "one PAC"), a bare "called" names it; with a pronoun object it is
// still a statement ("A reporter … called it …"). Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('naming with "called"', () => {
  it('finds no statement in "A newly formed super PAC called Future 45 ran …"', () => {
    const text = 'A newly formed super PAC called Future 45 ran its first round of ads in Iowa and New Hampshire using her comments before a special House Benghazi committee that "I was responsible for quite a bit" of Obama\'s foreign policy.';
    expect(statements(text).filter((s) => s.cue === 'called')).toEqual([]);
  });

  it('keeps "… and called National Nurses United “one of the sponsors …”": a quoted label after the name', () => {
    const text = 'It’s become such a presence on the trail that Sanders during a Sunday thanked its members “for their support in my campaign” and called National Nurses United “one of the sponsors of my campaign and I appreciate that.”';
    const s = statementQuoting(text, 'one of the sponsors');
    expect(s.cue).toBe('called');
    expect(s.quote.startsWith('National Nurses United “one of the sponsors')).toBe(true);
  });

  it('keeps "one lawmaker called Trump “the orange prince …”": a newly introduced speaker, a name and a quoted label', () => {
    const text = 'That proposal prompted Britain\'s Parliament to call a debate in January on whether to ban Trump; one lawmaker called Trump "the orange prince of American self-publicity." But the move to ban him was unsuccessful.';
    const s = statementQuoting(text, 'orange prince');
    expect(s.speaker).toBe('one lawmaker');
    expect(s.cue).toBe('called');
  });

  it('keeps "A reporter for Agence France-Presse called it …"', () => {
    const s = statementQuoting('A reporter for Agence France-Presse called it "absolute chaos."', 'absolute chaos');
    expect(s.speaker).toBe('A reporter for Agence France-Presse');
  });

  it('finds no statement in "Someone named Man Haron Monis … seized hostages" (saved Salon page)', () => {
    const text = 'In case you missed the story, the facts are these: Someone named Man Haron Monis, who was considered mentally unstable and had been investigated for murdering his ex-wife, seized hostages in a café that was located in Sydney’s Central Business District or “CBD.”';
    expect(statements(text).filter((s) => s.cue === 'named')).toEqual([]);
  });

  it('finds no statement in "or Aotearoa as it is called by Māori" (saved Guardian page)', () => {
    const text = 'Whale experts regard New Zealand – or Aotearoa as it is called by Māori – as the whale stranding capital of the world, with more than 5,000 incidents recorded since 1840.';
    expect(statements(text).filter((s) => s.cue?.includes('called'))).toEqual([]);
  });
});
