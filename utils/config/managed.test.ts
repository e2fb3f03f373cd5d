import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { effectiveSetting, lockedKeys, readManagedSettings, syncManagedSettings } from './managed';
import { extraSources, feedUrl, fhirEndpoint, refreshHours } from './storage-items';

const FEED = 'https://directory.example.org/api/services';

describe('readManagedSettings', () => {
  it('reads the policy from storage.managed', async () => {
    await fakeBrowser.storage.managed.set({ feedUrl: FEED, refreshHours: 6 });
    expect(await readManagedSettings()).toEqual({ values: { feedUrl: FEED, refreshHours: 6 }, problems: [] });
  });

  it('ignores a wrong setting with a plain problem and applies the others', async () => {
    await fakeBrowser.storage.managed.set({
      feedUrl: FEED,
      retentionMonths: '12',
      fhirEndpoint: 'http://fhir.example',
    });
    const managed = await readManagedSettings();
    expect(managed.values).toEqual({ feedUrl: FEED });
    expect(managed.problems).toEqual([
      'Your organisation’s setting was ignored. retentionMonths must be one of 3, 6, 12, 24, 36.',
      'Your organisation’s setting was ignored. fhirEndpoint must start with https:// (http:// only for 127.0.0.1 or localhost, for testing).',
    ]);
  });

  it.each([
    ['no managed storage (Firefox)', undefined],
    ['no policy installed', { get: () => Promise.reject(new Error('Managed storage manifest not found')) }],
    ['an empty policy', { get: async () => ({}) }],
  ])('treats %s as no policy', async (_case, area) => {
    expect(await readManagedSettings(area)).toEqual({ values: {}, problems: [] });
  });
});

describe('lockedKeys and effectiveSetting', () => {
  it('lists the settings the policy sets', () => {
    expect(lockedKeys({ refreshHours: 6, fhirEndpoint: '' })).toEqual(['refreshHours', 'fhirEndpoint']);
  });

  it('prefers the organisation’s value over this browser’s', async () => {
    await refreshHours.setValue(12);
    await fhirEndpoint.setValue('https://local.example/fhir');
    await fakeBrowser.storage.managed.set({ refreshHours: 168 });
    expect(await effectiveSetting('refreshHours')).toBe(168);
    expect(await effectiveSetting('fhirEndpoint')).toBe('https://local.example/fhir');
  });
});

describe('syncManagedSettings', () => {
  it('copies the policy into this browser’s settings and says what changed', async () => {
    const file = { id: 'src-file', name: 'local.csv', kind: 'file' as const };
    await extraSources.setValue([file]);
    await fakeBrowser.storage.managed.set({
      feedUrl: FEED,
      refreshHours: 24,
      extraSources: [{ url: 'https://b.example/feed', name: 'County feed' }],
    });
    const synced = await syncManagedSettings();
    expect(synced.changed).toEqual(['feedUrl', 'extraSources']);
    expect(await feedUrl.getValue()).toBe(FEED);
    expect(await extraSources.getValue()).toEqual([
      file,
      expect.objectContaining({ name: 'County feed', kind: 'url', url: 'https://b.example/feed' }),
    ]);
    expect((await syncManagedSettings()).changed).toEqual([]);
  });
});
