import { describe, expect, it } from 'vitest';
import { isStatementView } from '../../src/messages';
import { shorten, toStatementView } from '../../src/content/statement-views';

const TEXT = 'Vladimir Putin, the Russian president, said, “The complete defeat of our enemy along Kursk\'s border region creates the right conditions.”';

describe('statement views', () => {
  it('turns an attribution into plain strings the popup accepts', () => {
    const quote = TEXT.indexOf('The complete');
    const view = toStatementView(TEXT, {
      id: 'a1', kind: 'direct', stance: 'claim',
      quote: { start: quote, end: TEXT.length - 1 },
      cue: { start: TEXT.indexOf('said'), end: TEXT.indexOf('said') + 4 },
      speaker: { start: 0, end: 14, name: 'Vladimir Putin', type: 'person', role: 'the Russian president' },
    });
    expect(view).toEqual({
      id: 'a1', kind: 'direct', stance: 'claim', cue: 'said',
      excerpt: "The complete defeat of our enemy along Kursk's border region creates the right conditions.",
      speaker: { name: 'Vladimir Putin', type: 'person', mention: 'Vladimir Putin', role: 'the Russian president' },
    });
    expect(isStatementView(view)).toBe(true);
  });

  it('shortens long excerpts at a word, with an ellipsis', () => {
    const long = 'The defensive operation of the Ukrainian Defense Forces in certain areas in the Kursk region continues. '.repeat(4);
    const short = shorten(long, 80);
    expect(short.length).toBeLessThanOrEqual(80);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
  });

  it('never cuts an emoji (surrogate pair) in half', () => {
    const text = `${'x'.repeat(78)}😀😀😀 and more words after it`;
    for (let max = 70; max < 90; max++) {
      const short = shorten(text, max);
      expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(short), `max ${max}`).toBe(false);
    }
  });
});
