// `“…,” said Beck, who said there were “…”`: a quotation after a speaking relative in the tail is the relative's, not
// the first quotation resumed (PolNeAR train marks the "who" statement in each such sentence). A quoted sentence of
// its own after the relative clause still goes on with the first speaker, as gold has it. Sentences from PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('speaking relatives after a quotation tail', () => {
  it('gives "who said there were “…”" its own statement', () => {
    const text = '“Donald Trump is a dictator in the making,” said Beck, who said there were “too many disturbing things for me to dismiss on Donald Trump.”';
    const beck = statementQuoting(text, 'dictator in the making');
    expect(beck.speaker).toBe('Beck');
    expect(beck.quote).not.toContain('disturbing');
    const who = statementQuoting(text, 'too many disturbing things');
    expect(who.speaker).toBe('who');
    expect(who.cue).toBe('said');
  });

  it('ends "said Chicago Alderman Jason C. Ervin" before "who thinks … “…”"', () => {
    const text = '"People are angry," said Chicago Alderman Jason C. Ervin, who thinks Emanuel and his staff "need to be more collaborative, working with the community. There\'s definitely some fence-mending that needs to be done if his long-term goal is to stay where he is."';
    expect(statementQuoting(text, 'People are angry').quote).toBe('People are angry,');
    expect(statementQuoting(text, 'fence-mending').speaker).toBe('who');
  });

  it('keeps a quoted sentence after the relative clause with the first speaker', () => {
    const text = '"He did try to intimidate me," said O\'Donnell, who wrote about the attorney\'s visit in the book. "Thank goodness, both of those things weren\'t true."';
    expect(statementQuoting(text, 'intimidate me').quote).toContain('Thank goodness');
  });
});
