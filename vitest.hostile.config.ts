import { defineConfig } from 'vitest/config';

// The heavy hostile corpus: big feeds through the real CLI, one process each (`npm run test:hostile`). One case at a
// time, so each process's peak memory is its own.
export default defineConfig({
  test: {
    include: ['tests/hostile/heavy.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
