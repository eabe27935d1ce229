import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

// A capitalised cue word right after a capitalised word, with a comma or a lower-case word after it, is the last word
// of a name ("Stevie Wonder", "Todd Stern"), not a verb; a headline's verb ("Mike Pence Calls for …") still is one.
describe('the last word of a name is no cue', () => {
  const cues = (text: string): string[] => analyse(text).attributions.map((a) => (a.cue ? text.slice(a.cue.start, a.cue.end) : ''));

  it('reads no statement from "Stevie Wonder," (PolNeAR dev, nyt_2016-09-25_obama-says-african-american-muse)', () => {
    const text = "His speech was the centerpiece of a solemn, yet quietly jubilant, ceremony featuring the civil rights leader John Lewis, a Democratic congressman from Georgia, as well as celebrities like Oprah Winfrey, Will Smith, Robert DeNiro, Patti LaBelle and Stevie Wonder, who joked of the museum, ''I haven't seen it yet, but I'm going to.''";
    expect(cues(text)).not.toContain('Wonder');
  });

  it('reads no statement from "Todd Stern," (PolNeAR dev, nyt_2016-09-08_obama-on-climate-change-the-tren)', () => {
    const text = "Mr. Podesta and Todd Stern, the State Department's climate envoy, began arduous negotiations with China.";
    expect(cues(text)).not.toContain('Stern');
  });

  it('keeps a headline verb with its preposition (PolNeAR train, breitbart_2016-08-23_mike-pence-calls-for-special-pro)', () => {
    const text = 'Mike Pence Calls for Special Prosecutor after Report Reveals Clinton’s Meetings with Foundation Donors';
    expect(cues(text)).toContain('Calls for');
  });
});
