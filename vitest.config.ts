import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // expect.poll waits for what a user waits for; on a loaded machine that can take more than
    // vitest's default of one second. Waiting longer costs nothing once the condition holds.
    expect: { poll: { timeout: 10_000 } },
    // End-to-end files each start a server and a browser; two cores run them best one at a time.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
