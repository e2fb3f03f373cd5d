import { defineBackground } from 'wxt/utils/define-background';
import { setupDirectorySync } from '@/utils/directory/setup-directory-sync';
import { setupSidePanelBehaviour } from '@/utils/open-side-panel';

export default defineBackground(() => {
  setupSidePanelBehaviour();
  setupDirectorySync();
});
