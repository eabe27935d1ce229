import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

// "At CPAC, Fox News Sean Hannity asked Kasich …": a short phrase of place, time or manner before the speaker's comma
// says where or how the subject spoke; what was said follows the cue.
describe('an opening phrase before the speaker is no content', () => {
  it('"At a recent town hall meeting in New Hampshire, a young woman asked …" (PolNeAR train, nyt_2015-12-31_trump-turns-attacks-on-another-c)', () => {
    const text = 'At a recent town hall meeting in New Hampshire, a young woman asked Mrs. Clinton about several women who said they were sexually harassed by Mr. Clinton.';
    expect(statements(text).some((s) => s.quote.startsWith('At a recent town hall'))).toBe(false);
    const asked = statementQuoting(text, 'several women');
    expect(asked.speaker).toBe('a young woman');
    expect(asked.quote).toBe('several women who said they were sexually harassed by Mr. Clinton');
  });

  it('"At CPAC, Fox News Sean Hannity asked Kasich, …" (PolNeAR train, west-journal_2016-03-04_kasich-just-revealed-the-thing-h)', () => {
    const text = 'At CPAC, Fox News Sean Hannity asked Kasich, who is currently fourth in the Republican delegate count, to lay out his path to becoming the party’s nominee in July.';
    expect(statements(text).some((s) => s.quote === 'At CPAC')).toBe(false);
    expect(statementQuoting(text, 'to lay out his path').speaker).toBe('Fox News Sean Hannity');
  });

  it('takes no lone connective in parentheses for the content ("(Indeed, I would not even be commenting on this issue …)", saved blog page)', () => {
    const text = 'I, like many other software freedom leaders, curtail my public comments on issues not related to FOSS. (Indeed, I would not even be commenting on this issue if it had not become a central issue for the FSF.)';
    expect(statements(text).some((s) => s.quote === 'Indeed')).toBe(false);
  });
});
