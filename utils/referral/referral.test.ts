import { describe, expect, it } from 'vitest';
import { makeDraft } from './make-draft.fixture';
import { type ReferralDraft, validateReferral } from './referral';

const now = new Date('2025-06-02T12:00:00Z');

function withPatient(patient: Partial<ReferralDraft['patient']>): ReferralDraft {
  const d = makeDraft();
  return { ...d, patient: { ...d.patient, ...patient } };
}

function withConsent(consent: Partial<ReferralDraft['consent']>): ReferralDraft {
  const d = makeDraft();
  return { ...d, consent: { ...d.consent, ...consent } };
}

describe('validateReferral', () => {
  it('accepts a complete draft', () => {
    expect(validateReferral(makeDraft(), { now, route: 'email' })).toEqual([]);
  });

  it.each<[string, ReferralDraft, string, RegExp]>([
    ['missing NHS number', withPatient({ nhsNumber: ' ' }), 'patient.nhsNumber', /Enter the patient's NHS number/],
    ['NHS number too short', withPatient({ nhsNumber: '999 007 919' }), 'patient.nhsNumber', /10 digits/],
    ['NHS number failing mod-11', withPatient({ nhsNumber: '9990079197' }), 'patient.nhsNumber', /check digit/],
    ['missing name', withPatient({ name: '' }), 'patient.name', /name/],
    ['missing date of birth', withPatient({ dateOfBirth: '' }), 'patient.dateOfBirth', /date of birth/],
    ['impossible date of birth', withPatient({ dateOfBirth: '1956-02-30' }), 'patient.dateOfBirth', /not a real date/],
    ['future date of birth', withPatient({ dateOfBirth: '2025-06-03' }), 'patient.dateOfBirth', /in the future/],
    ['bad postcode', withPatient({ postcode: 'BS1' }), 'patient.postcode', /postcode/],
    ['no needs', makeDraft({ needs: [] }), 'needs', /at least one need/],
    ['no reason', makeDraft({ reason: '  ' }), 'reason', /reason for referral/],
    ['reason over 2,000 characters', makeDraft({ reason: 'a'.repeat(2001) }), 'reason', /2,001 characters.*2,000/],
    ['no consent to refer', withConsent({ referral: false }), 'consent.referral', /not agreed to the referral/],
    ['no consent to share', withConsent({ sharing: false }), 'consent.sharing', /share/],
    ['no contact method', withConsent({ contact: [] }), 'consent.contact', /how the link worker may contact/],
    ['do-not-contact mixed', withConsent({ contact: ['do-not-contact', 'phone'] }), 'consent.contact', /cannot/],
    ['phone chosen, no phone', withPatient({ phone: undefined }), 'patient.phone', /no phone number/],
    ['no referrer name', makeDraft({ referrer: { name: '', practice: 'X' } }), 'referrer.name', /your name/],
    [
      'odd ODS code',
      makeDraft({ referrer: { name: 'A', practice: 'X', odsCode: 'A8 1001' } }),
      'referrer.odsCode',
      /ODS/,
    ],
    ['no link worker name', makeDraft({ linkWorker: { name: '' } }), 'linkWorker.name', /link worker's name/],
    ['bad createdAt', makeDraft({ createdAt: 'yesterday' }), 'createdAt', /date/],
  ])('%s', (_, draft, field, message) => {
    const issues = validateReferral(draft, { now });
    expect(issues).toContainEqual({ field, message: expect.stringMatching(message) });
  });

  it('accepts a 2,000-character reason', () => {
    expect(validateReferral(makeDraft({ reason: 'a'.repeat(2000) }), { now })).toEqual([]);
  });

  it('accepts a baby born today (UK time) but not tomorrow', () => {
    // 23:30 UTC on 1 June is 00:30 BST on 2 June.
    const late = new Date('2025-06-01T23:30:00Z');
    expect(validateReferral(withPatient({ dateOfBirth: '2025-06-02' }), { now: late })).toEqual([]);
    expect(validateReferral(withPatient({ dateOfBirth: '2025-06-03' }), { now: late })).toHaveLength(1);
  });

  it.each<[string, string | undefined, RegExp]>([
    ['missing', undefined, /Add the link worker's NHSmail address/],
    ['not NHSmail', 'alex@example.org', /NHSmail address \(ending @nhs.net\)/],
    ['not an address', 'alex.nhs.net', /not valid/],
  ])('email route needs a link worker NHSmail address: %s', (_, email, message) => {
    const d = makeDraft();
    const draft = { ...d, linkWorker: { ...d.linkWorker, email } };
    expect(validateReferral(draft, { now, route: 'email' })).toEqual([
      { field: 'linkWorker.email', message: expect.stringMatching(message) },
    ]);
  });

  it('does not need a link worker email for other routes', () => {
    const d = makeDraft();
    expect(validateReferral({ ...d, linkWorker: { name: 'Alex' } }, { now, route: 'record' })).toEqual([]);
  });

  it('checks only the patient and referrer when the patient declined', () => {
    const declined = makeDraft({
      declined: true,
      needs: [],
      reason: '',
      consent: { referral: false, sharing: false, contact: [] },
      linkWorker: { name: '' },
    });
    expect(validateReferral(declined, { now })).toEqual([]);
    expect(validateReferral({ ...declined, consent: { ...declined.consent, referral: true } }, { now })).toEqual([
      { field: 'consent.referral', message: expect.stringMatching(/declining/) },
    ]);
  });
});
