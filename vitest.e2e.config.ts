import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian's Chromium with the built extension (.output/chrome-mv3) loaded. One browser per
// file, files one after another: two cores do not run several Chromiums well.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
