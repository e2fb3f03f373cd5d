import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { panelChunks } from './scripts/build/panel-chunks';

// The Firefox test build (`npm run test:firefox`) adds a hook that opens Signpost's pages in tabs, since WebDriver
// BiDi cannot navigate to them (utils/testing/setup-test-hooks.ts). It goes to its own folder, never the shipped one.
const testHooks = process.env.SIGNPOST_TEST_HOOKS === '1';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  ...(testHooks ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-test' } : {}),
  // Firefox reviewers get the sources to rebuild from; test data and pictures are not part of that.
  zip: { excludeSources: ['tests/fixtures/**', 'docs/**', '.ci/**'] },
  vite: () => ({
    plugins: [preact()],
    // `SIGNPOST_MINIFY=0` keeps function names readable in a CPU profile (scripts/bench/profile-import.ts,
    // profile-panel.ts).
    build: {
      minify: process.env.SIGNPOST_MINIFY !== '0',
      // The side panel's first view in two chunks, not ~20 (scripts/build/panel-chunks.ts).
      rolldownOptions: { output: { codeSplitting: { groups: panelChunks } } },
    },
    define: { 'import.meta.env.SIGNPOST_TEST_HOOKS': JSON.stringify(testHooks) },
  }),
  manifest: ({ browser }) => ({
    name: 'Signpost',
    description:
      'Find the right local community service for a patient and refer to your social prescribing link worker.',
    // storage: settings and drafts; alarms: scheduled directory refresh. Host access comes from the content
    // script's match patterns and is used for two things only: reading the patient on request, fetching feeds.
    // Firefox's MV2 does not count content script matches as host access, so it is listed there explicitly.
    // identity: only for a PCN whose FHIR server signs users in with OAuth 2. Chrome asks for it when "Sign in to
    // the FHIR server" is pressed (utils/fhir/oauth-browser.ts), so other practices never grant it; Firefox cannot
    // make it optional (web-ext lint: invalid optional permission) and shows no install prompt for it.
    // offscreen (Chrome only): an import normalises its feed in a worker, which an MV3 service worker cannot start.
    permissions: [
      'storage',
      'alarms',
      ...(browser === 'firefox' ? ['http://*/*', 'https://*/*', 'identity'] : ['offscreen']),
    ],
    ...(browser === 'firefox' ? {} : { optional_permissions: ['identity'] }),
    action: { default_title: 'Open Signpost' },
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+S' },
              description: 'Open Signpost and search',
            },
          }
        : {
            _execute_action: {
              suggested_key: { default: 'Alt+Shift+S' },
              description: 'Open Signpost and search',
            },
          },
    // Chrome reads an organisation's policy for Signpost against this schema (see utils/config/managed.ts).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'signpost@signpost.local',
              strict_min_version: '140.0',
              // Signpost collects nothing: patient details leave the device only when the user sends them.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
