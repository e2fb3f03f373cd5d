import type { PatientField } from './patient-types';

/**
 * Where a known clinical system shows each field, for pages the heuristics read badly. Selectors are CSS; `note`
 * is the consultation free text.
 */
export interface SiteProfile {
  id: string;
  label: string;
  /** URL glob, matched against the whole URL; `*` stands for any run of characters (see DEMO_SITE_PROFILE). */
  urlPattern: string;
  selectors: Partial<Record<PatientField | 'note', string>>;
}

function globToRegExp(pattern: string): RegExp {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 'i');
}

/** True when `url` matches the profile glob `pattern` from start to end. */
export function urlMatchesPattern(pattern: string, url: string): boolean {
  return globToRegExp(pattern).test(url);
}

/** The first profile whose URL pattern matches `url`, or undefined. */
export function matchingProfile(profiles: readonly SiteProfile[], url: string): SiteProfile | undefined {
  return profiles.find((profile) => urlMatchesPattern(profile.urlPattern, url));
}
