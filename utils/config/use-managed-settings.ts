import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type ManagedSettings, syncManagedSettings } from './managed';
import type { SettingKey } from './setting-validators';

/**
 * The organisation's policy, kept current: read (and copied into this browser's settings) when the page opens and
 * whenever the policy changes. `onChanged` hears which settings the policy changed, e.g. to import a new feed.
 */
export function useManagedSettings(onChanged?: (keys: SettingKey[]) => void): ManagedSettings {
  const [managed, setManaged] = useState<ManagedSettings>({ values: {}, problems: [] });

  useEffect(() => {
    let live = true;
    const load = () =>
      void syncManagedSettings().then(({ values, problems, changed }) => {
        if (!live) return;
        setManaged({ values, problems });
        if (changed.length > 0) onChanged?.(changed);
      });
    const listener = (_changes: unknown, areaName: string) => {
      if (areaName === 'managed') load();
    };
    load();
    browser.storage.onChanged.addListener(listener);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);

  return managed;
}
