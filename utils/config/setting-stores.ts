import type { StorageItemKey } from 'wxt/utils/storage';
import type { SettingKey, SettingsValues } from './setting-validators';
import {
  caseload,
  defaultLinkWorker,
  extraSources,
  feedUrl,
  fhirAuthorizeUrl,
  fhirClientId,
  fhirEndpoint,
  fhirScope,
  fhirToken,
  fhirTokenUrl,
  gapDistanceKm,
  linkWorkers,
  practice,
  refreshHours,
  retentionMonths,
  roleTextItem,
  safetyNoticesItem,
  scopeRules,
  siteProfiles,
} from './storage-items';

/** The part of a WXT storage item the settings code uses; every item below has it. */
export interface SettingStore<T> {
  key: StorageItemKey;
  fallback: T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  watch(callback: (value: T) => void): () => void;
}

/** Where this browser keeps each setting. */
export type SettingStores = { [K in SettingKey]: SettingStore<SettingsValues[K]> };

/** Each setting's storage item, by its name in a settings file or a policy. */
export const SETTING_STORES: SettingStores = {
  feedUrl,
  extraSources,
  refreshHours,
  practice,
  linkWorkers,
  defaultLinkWorker,
  roleText: roleTextItem,
  scopeRules,
  siteProfiles,
  retentionMonths,
  fhirEndpoint,
  safetyNotices: safetyNoticesItem,
  caseload,
  fhirToken,
  fhirAuthorizeUrl,
  fhirTokenUrl,
  fhirClientId,
  fhirScope,
  gapDistanceKm,
};
