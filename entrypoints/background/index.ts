import { defineBackground } from 'wxt/utils/define-background';
import { setupManagedSync } from '@/utils/config/setup-managed-sync';
import { setupDirectorySync } from '@/utils/directory/setup-directory-sync';
import { setupFhirSync } from '@/utils/fhir/setup-fhir-sync';
import { setupSidePanelBehaviour } from '@/utils/open-side-panel';
import { setupLogPurge } from '@/utils/referral/setup-log-purge';
import { setupTestHooks } from '@/utils/testing/setup-test-hooks';

export default defineBackground(() => {
  setupSidePanelBehaviour();
  setupManagedSync();
  setupDirectorySync();
  setupLogPurge();
  // Replaced at build time: the shipped builds contain no trace of the test hook.
  if (import.meta.env.SIGNPOST_TEST_HOOKS) setupTestHooks();
  setupFhirSync();
});
