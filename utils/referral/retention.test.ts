import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_MONTHS, retentionMonths } from '../config/storage-items';
import type { AppDB } from '../db/db';
import { addReferral } from '../db/referrals';
import { useTestDb } from '../db/test-db.fixture';
import { makeLogEntry } from './log-entry.fixture';
import { purgeExpiredReferrals, retentionCutoff } from './retention';

let db: AppDB;
const testDb = useTestDb();
beforeEach(() => {
  db = testDb();
});

describe('retentionCutoff', () => {
  it.each([
    ['2026-03-15T12:00:00Z', 12, '2025-03-15'],
    ['2026-03-15T12:00:00Z', 1, '2026-02-15'],
    ['2026-01-10T12:00:00Z', 1, '2025-12-10'],
    ['2026-01-10T12:00:00Z', 25, '2023-12-10'],
    ['2026-03-31T12:00:00Z', 1, '2026-02-28'],
    ['2024-03-31T12:00:00Z', 1, '2024-02-29'],
    ['2025-02-28T12:00:00Z', 12, '2024-02-28'],
    ['2024-02-29T12:00:00Z', 12, '2023-02-28'],
    ['2026-05-31T12:00:00Z', 6, '2025-11-30'],
    // 23:30 UTC on 30 June is already 1 July in the UK (BST).
    ['2026-06-30T23:30:00Z', 12, '2025-07-01'],
  ])('%s less %i months keeps from %s', (now, months, cutoff) => {
    expect(retentionCutoff(months, Date.parse(now))).toBe(cutoff);
  });
});

describe('purgeExpiredReferrals', () => {
  const NOW = Date.parse('2026-03-15T12:00:00Z');

  async function seed(dates: string[]): Promise<void> {
    for (const [i, date] of dates.entries()) await addReferral(makeLogEntry({ id: `r${i}`, date }), db);
  }

  async function keptDates(): Promise<string[]> {
    return (await db.referrals.orderBy('date').toArray()).map((entry) => entry.date);
  }

  it('deletes entries older than the months given and says how many', async () => {
    await seed([
      '2024-12-31',
      '2025-03-14',
      '2025-03-14T23:59:00Z',
      '2025-03-15',
      '2025-03-15T08:00:00Z',
      '2026-03-01',
    ]);
    expect(await purgeExpiredReferrals(12, db, NOW)).toBe(3);
    expect(await keptDates()).toEqual(['2025-03-15', '2025-03-15T08:00:00Z', '2026-03-01']);
  });

  it('removes an expired referral still waiting in the FHIR outbox, and keeps a recent one waiting', async () => {
    await seed(['2024-12-31', '2026-03-01']);
    const waiting = (id: string) => ({
      id,
      endpoint: 'https://fhir.example.nhs.uk/R4',
      bundle: {
        resourceType: 'Bundle' as const,
        type: 'transaction' as const,
        timestamp: '2026-03-15T12:00:00Z',
        entry: [],
      },
      attempts: 1,
      nextAttemptAt: NOW,
      createdAt: NOW,
    });
    await db.outbox.bulkPut([waiting('r0'), waiting('r1')]);
    expect(await purgeExpiredReferrals(12, db, NOW)).toBe(1);
    expect(await db.outbox.toCollection().primaryKeys()).toEqual(['r1']);
  });

  it.each([
    [1, 3],
    [6, 2],
    [24, 0],
  ])('with %i months deletes %i', async (months, deleted) => {
    await seed(['2025-01-01', '2025-09-14', '2026-02-14', '2026-02-15', '2026-03-15']);
    expect(await purgeExpiredReferrals(months, db, NOW)).toBe(deleted);
    expect(await db.referrals.count()).toBe(5 - deleted);
  });

  it(`keeps ${DEFAULT_RETENTION_MONTHS} months by default`, async () => {
    await seed(['2025-03-14', '2025-03-15']);
    expect(await purgeExpiredReferrals(undefined, db, NOW)).toBe(1);
    expect(await keptDates()).toEqual(['2025-03-15']);
  });

  it.each([0, -3, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses %d months and deletes nothing',
    async (months) => {
      await seed(['2020-01-01', '2026-03-15']);
      await expect(purgeExpiredReferrals(months, db, NOW)).rejects.toThrow(/whole number of months/);
      expect(await db.referrals.count()).toBe(2);
    },
  );
});

describe('retentionMonths', () => {
  it('falls back to 12 months and keeps a chosen value', async () => {
    expect(await retentionMonths.getValue()).toBe(12);
    await retentionMonths.setValue(24);
    expect(await retentionMonths.getValue()).toBe(24);
  });
});
