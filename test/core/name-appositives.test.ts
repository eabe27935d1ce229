import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

// A content's last comma after a name, then "the …" to the end, opens the writer's appositive: the content ends
// before it (PolNeAR train: 10 such contents end there vs 6 that run on). An "and" after it makes a list, which stays.
describe('content ends before a closing appositive of a name', () => {
  const quotes = (text: string): string[] => analyse(text).attributions.map((a) => text.slice(a.quote.start, a.quote.end));

  it('ends before ", the presumed Putin favorite" (PolNeAR dev, nyt_2016-09-19_old-hands-help-russia-navigate-u)', () => {
    const text = 'Schultz generally supported Democrats during his time on MSNBC, which let him go in 2015, and said he did not support Mr. Trump, the presumed Putin favorite.';
    expect(quotes(text)).toContain('he did not support Mr. Trump');
  });

  it('ends before ", the presumptive … nominee" (PolNeAR train, nyt_2016-06-09_ryan-calls-trump-line-racist-but)', () => {
    const text = 'Ryan reiterated his support for Mr. Trump, the presumptive Republican presidential nominee.';
    expect(quotes(text)).toContain('his support for Mr. Trump');
  });

  it('keeps a list of names (PolNeAR dev, usa-today_2016-09-08_lawmaker-urges-retaliation-on-ru)', () => {
    const text = 'Schiff said that computer hacking of the Democratic National Committee, the Democratic Congressional Campaign Committee and state election offices in Arizona and Illinois can be traced to the Russian government.';
    expect(quotes(text).some((q) => q.endsWith('can be traced to the Russian government'))).toBe(true);
  });
});
