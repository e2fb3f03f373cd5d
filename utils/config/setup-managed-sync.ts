import { browser } from 'wxt/browser';
import { syncManagedSettings } from './managed';

/**
 * Applies the organisation's policy (Chrome/Edge enterprise `storage.managed`) when the background starts and
 * whenever the policy changes, so every part of Signpost follows it without opening the settings page.
 */
export function setupManagedSync(): void {
  void syncManagedSettings().catch(() => undefined);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void syncManagedSettings().catch(() => undefined);
  });
}
