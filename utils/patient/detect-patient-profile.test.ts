import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_SITE_PROFILE, detectPatient } from './detect-patient';
import type { SiteProfile } from './site-profile';

const DEMO_URL = 'http://127.0.0.1:5173/record';

function record(extra = ''): Document {
  const doc = new DOMParser().parseFromString(readFileSync('scripts/demo/record.html', 'utf8'), 'text/html');
  doc.body.insertAdjacentHTML('beforeend', extra);
  return doc;
}

function profile(selectors: SiteProfile['selectors']): SiteProfile {
  return { id: 'test', label: 'Test system', urlPattern: 'https://gp.example/*', selectors };
}

describe('site profiles', () => {
  it('reads the demo record through its profile, with the selectors as sources and the profile as the place', () => {
    const place = 'where the “Signpost demo record (Riverside Medical Practice)” profile points';
    expect(detectPatient(record(), [DEMO_SITE_PROFILE], DEMO_URL)).toEqual({
      status: 'found',
      profile: 'signpost-demo-record',
      patient: {
        nhsNumber: { value: '9990079196', source: '#patient-nhs', place },
        name: { value: 'Mrs Eleanor TESTPATIENT', source: '#patient-name', place },
        dateOfBirth: { value: '1946-03-14', source: '#patient-dob', place },
        address: { value: '12 Example Road, Easton, Bristol BS5 6XX', source: '#patient-address', place },
        postcode: { value: 'BS5 6XX', source: '#patient-address (postcode in address)', place },
        phone: { value: '0117 496 0123', source: '#patient-phone', place },
      },
    });
  });

  it("names the profile's patient even when the page shows another", () => {
    const doc = record('<aside><p>Linked record · NHS No. 999 023 7573</p></aside>');
    expect(detectPatient(doc, [], DEMO_URL).status).toBe('several');
    expect(detectPatient(doc, [DEMO_SITE_PROFILE], DEMO_URL)).toMatchObject({
      status: 'found',
      patient: { nhsNumber: { value: '9990079196' } },
    });
  });

  it('lets profile selectors win over the heuristics, and keeps heuristic fields it has no selector for', () => {
    const doc = record('<p id="preferred">Ellie TESTPATIENT</p>');
    const custom = profile({ nhsNumber: '#patient-nhs', name: '#preferred' });
    expect(detectPatient(doc, [custom], 'https://gp.example/record/1')).toMatchObject({
      status: 'found',
      profile: 'test',
      patient: {
        name: { value: 'Ellie TESTPATIENT', source: '#preferred' },
        dateOfBirth: { value: '1946-03-14', source: 'Born' },
      },
    });
  });

  it('ignores a profile whose URL does not match', () => {
    const custom = profile({ nhsNumber: '#patient-nhs', name: '#patient-phone' });
    const detection = detectPatient(record(), [custom], 'https://elsewhere.example/record');
    expect(detection).toMatchObject({ status: 'found', patient: { name: { source: 'Name' } } });
    expect(detection).not.toHaveProperty('profile');
  });

  it.each([
    ['finds nothing', '#no-such-element'],
    ['is not valid CSS', '#patient-nhs[['],
    ['points at a value that is not an NHS number', '#patient-phone'],
  ])('falls back to the heuristics when the NHS number selector %s', (_case, selector) => {
    const detection = detectPatient(record(), [profile({ nhsNumber: selector })], 'https://gp.example/x');
    expect(detection).toMatchObject({ status: 'found', patient: { nhsNumber: { source: 'NHS No.' } } });
    expect(detection).not.toHaveProperty('profile');
  });

  it('applies a profile without an NHS number selector to the one patient the heuristics found', () => {
    const doc = record('<p id="mail">eleanor@example.org</p>');
    expect(detectPatient(doc, [profile({ email: '#mail' })], 'https://gp.example/x')).toMatchObject({
      status: 'found',
      profile: 'test',
      patient: { nhsNumber: { source: 'NHS No.' }, email: { value: 'eleanor@example.org', source: '#mail' } },
    });
  });

  it('skips a profile element the user cannot see', () => {
    const doc = record('<p id="old" hidden>999 023 7573</p><p id="old">999 007 9196</p>');
    const detection = detectPatient(doc, [profile({ nhsNumber: '#old' })], 'https://gp.example/x');
    expect(detection).toMatchObject({ status: 'found', patient: { nhsNumber: { value: '9990079196' } } });
  });
});
