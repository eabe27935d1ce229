// Public entry of the engine. PLACEHOLDER: the real pipeline replaces this body (issue 2).
import type { AnalyseOptions, Analysis, Attribution } from './types';
export type * from './types';

export function analyse(text: string, _options: AnalyseOptions = {}): Analysis {
  const attributions: Attribution[] = [];
  const re = /[“"]([^”"\n]{3,})[”"]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + 1;
    attributions.push({ id: `a${attributions.length + 1}`, kind: 'direct', quote: { start, end: start + m[1]!.length }, cue: null, speaker: null, stance: 'claim' });
  }
  return { attributions, truncated: false };
}
