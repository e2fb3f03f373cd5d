import { useStoredValue } from '../hooks/use-stored-value';
import { SETTING_STORES } from './setting-stores';
import type { SettingKey, SettingsValues } from './setting-validators';

/** A setting as the settings page shows it. */
export interface SettingState<T> {
  /** The organisation's value when it set one, else this browser's. */
  value: T;
  /** Set by the organisation: shown, not editable. */
  locked: boolean;
  save(value: T): Promise<void>;
}

/** One setting, kept current as it changes elsewhere (another tab, an import, a policy). */
export function useSetting<K extends SettingKey>(
  key: K,
  managed: Partial<SettingsValues>,
): SettingState<SettingsValues[K]> {
  const store = SETTING_STORES[key];
  const local = useStoredValue(store);
  const managedValue = managed[key];
  return {
    value: managedValue === undefined ? local : (managedValue as SettingsValues[K]),
    locked: managedValue !== undefined,
    save: (value) => store.setValue(value),
  };
}
