import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_ROLE_TEXT, type RoleText } from '../explain/role-text';
import type { FhirSyncState } from '../fhir/fhir-sync-state';
import type { OAuthTokens } from '../fhir/oauth-pkce';
import { DEFAULT_GAP_KM } from '../gaps/gap-defaults';
import { DEMO_SITE_PROFILE } from '../patient/demo-site-profile';
import type { SiteProfile } from '../patient/site-profile';
import type { ReferralDraft } from '../referral/referral';
import { DEFAULT_SCOPE_RULES, type ScopeRule } from '../referral/scope-guard';
import type { StoredReferral } from '../referral/stored-referral';
import { DEFAULT_SAFETY_NOTICES, type SafetyNotices } from '../safety/safety-notices';
import { type DirectorySource, EMPTY_PRACTICE, type LinkWorker, type PracticeDetails } from './setting-types';

// Every value Signpost keeps in extension storage, with its default. Bulk data (the directory, the referral log)
// lives in IndexedDB instead: see utils/db/. Read one in a component with `useStoredValue(item)`, or with
// `useSetting(key, managed)` on the settings page, where the organisation's policy may lock it.

/** Hours between background refreshes of the feeds; the feeds' ETags make an unchanged refresh cheap. */
export const DEFAULT_REFRESH_HOURS = 24;
/** How long the referral log keeps an entry unless the practice chooses otherwise. */
export const DEFAULT_RETENTION_MONTHS = 12;

// --- local: this browser's settings ---

/** The main directory feed's address: an ORUK JSON array, a paged ORUK API or a CSV. Empty until the user sets one. */
export const feedUrl = storage.defineItem<string>('local:feedUrl', { fallback: '', version: 1 });

export const extraSources = storage.defineItem<DirectorySource[]>('local:directorySources', {
  fallback: [],
  version: 1,
});

export const refreshHours = storage.defineItem<number>('local:refreshHours', {
  fallback: DEFAULT_REFRESH_HOURS,
  version: 1,
});

export const practice = storage.defineItem<PracticeDetails>('local:practice', { fallback: EMPTY_PRACTICE, version: 1 });

export const linkWorkers = storage.defineItem<LinkWorker[]>('local:linkWorkers', { fallback: [], version: 1 });

/** Index into `linkWorkers` of the one a new referral goes to unless the referrer picks another. */
export const defaultLinkWorker = storage.defineItem<number>('local:defaultLinkWorker', { fallback: 0, version: 1 });

/** The practice's own scope guard rules; the standard ones until it edits them. */
export const scopeRules = storage.defineItem<ScopeRule[]>('local:scopeRules', {
  fallback: DEFAULT_SCOPE_RULES,
  version: 1,
});

/** Where known clinical systems show the patient; the demo record's profile until the practice adds its own. */
export const siteProfiles = storage.defineItem<SiteProfile[]>('local:siteProfiles', {
  fallback: [DEMO_SITE_PROFILE],
  version: 1,
});

/** A FHIR server to POST referrals to as ServiceRequests; empty means referrals are not sent anywhere. */
export const fhirEndpoint = storage.defineItem<string>('local:fhirEndpoint', { fallback: '', version: 1 });

/**
 * The PCN's own wording for the Explain view and the leaflet. Whoever writes it (editor, settings import, managed
 * policy) passes it through `validateRoleText` first.
 */
export const roleTextItem = storage.defineItem<RoleText>('local:roleText', {
  fallback: DEFAULT_ROLE_TEXT,
  version: 1,
});

/** The PCN's safety notice wording. Whoever writes it (settings page, file, policy) runs `validateSafetyNotices`. */
export const safetyNoticesItem = storage.defineItem<SafetyNotices>('local:safetyNotices', {
  fallback: DEFAULT_SAFETY_NOTICES,
  version: 1,
});

/** The practice's choice of how many months the referral log keeps an entry. */
export const retentionMonths = storage.defineItem<number>('local:retentionMonths', {
  fallback: DEFAULT_RETENTION_MONTHS,
  version: 1,
});

/**
 * How far "local" reaches for the gaps counts when the Find filters name no place: a referral's needs are checked
 * within this many km of the patient's postcode (utils/gaps/gap-rule.ts).
 */
export const gapDistanceKm = storage.defineItem<number>('local:gapDistanceKm', {
  fallback: DEFAULT_GAP_KM,
  version: 1,
});

// --- session: gone when the browser closes, so patient details never outlive it ---

/** The referral being written, and what belongs with it. */
export const referralDraft = storage.defineItem<StoredReferral | null>('session:referralDraft', { fallback: null });

/** The referral the print page shows; the panel leaves it here just before opening that page. */
export const printReferral = storage.defineItem<ReferralDraft | null>('session:printReferral', { fallback: null });

// --- managed: the organisation's policy, read-only ---

/** The part of `browser.storage.managed` read here; tests and Firefox without a policy pass their own. */
export interface ManagedArea {
  get(): Promise<Record<string, unknown>>;
}

/** The policy area, checked against public/managed_schema.json by `readManagedSettings`. */
export function managedArea(): ManagedArea | undefined {
  // Firefox without a policy, and some Chromium builds, have no managed area at all.
  return browser.storage?.managed;
}

/**
 * The link worker's NHSmail address(es), comma-separated: Tasks owned by them show in the Caseload view. Empty
 * for a practice that refers (the usual case), which sees no Caseload.
 */
export const caseload = storage.defineItem<string>('local:caseload', { fallback: '', version: 1 });

/**
 * The bearer token for the FHIR server, typed in settings or set by policy (`fhirToken`). The settings file never
 * exports it and nothing logs it.
 */
export const fhirToken = storage.defineItem<string>('local:fhirToken', { fallback: '', version: 1 });

/** OAuth 2 sign-in to the FHIR server (PKCE): where to sign in and Signpost's client id there. Empty means none. */
export const fhirAuthorizeUrl = storage.defineItem<string>('local:fhirAuthorizeUrl', { fallback: '', version: 1 });
export const fhirTokenUrl = storage.defineItem<string>('local:fhirTokenUrl', { fallback: '', version: 1 });
export const fhirClientId = storage.defineItem<string>('local:fhirClientId', { fallback: '', version: 1 });
export const fhirScope = storage.defineItem<string>('local:fhirScope', { fallback: '', version: 1 });

/**
 * What signing in to the FHIR server gave this browser: access token, refresh token, expiry. Not a setting, so the
 * settings file never carries it and a policy never sets it; nothing logs it. Used before the bearer token.
 */
export const fhirOAuthTokens = storage.defineItem<OAuthTokens | null>('local:fhirOAuthTokens', {
  fallback: null,
  version: 1,
});

/** Where the last check of the FHIR server got to: no patient details, only times and plain-words errors. */
export const fhirSyncState = storage.defineItem<FhirSyncState | null>('local:fhirSyncState', {
  fallback: null,
  version: 1,
});
