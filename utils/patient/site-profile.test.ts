import { describe, expect, it } from 'vitest';
import { DEMO_SITE_PROFILE } from './demo-site-profile';
import { matchingProfile, type SiteProfile, urlMatchesPattern } from './site-profile';

describe('urlMatchesPattern', () => {
  it.each([
    ['http://127.0.0.1:*/record*', 'http://127.0.0.1:5173/record', true],
    ['http://127.0.0.1:*/record*', 'http://127.0.0.1:5173/record?id=4', true],
    ['http://127.0.0.1:*/record*', 'http://127.0.0.1:5173/records/4', true],
    ['http://127.0.0.1:*/record*', 'http://127.0.0.1:5173/home-visits', false],
    ['http://127.0.0.1:*/record*', 'http://127.0.0.10:5173/record', false],
    ['http://127.0.0.1:*/record*', 'https://evil.example/?http://127.0.0.1:1/record', false],
    ['https://*.example.nhs.uk/patient/*', 'https://gp.example.nhs.uk/patient/12', true],
    ['https://*.example.nhs.uk/patient/*', 'https://gp.example.nhs.uk.evil.test/patient/12', false],
  ])('%s ~ %s: %s', (pattern, url, expected) => {
    expect(urlMatchesPattern(pattern, url)).toBe(expected);
  });
});

describe('matchingProfile', () => {
  const other: SiteProfile = { id: 'other', label: 'Other', urlPattern: 'https://*/*', selectors: {} };

  it('takes the first profile that matches', () => {
    expect(matchingProfile([DEMO_SITE_PROFILE, other], 'http://127.0.0.1:4000/record')?.id).toBe(DEMO_SITE_PROFILE.id);
    expect(matchingProfile([DEMO_SITE_PROFILE, other], 'https://gp.example/x')?.id).toBe('other');
  });

  it('gives none when nothing matches', () => {
    expect(matchingProfile([DEMO_SITE_PROFILE], 'http://localhost:3000/record')).toBeUndefined();
  });
});
