// "The remark worried some analysts and activists", "His behavior has angered the party's top figures": a verb of
// feeling whose content is only its object names who felt it; nothing is said (train: 6 such statements, none right;
// dev 0 of 1). A "that" clause, a clause without "that", a topic after a preposition or a passive keep the statement.
import { describe, expect, it } from 'vitest';
import { frameWithCue, statements } from './engine-helpers';

describe('a verb of feeling with only its object after it', () => {
  it('makes no statement of "The remark worried some analysts and activists" (train)', () => {
    const text = 'The remark worried some analysts and activists.';
    expect(frameWithCue(text, 'worried').quote).toBeNull();
  });

  it('makes no statement of "… worried Tasos Georgelis, deputy commissioner …" (saved page readability/nytimes-3)', () => {
    const text = 'The thaw, much welcomed by many New Yorkers, worried Tasos Georgelis, deputy commissioner for water and sewer operations at the Department of Environmental Protection, which operates the city’s water system.';
    expect(statements(text)).toEqual([]);
  });

  it('makes no statement of "Yet the BBC has regularly angered prime ministers …" (dev)', () => {
    const text = 'Yet the BBC has regularly angered prime ministers and members of the government.';
    expect(frameWithCue(text, 'has regularly angered').quote).toBeNull();
  });

  it('keeps a clause after the verb ("Paul Ryan worried the social safety net was becoming …")', () => {
    const text = 'Paul Ryan worried the social safety net was becoming a hammock.';
    expect(frameWithCue(text, 'worried').quote).toBe('the social safety net was becoming a hammock');
  });
});
