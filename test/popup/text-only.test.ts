// Issue 5: page text reaches the popup and options DOM only as text. Preact escapes JSX text children;
// these are the doors around that, and none of them may appear in the shell's UI code.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const UI_DIRS = ['src/popup', 'src/options', 'src/background'].map((d) => resolve(import.meta.dirname, '../..', d));
const FORBIDDEN = /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\s*\(|createContextualFragment/;

test('the popup, options page and background never turn strings into markup or code', () => {
  const offenders: string[] = [];
  for (const dir of UI_DIRS) {
    for (const name of readdirSync(dir, { recursive: true }) as string[]) {
      if (!/\.(ts|tsx|html)$/.test(name)) continue;
      const source = readFileSync(join(dir, name), 'utf8');
      source.split('\n').forEach((line, i) => {
        if (FORBIDDEN.test(line)) offenders.push(`${dir}/${name}:${i + 1}: ${line.trim()}`);
      });
    }
  }
  expect(offenders).toEqual([]);
});
