// describeInBrowsers: the same tests once per browser, each with its own ExtensionSession.
// A browser missing on this machine skips its tests with a clear message; with CI=true it fails them,
// so CI can never pass by testing nothing.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { BROWSER_KINDS, browserLabel, findBrowser, installHint, type BrowserKind } from './browsers';
import { ExtensionSession, REPO_ROOT } from './extension-session';

export interface BrowserContext {
  kind: BrowserKind;
  /** The running session (valid inside tests and hooks, after the suite's beforeAll). */
  session(): ExtensionSession;
}

const isCI = () => /^(1|true|yes)$/i.test(process.env.CI ?? '');

export function describeInBrowsers(title: string, body: (context: BrowserContext) => void, kinds: readonly BrowserKind[] = BROWSER_KINDS): void {
  for (const kind of kinds) {
    const label = `${title} [${browserLabel(kind)}]`;
    if (!findBrowser(kind)) {
      const reason = `${browserLabel(kind)} not found: ${installHint(kind)}`;
      if (isCI()) {
        describe(label, () => {
          test('needs the browser (CI=true: a missing browser fails the run)', () => {
            throw new Error(reason);
          });
        });
      } else {
        console.warn(`SKIPPED ${label}: ${reason}`);
        describe.skip(`${label} — skipped, ${reason}`, () => body({ kind, session: () => never() }));
      }
      continue;
    }
    describe(label, () => {
      let session: ExtensionSession | null = null;
      beforeAll(async () => {
        assertBuilt(kind);
        session = await ExtensionSession.launch(kind);
      });
      afterAll(async () => {
        await session?.close();
      });
      body({ kind, session: () => session ?? never() });
    });
  }
}

function assertBuilt(kind: BrowserKind): void {
  const manifest = resolve(REPO_ROOT, 'dist', kind === 'chromium' ? 'chrome' : 'firefox', 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`${manifest} is missing: run \`npm run build\` first (npm test does)`);
}

function never(): never {
  throw new Error('the browser session is not running (did beforeAll fail?)');
}
