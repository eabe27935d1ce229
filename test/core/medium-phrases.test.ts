import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

// "in an on-air diatribe", "in a commercial", "in the fifth Republican debate": after an object cut hard, a phrase
// naming the medium of the act says where it was said, not what, and the content ends before it.
describe('a medium phrase after an object stays out of the content', () => {
  const quotes = (text: string): string[] => analyse(text).attributions.map((a) => text.slice(a.quote.start, a.quote.end));

  it('ends before "in an on-air diatribe" (PolNeAR dev, nyt_2016-09-19_old-hands-help-russia-navigate-u)', () => {
    const text = 'Another RT America host, Abby Martin, had previously denounced the annexation in an on-air diatribe, which RT pointed to as an example of its openness to opposing viewpoints.';
    expect(quotes(text)).toContain('the annexation');
  });

  it('ends before "in a commercial" (PolNeAR train, wash-post_2015-12-24_ted-cruz-constitutional-conserva)', () => {
    const text = 'Cruz defends his outsider bona fides in a commercial running on Iowa TV: "Securing our borders and stopping illegal immigration is a matter of national security," the senator says directly to the camera.';
    expect(quotes(text)).toContain('his outsider bona fides');
  });

  it('ends before "in the fifth Republican debate" (PolNeAR train, wash-post_2015-12-20_marco-rubio-s-strategic-stances)', () => {
    const text = 'He did it Tuesday night in Las Vegas, talking about immigration in the fifth Republican debate.';
    expect(quotes(text)).toContain('immigration');
  });
});
