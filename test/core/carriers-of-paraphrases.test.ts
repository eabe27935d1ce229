// "…, CNN reported" after a paraphrase is the outlet's statement: the words are its own wording (PolNeAR train marks the
// carrier in all 4 such sentences). The statement it carried stays beside it: the reader needs who said it as well as
// who reported it. After someone's quoted words the carrier still gives way (the seed's "…, Reuters reported").
// Sentences from PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('carriers of a paraphrase', () => {
  it('gives "…, CNN reported" the paraphrase of what the campaign said', () => {
    const text = 'The Trump campaign said the candidate will be attending events in Kansas and Florida on Saturday, CNN reported.\n\nSen. Ted Cruz is slated to address CPAC on Friday, while Sen. Marco Rubio is scheduled for Saturday.';
    const s = statementQuoting(text, 'attending events in Kansas');
    expect(s.speaker).toBe('CNN');
    expect(s.cue).toBe('reported');
    expect(s.quote.startsWith('The Trump campaign said')).toBe(true);
    expect(statements(text).filter((x) => x.cue === 'said').map((x) => x.speaker)).toEqual(['The Trump campaign']);
  });

  it('gives "…, BFM TV reported" the paraphrase, beside the authorities\' "urging"', () => {
    const text = 'Local authorities were treating the incident as a terrorist attack and urging people to stay home, BFM TV reported. It occurred as a large crowd was watching a fireworks display celebrating the French national holiday.';
    expect(statementQuoting(text, 'urging people').speaker).toBe('BFM TV');
    expect(statements(text).filter((x) => x.cue === 'reported').map((x) => x.speaker)).toEqual(['BFM TV']);
    expect(statements(text).filter((x) => x.cue === 'urging').map((x) => x.speaker)).toEqual(['Local authorities']);
  });

  it('still gives way to quoted words it carried', () => {
    const text = 'Valery Gerasimov, chief of Russia\'s General Staff, praised North Korean officers and soldiers for their role in Kursk, saying they demonstrated “high professionalism, fortitude, courage, and heroism” while carrying out combat missions, Reuters reported.';
    expect(statements(text).filter((x) => x.speaker === 'Reuters')).toEqual([]);
  });
});
