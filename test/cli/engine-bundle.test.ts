import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureEngineSize } from '../../src/cli/bench/engine-size';
import { table } from '../../src/cli/bench/table';
import { median } from '../../src/cli/bench/measure';

describe('the engine as bench measures it', () => {
  it('bundles for the browser with no Node built-ins, and gzips to a positive size smaller than the minified code', async () => {
    const size = await measureEngineSize();
    expect(size.gzipBytes).toBeGreaterThan(0);
    expect(size.gzipBytes).toBeLessThan(size.minifiedBytes);
  });

  it('the same build refuses a Node import, so a bundled engine proves src/core stays pure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wsw-bundle-'));
    const impure = join(dir, 'impure.ts');
    writeFileSync(impure, "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n");
    await expect(measureEngineSize(impure)).rejects.toThrow(/node:fs/);
  });
});

describe('bench helpers', () => {
  it('median of an odd and an even number of runs', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('prints a markdown table with the first column left-aligned and the numbers right-aligned', () => {
    expect(table(['tool', 'ms'], [['engine', '12.5'], ['wink-nlp', '1177.2']])).toBe(
      ['| tool     |     ms |', '|----------|-------:|', '| engine   |   12.5 |', '| wink-nlp | 1177.2 |'].join('\n'),
    );
  });
});
