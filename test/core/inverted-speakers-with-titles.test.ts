// `“…,” said Idaho nutritional-supplement executive Frank VanderSloot`: after an inverted cue, one or two lower-case
// words ending in a noun for a person, between a name and a first and last name, are a title and the mention runs
// through the name; before, it stopped at the unseen word ("Idaho"). A verb in that place stays out ("Hillary Clinton
// won South Dakota's Democratic primary"). Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('an inverted speaker with a lower-case title before the name', () => {
  it('reads "Idaho nutritional-supplement executive Frank VanderSloot" whole', () => {
    const text = '"The biggest concern for me is the next Supreme Court justice and that we do not lose the Senate," said Idaho nutritional-supplement executive Frank VanderSloot, who had backed Sen. Marco Rubio of Florida.';
    expect(statementQuoting(text, 'biggest concern').speaker?.startsWith('Idaho nutritional-supplement executive Frank VanderSloot')).toBe(true);
  });

  it('does not read a verb as a title ("Hillary Clinton won South Dakota’s Democratic primary, adding …")', () => {
    const text = 'Hillary Clinton won South Dakota’s Democratic primary on Tuesday, adding to her sizable delegate lead over Sen. Bernie Sanders.';
    expect(statements(text).map((s) => s.speaker)).not.toContain('Hillary Clinton won South Dakota’s Democratic');
  });
});
