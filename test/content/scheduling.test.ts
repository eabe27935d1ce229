import { describe, expect, it } from 'vitest';
import { nextSlice } from '../../src/content/scheduling';

const idleWindow = (deadline: { didTimeout: boolean; timeRemaining(): number }) =>
  ({ requestIdleCallback: (cb: (d: typeof deadline) => void) => setTimeout(() => cb(deadline), 0) }) as unknown as Window;

describe('nextSlice', () => {
  it('takes at most 20 ms of a long idle period, so no task of ours nears 50 ms', async () => {
    expect(await nextSlice(idleWindow({ didTimeout: false, timeRemaining: () => 49.9 }), 8)).toBe(20);
  });

  it('takes a short idle period as it is, but never less than the fallback slice', async () => {
    expect(await nextSlice(idleWindow({ didTimeout: false, timeRemaining: () => 12 }), 8)).toBe(12);
    expect(await nextSlice(idleWindow({ didTimeout: false, timeRemaining: () => 1 }), 8)).toBe(8);
  });

  it('falls back to the short slice when the page never goes idle (timeout) or has no idle callbacks', async () => {
    expect(await nextSlice(idleWindow({ didTimeout: true, timeRemaining: () => 0 }), 8)).toBe(8);
    expect(await nextSlice({} as Window, 8)).toBe(8);
  });
});
