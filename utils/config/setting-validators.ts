import { REFRESH_CHOICES } from '../directory/sources';
import { type RoleText, validateRoleText } from '../explain/role-text';
import type { SiteProfile } from '../patient/site-profile';
import type { ScopeRule } from '../referral/scope-guard';
import { type SafetyNotices, validateSafetyNotices } from '../safety/safety-notices';
import { checkChoice } from './check-fields';
import type { Checked } from './checked';
import { problemAt } from './checked';
import type { DirectorySource, LinkWorker, PracticeDetails } from './setting-types';
import { validateExtraSources, validateFeedUrl, validateFhirEndpoint } from './validate-addresses';
import { validateCaseload, validateClientId, validateFhirToken, validateScope } from './validate-caseload';
import { validateDefaultLinkWorker, validateLinkWorkers } from './validate-link-workers';
import { validatePractice } from './validate-practice';
import { validateScopeRules } from './validate-scope-rules';
import { validateSiteProfiles } from './validate-site-profiles';

/** How far "local" reaches for the gaps counts, in km: the Find filters' distances. */
export const GAP_KM_CHOICES = [1, 2, 5, 10, 25] as const;

/** How long the referral log may keep entries, in months: the choices the settings page offers. */
export const RETENTION_CHOICES = [3, 6, 12, 24, 36] as const;

/** Every setting a settings file or a policy can carry; never patient data. */
export interface SettingsValues {
  feedUrl: string;
  /** Extra feeds only: imported files stay in the browser that imported them. */
  extraSources: DirectorySource[];
  refreshHours: number;
  practice: PracticeDetails;
  linkWorkers: LinkWorker[];
  defaultLinkWorker: number;
  roleText: RoleText;
  scopeRules: ScopeRule[];
  siteProfiles: SiteProfile[];
  retentionMonths: number;
  fhirEndpoint: string;
  /** What the side panel says when a search or note points at domestic abuse, suicide or self-harm, safeguarding. */
  safetyNotices: SafetyNotices;
  /** The link worker's NHSmail address(es) for the Caseload view; empty for a referrer. */
  caseload: string;
  /** Bearer token for the FHIR server: a secret, so never exported (see settings-file.ts). */
  fhirToken: string;
  /** OAuth 2 sign-in (authorization code with PKCE): the sign-in page, the token endpoint, client id and scopes. */
  fhirAuthorizeUrl: string;
  fhirTokenUrl: string;
  fhirClientId: string;
  fhirScope: string;
  /** The gaps counts' distance around the patient's postcode when Find names no place, in km. */
  gapDistanceKm: number;
}

/** The name of one setting, as in a settings file and a policy. */
export type SettingKey = keyof SettingsValues;

type Validators = { [K in SettingKey]: (value: unknown) => Checked<SettingsValues[K]> };

/**
 * One validator per setting, shared by the settings file, the managed policy and the settings page, so all three
 * accept the same values and say the same thing about the rest.
 */
export const SETTING_VALIDATORS: Validators = {
  feedUrl: (value) => validateFeedUrl(value),
  extraSources: validateExtraSources,
  refreshHours: (value) => checkChoice(value, 'refreshHours', REFRESH_CHOICES),
  practice: validatePractice,
  linkWorkers: validateLinkWorkers,
  defaultLinkWorker: (value) => validateDefaultLinkWorker(value),
  roleText: (value) => {
    const checked = validateRoleText(value);
    return checked.ok ? checked : problemAt(checked.message, checked.field);
  },
  scopeRules: validateScopeRules,
  siteProfiles: (value) => validateSiteProfiles(value),
  retentionMonths: (value) => checkChoice(value, 'retentionMonths', RETENTION_CHOICES),
  fhirEndpoint: (value) => validateFhirEndpoint(value),
  safetyNotices: validateSafetyNotices,
  caseload: (value) => validateCaseload(value),
  fhirToken: (value) => validateFhirToken(value),
  fhirAuthorizeUrl: (value) => validateFhirEndpoint(value, 'fhirAuthorizeUrl'),
  fhirTokenUrl: (value) => validateFhirEndpoint(value, 'fhirTokenUrl'),
  fhirClientId: (value) => validateClientId(value),
  fhirScope: (value) => validateScope(value),
  gapDistanceKm: (value) => checkChoice(value, 'gapDistanceKm', GAP_KM_CHOICES),
};

/** Every setting's name, in the order a settings file lists them. */
export const SETTING_KEYS = Object.keys(SETTING_VALIDATORS) as SettingKey[];

/** True when `key` names a setting. */
export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTING_VALIDATORS, key);
}

/**
 * Checks each setting in `raw` on its own. A problem names the setting ("refreshHours must be one of …", or
 * "practice: Practice email does not look right …"); `values` holds the settings that passed.
 */
export function validateSettings(raw: Record<string, unknown>): {
  values: Partial<SettingsValues>;
  problems: string[];
} {
  const values: Partial<SettingsValues> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!isSettingKey(key)) {
      problems.push(`“${key}” is not a Signpost setting.`);
      continue;
    }
    const checked = SETTING_VALIDATORS[key](value);
    if (checked.ok) Object.assign(values, { [key]: checked.value });
    else problems.push(checked.problem.startsWith(key) ? checked.problem : `${key}: ${checked.problem}`);
  }
  // The default must point at a link worker in the same set, or referrals would go to nobody.
  if (values.defaultLinkWorker !== undefined && values.linkWorkers) {
    const checked = validateDefaultLinkWorker(values.defaultLinkWorker, values.linkWorkers.length);
    if (!checked.ok) {
      problems.push(`defaultLinkWorker: ${checked.problem}`);
      delete values.defaultLinkWorker;
    }
  }
  return { values, problems };
}
