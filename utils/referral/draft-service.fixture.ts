import type { Service } from '../directory/service';

/** A fully described community service, for share-with-patient tests to vary. */
export function makeService(overrides: Partial<Service> = {}): Service {
  return {
    id: 'bristol:42',
    feedId: '42',
    sourceId: 'bristol',
    name: 'Money Advice Drop-in',
    organisation: 'Example Citizens Advice',
    description: 'Free, confidential help with debts, bills and benefits.',
    website: 'https://example.org/money',
    email: 'help@example.org',
    phones: ['0117 496 0000'],
    locations: [{ name: 'Central Library', address: 'College Green, Bristol', postcode: 'BS1 5TL' }],
    schedules: [{ days: [1], opens: '10:00', closes: '12:00', description: 'Mondays 10:00–12:00' }],
    eligibility: { audiences: [] },
    cost: { free: true },
    attendance: ['venue', 'phone'],
    access: ['self-referral', 'drop-in'],
    taxonomy: [],
    status: 'active',
    needs: ['debt'],
    needEvidence: [],
    ...overrides,
  };
}
