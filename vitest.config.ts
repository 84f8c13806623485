import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // End-to-end files each start a server and a browser; two cores run them best one at a time.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
