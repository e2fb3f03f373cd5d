import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_TEXT } from '../explain/role-text';
import { DEMO_SITE_PROFILE } from '../patient/demo-site-profile';
import { DEFAULT_SCOPE_RULES } from '../referral/scope-guard';
import { EMPTY_PRACTICE } from './setting-types';
import { SETTING_VALIDATORS, validateSettings } from './setting-validators';

const WORKER = { name: 'Sam Patel', email: 'sam.patel@nhs.net', phone: '01632 960002', organisation: 'Riverside PCN' };

describe('validateSettings', () => {
  it.each([
    ['feedUrl', 'https://directory.example.org/api/services'],
    ['feedUrl', ''],
    ['refreshHours', 168],
    ['practice', { ...EMPTY_PRACTICE, name: 'Riverside Medical Practice', odsCode: 'A81001' }],
    ['linkWorkers', [WORKER]],
    ['linkWorkers', []],
    ['defaultLinkWorker', 0],
    ['roleText', DEFAULT_ROLE_TEXT],
    ['scopeRules', DEFAULT_SCOPE_RULES],
    ['siteProfiles', [DEMO_SITE_PROFILE]],
    ['retentionMonths', 36],
    ['fhirEndpoint', 'https://fhir.example.nhs.uk/ServiceRequest'],
    ['fhirEndpoint', 'http://127.0.0.1:8080/fhir'],
    ['fhirEndpoint', ''],
  ])('accepts %s %j as it is', (key, value) => {
    expect(validateSettings({ [key]: value })).toEqual({ values: { [key]: value }, problems: [] });
  });

  it.each([
    ['refreshHours', 5, 'refreshHours must be one of 1, 6, 12, 24, 72, 168.'],
    ['refreshHours', '24', 'refreshHours must be one of 1, 6, 12, 24, 72, 168.'],
    ['retentionMonths', 1, 'retentionMonths must be one of 3, 6, 12, 24, 36.'],
    ['feedUrl', 42, 'feedUrl must be text.'],
    ['feedUrl', 'directory.example.org', 'feedUrl: Enter the full address of the feed, starting with https://'],
    ['extraSources', 'https://a.example', 'extraSources: The extra feed list must be a list.'],
    ['extraSources', [{ kind: 'file', name: 'x.csv' }], 'extraSources: Extra feed 1 is a file'],
    ['extraSources', [{ url: 'ftp://a.example' }], 'extraSources: Extra feed 1: The feed address must start'],
    ['practice', 'Riverside', 'practice: The practice details are not in the expected format.'],
    ['practice', { email: 'reception at riverside' }, 'practice: Practice email does not look right'],
    ['practice', { odsCode: 'A8-1001' }, 'practice: ODS code can only have letters and digits'],
    ['practice', { phone: 1632960001 }, 'practice: Practice phone must be text.'],
    ['linkWorkers', [{ ...WORKER, name: '' }], 'linkWorkers: The name of link worker 1 is empty.'],
    ['linkWorkers', [WORKER, { ...WORKER, email: undefined }], 'linkWorkers: The email address of Sam Patel is empty.'],
    ['linkWorkers', [WORKER, 'Sam'], 'linkWorkers: The details of link worker 2 are not in the expected format.'],
    ['defaultLinkWorker', -1, 'defaultLinkWorker: The default link worker must be a whole number'],
    ['defaultLinkWorker', 1.5, 'defaultLinkWorker: The default link worker must be a whole number'],
    ['roleText', { ...DEFAULT_ROLE_TEXT, intro: ' ' }, 'roleText: The introduction is empty.'],
    ['scopeRules', [{ label: 'Fit notes', triggers: [], route: 'GP' }], 'scopeRules: “Fit notes” needs at least one'],
    ['scopeRules', [{ label: 'Fit notes', triggers: 'fit note', route: 'GP' }], 'scopeRules: The trigger words of'],
    ['scopeRules', [{ label: 'Fit notes', triggers: ['fit note'] }], 'scopeRules: What to do instead of “Fit notes”'],
    ['siteProfiles', [{ ...DEMO_SITE_PROFILE, selectors: { name: '#[x' } }], 'is not a valid CSS selector'],
    ['siteProfiles', [{ ...DEMO_SITE_PROFILE, selectors: {} }], 'needs at least one selector.'],
    ['siteProfiles', [{ ...DEMO_SITE_PROFILE, selectors: { age: '#age' } }], 'a selector for “age”'],
    ['siteProfiles', [{ ...DEMO_SITE_PROFILE, urlPattern: 'emis web' }], 'must start with https://, http:// or *'],
    ['fhirEndpoint', 'http://fhir.example.nhs.uk/', 'fhirEndpoint must start with https://'],
    ['fhirEndpoint', 'https://user:pw@fhir.example.nhs.uk/', 'fhirEndpoint must not have a user name'],
    ['fhirEndpoint', 'fhir.example.nhs.uk', 'fhirEndpoint must be a full web address'],
    ['colour', 'blue', '“colour” is not a Signpost setting.'],
  ])('refuses %s %j: %s', (key, value, problem) => {
    const { values, problems } = validateSettings({ [key]: value });
    expect(values).toEqual({});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(problem);
  });

  it('keeps the settings that passed beside the problems of the rest', () => {
    const { values, problems } = validateSettings({ refreshHours: 6, retentionMonths: 'a year', fhirEndpoint: '' });
    expect(values).toEqual({ refreshHours: 6, fhirEndpoint: '' });
    expect(problems).toEqual(['retentionMonths must be one of 3, 6, 12, 24, 36.']);
  });

  it('refuses a default link worker beyond the list given with it', () => {
    const { values, problems } = validateSettings({ linkWorkers: [WORKER], defaultLinkWorker: 1 });
    expect(values).toEqual({ linkWorkers: [WORKER] });
    expect(problems).toEqual(['defaultLinkWorker: The default link worker must be between 0 and 0: there are 1.']);
  });
});

describe('the validators tidy what they accept', () => {
  it('trims text and upper-cases the ODS code', () => {
    expect(SETTING_VALIDATORS.practice({ name: ' Riverside ', odsCode: 'a81001' })).toEqual({
      ok: true,
      value: { ...EMPTY_PRACTICE, name: 'Riverside', odsCode: 'A81001' },
    });
  });

  it('makes missing and repeated rule ids from the label, and keeps trigger words in lower case', () => {
    const rules = [
      { label: 'Fit notes', triggers: ['Sick Note', ' ', 'MED3'], route: 'A GP issues them.' },
      { id: 'fit-notes', label: 'Fit notes', triggers: ['fit note'], route: 'A GP.' },
    ];
    const checked = SETTING_VALIDATORS.scopeRules(rules);
    expect(checked.ok && checked.value.map((rule) => [rule.id, rule.triggers])).toEqual([
      ['fit-notes', ['sick note', 'med3']],
      ['fit-notes-2', ['fit note']],
    ]);
  });

  it('drops empty selectors and names the field and row of a broken one', () => {
    const profile = {
      label: 'EMIS Web',
      urlPattern: 'https://emis.example.nhs.uk/*',
      selectors: { name: '#n', email: '' },
    };
    const checked = SETTING_VALIDATORS.siteProfiles([profile]);
    expect(checked).toEqual({ ok: true, value: [{ ...profile, id: 'emis-web', selectors: { name: '#n' } }] });
    expect(
      SETTING_VALIDATORS.siteProfiles([DEMO_SITE_PROFILE, { ...profile, selectors: { postcode: 'td >' } }]),
    ).toEqual({
      ok: false,
      problem: 'The Postcode selector of “EMIS Web” is not a valid CSS selector: check “td >”.',
      field: 'postcode',
      index: 1,
    });
  });

  it('gives a feed without an id the same id each time, from its address', () => {
    const first = SETTING_VALIDATORS.extraSources([{ url: 'https://a.example/feed' }]);
    const again = SETTING_VALIDATORS.extraSources([{ url: 'https://a.example/feed' }]);
    const other = SETTING_VALIDATORS.extraSources([{ url: 'https://b.example/feed' }]);
    expect(first).toEqual(again);
    expect(first).toMatchObject({
      ok: true,
      value: [{ name: 'a.example', kind: 'url', url: 'https://a.example/feed' }],
    });
    expect(first.ok && other.ok && first.value[0]?.id !== other.value[0]?.id).toBe(true);
  });
});
