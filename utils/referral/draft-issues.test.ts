import { describe, expect, it } from 'vitest';
import { type DeliveryAction, draftIssues } from './draft-issues';
import { makeDraft } from './make-draft.fixture';
import type { ReferralDraft } from './referral';

const NOW = new Date('2025-06-02T12:00:00Z');
const fields = (draft: ReferralDraft, action: DeliveryAction) => draftIssues(draft, action, NOW).map((i) => i.field);

const blank: ReferralDraft = makeDraft({
  patient: { nhsNumber: '999 007 9196', name: 'Jane Testpatient', dateOfBirth: '' },
  needs: [],
  services: [],
  reason: '',
  consent: { referral: false, sharing: false, contact: [] },
  linkWorker: { name: '' },
});

describe('draftIssues', () => {
  it.each(['record', 'email', 'print', 'fhir', 'fhir-post', 'fill'] satisfies DeliveryAction[])(
    'finds nothing wrong with a complete draft sent by %s',
    (action) => {
      expect(draftIssues(makeDraft(), action, NOW)).toEqual([]);
    },
  );

  it.each([
    ['email', ['linkWorker.email']],
    ['fhir-post', []],
    ['record', []],
  ] satisfies [DeliveryAction, string[]][])(
    'checks the route: %s with a non-NHSmail address → %j',
    (action, expected) => {
      const draft = makeDraft({ linkWorker: { name: 'Alex', email: 'alex@example.org' } });
      expect(fields(draft, action)).toEqual(expected);
    },
  );

  it('needs only the NHS number and name to record a decline', () => {
    expect(fields(blank, 'declined')).toEqual([]);
    expect(fields(blank, 'record')).toEqual(
      expect.arrayContaining(['patient.dateOfBirth', 'needs', 'reason', 'consent.referral', 'linkWorker.name']),
    );
  });

  it.each([
    ['a missing name', { name: '' }, ['patient.name']],
    ['a wrong NHS number', { nhsNumber: '999 007 9190' }, ['patient.nhsNumber']],
    ['a date of birth typed in the future', { dateOfBirth: '2030-01-01' }, ['patient.dateOfBirth']],
  ])('still refuses a decline with %s', (_, patient, expected) => {
    expect(fields({ ...blank, patient: { ...blank.patient, ...patient } }, 'declined')).toEqual(expected);
  });

  it('refuses a decline while consent to refer is ticked', () => {
    const ticked = { ...blank, consent: { ...blank.consent, referral: true } };
    expect(fields(ticked, 'declined')).toEqual(['consent.referral']);
  });
});
