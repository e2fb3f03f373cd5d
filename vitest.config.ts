import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure logic and components, with fake-browser and fake-indexeddb. Real-browser tests live in
// tests/e2e and run with vitest.e2e.config.ts against the built extension.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'utils/**/*.test.ts',
      'components/**/*.test.tsx',
      'scripts/**/*.test.ts',
      'tests/unit/**/*.test.ts',
      'tests/hostile/light.test.ts',
    ],
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
  },
});
