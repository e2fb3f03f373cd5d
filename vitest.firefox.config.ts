import { defineConfig } from 'vitest/config';

// Firefox ESR with the Firefox test build (.output/firefox-mv2-test), over WebDriver BiDi: `npm run test:firefox`.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
