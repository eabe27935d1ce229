// A negated auxiliary or a lone "no"/"yes" where a subject would stand belongs to an imperative or an answer
// ("Don't blame Bush.", "No. Donand Trump has money and seems to think …"): no speaker there, no statement (train 0
// of 3 such statements right, dev 0 of 3). Nor is a subject opened by a free relative or an indefinite pronoun
// ("Everything Trump says is a lie", train 0 of 7). Sentences from PolNeAR dev and train.
import { describe, expect, it } from 'vitest';
import { statements } from './engine-helpers';

describe('imperatives and answers are not speakers', () => {
  it('makes no statement of "Don\'t blame Bush."', () => {
    const text = 'The failure to comprehend the threats today is a clear dereliction of duty.\n\nDon\'t blame Bush.\n\nAttacks on the American homeland stepped up when Obama and Clinton took office.';
    expect(statements(text).filter((s) => s.speaker === "Don't")).toEqual([]);
  });

  it('makes no statement of a headline\'s "DON’T WANT TO"', () => {
    const text = 'FELLOW DOCTORS DON’T WANT TO ASSOCIATE WITH HIM — Oz may hit TV ratings gold week after week.';
    expect(statements(text).filter((s) => s.speaker?.endsWith('DON’T'))).toEqual([]);
  });

  it('makes no statement with the answer "No." as speaker', () => {
    const text = 'No. Donand Trump has money and seems to think he is exempt.';
    expect(statements(text).filter((s) => s.speaker === 'No')).toEqual([]);
  });

  it('makes no statement of "Everything Trump says is a lie" (dev)', () => {
    const text = "We don't care. Everything Trump says is a lie unless proven otherwise. We aren't blind.";
    expect(statements(text).filter((s) => s.speaker?.startsWith('Everything'))).toEqual([]);
  });

  it('makes no statement of "Nothing the president said …" (train)', () => {
    const text = 'Nothing the president said "will assuage people\'s fears," the Florida senator said.';
    expect(statements(text).filter((s) => s.speaker?.startsWith('Nothing'))).toEqual([]);
  });
});
