import { storage } from 'wxt/utils/storage';
import { DEMO_SITE_PROFILE } from '@/utils/patient/demo-site-profile';
import type { SiteProfile } from '@/utils/patient/site-profile';
import { DEFAULT_SCOPE_RULES, type ScopeRule } from '@/utils/referral/scope-guard';

/** The practice and the person referring, as referrals and the leaflet name them. Every field may be empty. */
export interface PracticeDetails {
  name: string;
  /** The practice's ODS code, e.g. A81001. */
  odsCode: string;
  pcnName: string;
  phone: string;
  email: string;
  /** Who is referring from this browser, and their role ("Care navigator"). */
  referrerName: string;
  referrerRole: string;
}

/** Nothing set yet: the settings page asks for it. */
export const EMPTY_PRACTICE: PracticeDetails = {
  name: '',
  odsCode: '',
  pcnName: '',
  phone: '',
  email: '',
  referrerName: '',
  referrerRole: '',
};

/** A social prescribing link worker the practice refers to. */
export interface LinkWorker {
  name: string;
  /** Where referrals go: an NHSmail address keeps patient details on the secure service. */
  email: string;
  phone: string;
  /** Who employs them: the PCN, a council, a charity. */
  organisation: string;
}

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
 * The link worker's NHSmail address(es), comma-separated: Tasks owned by them show in the Caseload view. Empty
 * for a practice that refers (the usual case), which sees no Caseload.
 */
export const caseload = storage.defineItem<string>('local:caseload', { fallback: '', version: 1 });
