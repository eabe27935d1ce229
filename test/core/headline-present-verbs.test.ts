// A sentence-case headline tells in the present tense what someone did ("Trump demands …", "Republicans ask …"), with
// verbs the body's past tense seldom makes cues: there they are weak cues of the subject right before them. Headlines
// from PolNeAR (train, dev).
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

const body = '\n\nWASHINGTON (AP) — The story follows here.';

describe('present-tense verbs of a sentence-case headline', () => {
  it('gives "Trump demands Ginsburg resign …" to Trump', () => {
    const s = statementQuoting('Trump demands Ginsburg resign for criticizing him as unfit.' + body, 'Ginsburg resign');
    expect(s.speaker).toBe('Trump');
    expect(s.cue).toBe('demands');
  });

  it('reads a base form after a plural subject ("Republicans ask DOJ to investigate …")', () => {
    const s = statementQuoting('Republicans ask DOJ to investigate Clinton for perjury.' + body, 'DOJ to investigate');
    expect(s.speaker).toBe('Republicans');
    expect(s.cue).toBe('ask');
  });

  it('gives "Philippine lawmaker wants Trump banned …" to the lawmaker', () => {
    const s = statementQuoting('Philippine lawmaker wants Trump banned from country.' + body, 'Trump banned');
    expect(s.speaker).toBe('Philippine lawmaker');
    expect(s.cue).toBe('wants');
  });

  it('leaves a negated auxiliary alone ("Laws don\'t apply …")', () => {
    expect(statements("Laws don't apply equially to Clinton." + body)).toEqual([]);
  });

  it('leaves the same verb in the body alone', () => {
    const text = 'A headline.\n\nTrump demands Ginsburg resign for criticizing him as unfit.';
    expect(statements(text).some((s) => s.cue === 'demands')).toBe(false);
  });
});
