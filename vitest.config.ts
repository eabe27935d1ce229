import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure core, page code on a Node DOM, CLI) runs on every commit in seconds;
// `e2e` drives real Chromium and Firefox ESR against the built extension.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'], testTimeout: 60_000 } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
