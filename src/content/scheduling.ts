// When work runs: first when the page is idle, then in short slices that hand the main thread back to
// the page between them, so no task of ours runs long (target: none over 50 ms).

type IdleWindow = Window & { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number };

/** Resolves when the page is idle (or after `timeoutMs` at the latest). */
export function whenIdle(win: Window, timeoutMs: number): Promise<void> {
  const idle = win as IdleWindow;
  return new Promise((resolve) => {
    if (typeof idle.requestIdleCallback === 'function') idle.requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 1);
  });
}

/**
 * Gives the page a turn: scheduler.yield() where it exists, else a MessageChannel hop (not
 * window.postMessage, which the page could see; not setTimeout, which clamps to 4 ms when nested).
 */
export function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** performance.mark/measure under names any tool can read from the page's timeline ("wsw:…"). */
export function markTime(win: Window, name: string): void {
  try {
    win.performance.mark(name);
  } catch {
    // a page that replaced performance: timing is optional
  }
}

export function measureTime(win: Window, name: string, startMark: string, endMark: string): void {
  try {
    win.performance.measure(name, startMark, endMark);
  } catch {
    // missing marks (a run cut short): nothing to measure
  }
}
