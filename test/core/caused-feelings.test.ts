// "The remark worried some analysts and activists", "His behavior has angered the party's top figures": a verb of
// feeling whose content is only its object names who felt it; nothing is said (train: 6 such statements, none right;
// dev 0 of 1). A "that" clause, a clause without "that", a topic after a preposition or a passive keep the statement.
import { describe, expect, it } from 'vitest';
import { frameWithCue, statementQuoting, statements } from './engine-helpers';

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

// "FBI officials were angered by the deal": a feeling's participle with "by" names its cause, no speaker, and the one
// who felt it said nothing (train: 7 such passive frames in 7 documents, none right). A "that" clause after the
// participle stays a statement.
describe('a passive feeling with "by" and its cause', () => {
  it('makes no statement of "Immigrant rights advocates have been outraged by the raids, …" (train)', () => {
    const text = 'Immigrant rights advocates have been outraged by the raids, which are the first large-scale effort to deport families who have fled violence in Central America.';
    expect(statements(text)).toEqual([]);
  });

  it('gives "predicted" to the subject of "FBI officials were angered by the deal and predicted …" (train)', () => {
    const text = 'FBI officials were angered by the deal and predicted it would affect the outcome of other cases involving classified information.';
    const all = statements(text);
    expect(all.map((s) => s.cue)).toEqual(['predicted']);
    expect(all[0]!.speaker).toBe('FBI officials');
    expect(all[0]!.quote).toBe('it would affect the outcome of other cases involving classified information');
  });

  it('makes no statement of "… the former House Speaker is intrigued by the opportunity to have a role in it" (train)', () => {
    const text = 'As America prepares for a contentious election, the former House Speaker is intrigued by the opportunity to have a role in it.';
    expect(frameWithCue(text, 'is intrigued').quote).toBeNull();
  });

  it('keeps "some Democrats are concerned that Sanders’ tactics could …" (train)', () => {
    const text = 'But despite the math, some Democrats are concerned that Sanders’ tactics could make it more difficult to unite in the summer.';
    const s = statementQuoting(text, 'Sanders’ tactics');
    expect(s.speaker).toBe('some Democrats');
    expect(s.cue).toBe('are concerned');
  });
});
