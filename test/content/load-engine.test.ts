import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { loadEngineInSteps } from '../../src/content/load-engine';

describe('loading the engine in steps', () => {
  it('gives the same worker as one import, whose engine finds Putin\'s statement', async () => {
    const { window } = parseHTML('<!doctype html><html><body></body></html>');
    const worker = await loadEngineInSteps(window as unknown as Window);
    expect(worker).toBe(await import('../../src/content/analyse-and-highlight'));
    const text = 'Putin said the operation was over.';
    const analysis = worker.analyseArticle({ text, root: window.document.body, runs: [], blocks: [{ start: 0, end: text.length }], bodyStart: 0, truncated: false }, 40);
    expect(analysis.statements.map((s) => s.speaker?.name)).toEqual(['Putin']);
  });
});
