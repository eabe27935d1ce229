import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

// "…, a mass layoff rivaling that of …", "…, an ambitious goal that would …": after what was said, a last comma, "a"/"an",
// a few lower-case words and "that"/"which" open the writer's summary of it, and the content ends before the comma.
describe('a summary appositive after a content stays out of it', () => {
  const quotes = (text: string): string[] => analyse(text).attributions.map((a) => text.slice(a.quote.start, a.quote.end));

  it('ends before ", a mass layoff rivaling that …" (PolNeAR train, wash-post_2016-01-20_fiorina-pushed-ahead-and-paid-a-)', () => {
    const text = 'In September, a still-struggling HP announced it would slash up to 30,000 jobs, a mass layoff rivaling that of the cuts under Fiorina in the wake of the Compaq deal.';
    expect(quotes(text)).toContain('it would slash up to 30,000 jobs');
  });

  it('ends before ", an ambitious goal that …" (PolNeAR train, usa-today_2016-01-12_energy-guns-top-young-voters-age)', () => {
    const text = 'By an overwhelming 80%-10%, those surveyed say the United States should transition to mostly clean or renewable energy by 2030, an ambitious goal that would surely require the leadership of the next president.';
    expect(quotes(text)).toContain('the United States should transition to mostly clean or renewable energy by 2030');
  });

  it('ends before ", a swipe at …" (PolNeAR train, breitbart_2016-03-15_the-latest-kasich-scores-all-del)', () => {
    const text = 'The Florida senator sought to calm his supporters, and took a heckler in stride, saying the person would “not get beat up” at his rally, a swipe at the recent disturbances at some of Trump’s rallies.';
    expect(quotes(text)).toContain('the person would “not get beat up” at his rally');
  });

  it('keeps an appositive that describes a name (PolNeAR train, breitbart_2016-07-22_tim-kaine-fully-embraced-abortio)', () => {
    const text = 'In addition to stating that unborn babies have no constitutional rights, Clinton has vowed to work to repeal the Hyde Amendment, a longstanding federal provision that prohibits taxpayer funding of most abortions.';
    expect(quotes(text).some((q) => q.endsWith('prohibits taxpayer funding of most abortions'))).toBe(true);
  });
});
