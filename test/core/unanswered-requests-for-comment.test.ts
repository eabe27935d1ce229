// "did not (immediately) respond to a request for comment": a source's silence, which PolNeAR marks as a statement of
// the source with the request as its content (cues.ts unansweredRequestCue). Sentences from PolNeAR.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('unanswered requests for comment', () => {
  it('gives the request to the subject of "did not immediately respond to" (train)', () => {
    const s = statementQuoting('The Cruz campaign did not immediately respond to a request for comment.', 'a request for comment');
    expect(s.speaker).toBe('The Cruz campaign');
    expect(s.cue).toBe('did not immediately respond to');
    expect(s.quote).toBe('a request for comment');
  });

  it('keeps a long subject before "did not respond to" (train)', () => {
    const s = statementQuoting('Sullivan’s lawyer Beth Wilkinson did not respond to a request for comment.', 'a request for comment');
    expect(s.speaker).toBe('Sullivan’s lawyer Beth Wilkinson');
    expect(s.cue).toBe('did not respond to');
  });

  it('ends the content at "comment" (train)', () => {
    const text = 'She did not respond to a recent request for comment, choosing to step back into obscurity, out of the line of fire.';
    const s = statementQuoting(text, 'a recent request for comment');
    expect(s.speaker).toBe('She');
    expect(s.quote).toBe('a recent request for comment');
  });

  it('makes no such cue of "did not respond to questions" (train)', () => {
    const text = 'The Trump Organization did not respond to questions about how much parental leave it offers employees.';
    expect(statements(text).some((s) => s.cue?.includes('respond'))).toBe(false);
  });
});
