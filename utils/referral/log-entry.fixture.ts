import type { ReferralLogEntry } from '../db/schema';

/** A referral log entry for tests, with an invented NHS number from the 999 test range. */
export function makeLogEntry(overrides: Partial<ReferralLogEntry> = {}): ReferralLogEntry {
  return {
    id: 'r1',
    nhsNumber: '9990079196',
    initials: 'JT',
    needs: ['Debt and money worries', 'Loneliness'],
    services: ['Money Advice Drop-in'],
    date: '2025-06-02',
    route: 'email',
    referrer: 'Dr Sam Example',
    status: 'sent',
    updatedAt: '2025-06-02T09:05:00.000Z',
    ...overrides,
  };
}
