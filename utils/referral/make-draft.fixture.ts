import type { ReferralDraft } from './referral';

/** A complete, valid referral for a fictional patient (NHS number in the 999 test range), for tests to vary. */
export function makeDraft(overrides: Partial<ReferralDraft> = {}): ReferralDraft {
  return {
    patient: {
      nhsNumber: '999 007 9196',
      name: 'Jane Testpatient',
      dateOfBirth: '1956-03-01',
      address: '1 Example Street, Bristol',
      postcode: 'BS1 5TR',
      phone: '07700 900123',
      email: 'jane@example.org',
    },
    needs: [
      { id: 'debt', label: 'Debt and money worries' },
      { id: 'loneliness', label: 'Loneliness' },
    ],
    services: [
      {
        id: 'bristol:42',
        name: 'Money Advice Drop-in',
        organisation: 'Example Citizens Advice',
        phone: '0117 496 0000',
        website: 'https://example.org/money',
      },
    ],
    reason: 'Worried about council tax arrears and feels isolated since moving.',
    urgency: 'routine',
    consent: { referral: true, sharing: true, contact: ['phone', 'text'], bestTimes: 'Weekday mornings' },
    referrer: {
      name: 'Dr Sam Example',
      role: 'GP',
      practice: 'Example Surgery',
      odsCode: 'A81001',
      phone: '0117 496 0001',
      email: 'sam.example@nhs.net',
    },
    linkWorker: { name: 'Alex Linkworker', email: 'alex.linkworker@nhs.net', organisation: 'Example PCN' },
    createdAt: '2025-06-02T09:05:00Z',
    ...overrides,
  };
}
