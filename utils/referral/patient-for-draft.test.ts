import { describe, expect, it } from 'vitest';
import type { PatientCandidate } from '../patient/patient-types';
import { makeDraft } from './make-draft.fixture';
import { describeFound, draftForPatient } from './patient-for-draft';
import type { ContactPreference } from './referral';

const nhsNumber = { value: '9992345675', source: 'NHS', place: 'the banner' };
const phone = { value: '07700 900112', source: 'Tel', place: 'the banner' };
const email = { value: 'h.price@example.org', source: 'Email', place: 'the banner' };
const address = { value: '9 Orchard Close, Bristol BS31 2DT', source: 'Address', place: 'the banner' };

describe('draftForPatient', () => {
  const unticked = makeDraft({ consent: { referral: false, sharing: false, contact: [] } });
  it.each<[string, PatientCandidate, ContactPreference[]]>([
    ['a phone ticks Phone', { nhsNumber, phone, email }, ['phone']],
    ['an email without a phone ticks Email', { nhsNumber, email, address }, ['email']],
    ['only an address ticks Letter', { nhsNumber, address }, ['letter']],
    ['nothing to reach them by ticks nothing', { nhsNumber }, []],
  ])('%s', (_case, candidate, contact) => {
    const draft = draftForPatient(unticked, candidate);
    expect(draft.consent.contact).toEqual(contact);
    expect(draft.patient.nhsNumber).toBe('9992345675');
  });

  it("keeps the user's own choice of contact", () => {
    const chosen = makeDraft({ consent: { referral: true, sharing: true, contact: ['letter'] } });
    expect(draftForPatient(chosen, { nhsNumber, phone }).consent.contact).toEqual(['letter']);
  });
});

describe('describeFound', () => {
  it('groups the details by where they were, in plain words', () => {
    const name = { value: 'Mrs Joan ELLIS', source: 'Re:', place: "the letter's “Re:” line" };
    expect(
      describeFound({ nhsNumber, name, phone, postcode: { value: 'BS7 8QT', source: 'Re:', place: name.place } }),
    ).toBe("NHS number and phone from the banner; name and postcode from the letter's “Re:” line");
  });

  it('names the label of a value read through a site profile, which has no place', () => {
    expect(describeFound({ nhsNumber: { value: '9992345675', source: 'NHS No.' } })).toBe('NHS number from “NHS No.”');
  });
});
