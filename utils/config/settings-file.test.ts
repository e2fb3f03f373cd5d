import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_TEXT } from '../explain/role-text';
import { fhirOAuthTokens, fhirToken } from '../fhir/fhir-auth';
import { DEMO_SITE_PROFILE } from '../patient/demo-site-profile';
import { DEFAULT_SCOPE_RULES } from '../referral/scope-guard';
import { SETTING_STORES } from './setting-stores';
import { EMPTY_PRACTICE } from './setting-types';
import { SETTING_KEYS } from './setting-validators';
import {
  exportSettings,
  importSettingsText,
  readSettingsFile,
  type SettingsFile,
  settingsFileName,
  validateSettingsFile,
} from './settings-file';
import {
  defaultLinkWorker,
  extraSources,
  feedUrl,
  fhirEndpoint,
  linkWorkers,
  practice,
  refreshHours,
  retentionMonths,
  roleTextItem,
} from './storage-items';

const WORKER = { name: 'Sam Patel', email: 'sam.patel@nhs.net', phone: '', organisation: 'Riverside PCN' };
const FILE_SOURCE = { id: 'src-file', name: 'kendal-services.csv', kind: 'file' as const };
const FEED_SOURCE = { id: 'src-feed', name: 'b.example', kind: 'url' as const, url: 'https://b.example/feed' };
const NOW = new Date('2026-03-01T23:30:00Z');

async function storedSettings() {
  return exportSettings(undefined, NOW);
}

describe('exportSettings', () => {
  it('never writes the FHIR access token, and never reads one from a file', async () => {
    await fhirToken.setValue('secret-token-123');
    const file = await storedSettings();
    expect(JSON.stringify(file)).not.toContain('secret-token-123');
    const read = validateSettingsFile({ ...file, fhirToken: 'planted-token' });
    expect(read.ok && 'fhirToken' in read.value).toBe(false);
  });

  it('never writes the signed-in OAuth tokens, though it carries where to sign in', async () => {
    await fhirOAuthTokens.setValue({ accessToken: 'oauth-access-1', refreshToken: 'oauth-refresh-1', expiresAt: 1 });
    await SETTING_STORES.fhirClientId.setValue('signpost-client');
    const text = JSON.stringify(await storedSettings());
    expect(text).not.toContain('oauth-access-1');
    expect(text).not.toContain('oauth-refresh-1');
    expect(text).toContain('signpost-client');
  });

  it('writes every setting but the FHIR token, the fallbacks when nothing is set', async () => {
    const file = await storedSettings();
    const exported = SETTING_KEYS.filter((key) => key !== 'fhirToken');
    expect(Object.keys(file).sort()).toEqual(['exportedAt', 'signpostSettings', ...exported].sort());
    expect(file).toMatchObject({
      signpostSettings: 1,
      exportedAt: '2026-03-01T23:30:00.000Z',
      feedUrl: '',
      refreshHours: 24,
      practice: EMPTY_PRACTICE,
      linkWorkers: [],
      roleText: DEFAULT_ROLE_TEXT,
      scopeRules: DEFAULT_SCOPE_RULES,
      siteProfiles: [DEMO_SITE_PROFILE],
      retentionMonths: 12,
      fhirEndpoint: '',
    });
  });

  it('leaves out imported files, whose services live only in this browser', async () => {
    await extraSources.setValue([FILE_SOURCE, FEED_SOURCE]);
    await linkWorkers.setValue([WORKER]);
    const file = await storedSettings();
    expect(file.extraSources).toEqual([FEED_SOURCE]);
    expect(file.linkWorkers).toEqual([WORKER]);
  });

  it('passes its own check, so an export always imports', async () => {
    await practice.setValue({ ...EMPTY_PRACTICE, name: 'Riverside', odsCode: 'A81001' });
    const file = await storedSettings();
    const checked = readSettingsFile(JSON.stringify(file));
    const { signpostSettings: _version, exportedAt: _at, ...settings } = file;
    expect(checked).toEqual({ ok: true, value: settings });
  });
});

describe('settingsFileName', () => {
  it.each([
    ['2026-03-01T12:00:00Z', 'signpost-settings-2026-03-01.json'],
    // 23:30 UTC on 30 June is 1 July in the UK.
    ['2026-06-30T23:30:00Z', 'signpost-settings-2026-07-01.json'],
  ])('at %s is %s', (now, name) => {
    expect(settingsFileName(new Date(now))).toBe(name);
  });
});

describe('validateSettingsFile', () => {
  it.each([
    [null, 'This is not a Signpost settings file: it is not a JSON object.'],
    [[{ refreshHours: 6 }], 'This is not a Signpost settings file: it is not a JSON object.'],
    [{ refreshHours: 6 }, 'This is not a Signpost settings file: it has no “signpostSettings” version.'],
    [{ signpostSettings: 2, refreshHours: 6 }, 'This settings file is from a newer Signpost.'],
    [{ signpostSettings: '1', refreshHours: 6 }, 'signpostSettings must be 1.'],
    [{ signpostSettings: 1, exportedAt: '2026-03-01' }, 'The file has no settings in it.'],
  ])('refuses %j', (json, problem) => {
    const checked = validateSettingsFile(json);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems[0]).toContain(problem);
  });

  it('lists a problem for every wrong setting', () => {
    const checked = validateSettingsFile({
      signpostSettings: 1,
      refreshHours: '24',
      practice: { email: 'reception' },
      linkWorkers: [WORKER],
      fhirEndpoint: 'http://fhir.example.org',
    });
    expect(checked).toEqual({
      ok: false,
      problems: [
        'refreshHours must be one of 1, 6, 12, 24, 72, 168.',
        'practice: Practice email does not look right: it should be like name@nhs.net.',
        'fhirEndpoint must start with https:// (http:// only for 127.0.0.1 or localhost, for testing).',
      ],
    });
  });

  it('says when the text is not JSON', () => {
    expect(readSettingsFile('feedUrl=https://a.example')).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/not a JSON file/)],
    });
  });
});

describe('importSettingsText', () => {
  const GOOD: Partial<SettingsFile> = {
    signpostSettings: 1,
    feedUrl: 'https://a.example/feed',
    extraSources: [FEED_SOURCE],
    refreshHours: 6,
    practice: { ...EMPTY_PRACTICE, name: 'Riverside' },
    linkWorkers: [WORKER, { ...WORKER, name: 'Jo Bloggs' }],
    defaultLinkWorker: 1,
    retentionMonths: 24,
    fhirEndpoint: 'https://fhir.example.nhs.uk/',
  };

  it('writes every setting in the file and adds its feeds to the sources in use', async () => {
    await extraSources.setValue([FILE_SOURCE]);
    const outcome = await importSettingsText(JSON.stringify(GOOD));
    expect(outcome).toEqual({
      ok: true,
      applied: [
        'feedUrl',
        'extraSources',
        'refreshHours',
        'practice',
        'linkWorkers',
        'defaultLinkWorker',
        'retentionMonths',
        'fhirEndpoint',
      ],
    });
    expect(await feedUrl.getValue()).toBe('https://a.example/feed');
    expect(await extraSources.getValue()).toEqual([FILE_SOURCE, FEED_SOURCE]);
    expect(await refreshHours.getValue()).toBe(6);
    expect(await defaultLinkWorker.getValue()).toBe(1);
    expect(await retentionMonths.getValue()).toBe(24);
    expect(await fhirEndpoint.getValue()).toBe('https://fhir.example.nhs.uk/');
    expect(await roleTextItem.getValue()).toEqual(DEFAULT_ROLE_TEXT);
  });

  it('applies nothing when any setting is wrong, keeping the settings in use', async () => {
    await refreshHours.setValue(12);
    await linkWorkers.setValue([WORKER]);
    const before = await storedSettings();
    const bad = { ...GOOD, linkWorkers: [WORKER, { ...WORKER, email: 'jo at nhs' }] };
    const outcome = await importSettingsText(JSON.stringify(bad));
    expect(outcome).toEqual({
      ok: false,
      problems: ['linkWorkers: The email address of Sam Patel does not look right: it should be like name@nhs.net.'],
    });
    expect(await storedSettings()).toEqual(before);
  });

  it('leaves the settings the organisation sets alone', async () => {
    const outcome = await importSettingsText(JSON.stringify(GOOD), { skip: ['feedUrl', 'refreshHours'] });
    expect(outcome.ok && outcome.applied).not.toContain('feedUrl');
    expect(await feedUrl.getValue()).toBe('');
    expect(await refreshHours.getValue()).toBe(24);
    expect(await retentionMonths.getValue()).toBe(24);
  });
});
