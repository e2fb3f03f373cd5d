import { storage } from 'wxt/utils/storage';
import { isObject } from '../directory/narrow';
import { mergeSources } from './merge-sources';
import { SETTING_STORES, type SettingStores } from './setting-stores';
import { SETTING_KEYS, type SettingKey, type SettingsValues, validateSettings } from './setting-validators';
import { type ManagedArea, managedArea } from './storage-items';

/** The settings an organisation's policy sets, and what was wrong with the rest of it. */
export interface ManagedSettings {
  values: Partial<SettingsValues>;
  problems: string[];
}

/**
 * Reads the organisation's policy (Chrome's `storage.managed`, set by enterprise policy against
 * public/managed_schema.json). Each setting is checked on its own: a wrong one is left out with a plain problem
 * and the others still apply. No policy, or no managed storage at all, is an empty result.
 */
export async function readManagedSettings(area: ManagedArea | undefined = managedArea()): Promise<ManagedSettings> {
  let raw: unknown;
  try {
    raw = await area?.get();
  } catch {
    // Firefox rejects when no policy manifest is installed: that means no policy, not an error to show.
    return { values: {}, problems: [] };
  }
  if (!isObject(raw)) return { values: {}, problems: [] };
  const { values, problems } = validateSettings(raw);
  return {
    values,
    problems: problems.map((problem) => `Your organisation’s setting was ignored. ${problem}`),
  };
}

/** The settings the organisation has set, which the settings page shows locked. */
export function lockedKeys(values: Partial<SettingsValues>): SettingKey[] {
  return SETTING_KEYS.filter((key) => values[key] !== undefined);
}

/** A setting's value in force: the organisation's when it set one, else this browser's. */
export async function effectiveSetting<K extends SettingKey>(
  key: K,
  area: ManagedArea | undefined = managedArea(),
  stores: SettingStores = SETTING_STORES,
): Promise<SettingsValues[K]> {
  const { values } = await readManagedSettings(area);
  const managed = values[key];
  return managed === undefined ? stores[key].getValue() : (managed as SettingsValues[K]);
}

/**
 * Copies the organisation's settings into this browser's storage, so every part of Signpost that reads a setting
 * (the background's feed refresh, the referral log's retention) follows the policy without asking for it. Extra
 * feeds are added to the ones in use. Returns the policy and the settings that changed.
 */
export async function syncManagedSettings(
  area: ManagedArea | undefined = managedArea(),
  stores: SettingStores = SETTING_STORES,
): Promise<ManagedSettings & { changed: SettingKey[] }> {
  const managed = await readManagedSettings(area);
  const changed: SettingKey[] = [];
  const items: { key: (typeof stores)[SettingKey]['key']; value: unknown }[] = [];
  for (const key of lockedKeys(managed.values)) {
    const current: unknown = await stores[key].getValue();
    const wanted =
      key === 'extraSources'
        ? mergeSources(await stores.extraSources.getValue(), managed.values.extraSources ?? [])
        : managed.values[key];
    if (JSON.stringify(current) === JSON.stringify(wanted)) continue;
    changed.push(key);
    items.push({ key: stores[key].key, value: wanted });
  }
  if (items.length > 0) await storage.setItems(items);
  return { ...managed, changed };
}
