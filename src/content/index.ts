// Content script entry, injected into every page: small on purpose. The controller does the cheap
// article check; the engine, highlighter and card load lazily (import()) only where an article is found.
import { startContentScript } from './content-script';
import { browserPort } from './extension-port';
import { loadEngineInSteps } from './load-engine';

try {
  startContentScript({ win: window, port: browserPort(), loadWorker: () => loadEngineInSteps(window) });
} catch {
  // Never throw into the page.
}
