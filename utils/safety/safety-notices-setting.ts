import { storage } from 'wxt/utils/storage';
import { DEFAULT_SAFETY_NOTICES, type SafetyNotices } from './safety-notices';

/** The PCN's safety notice wording. Whoever writes it (settings page, file, policy) runs `validateSafetyNotices`. */
export const safetyNoticesItem = storage.defineItem<SafetyNotices>('local:safetyNotices', {
  fallback: DEFAULT_SAFETY_NOTICES,
  version: 1,
});
