import { beforeEach, describe, expect, it } from 'vitest';
import { makeLogEntry } from '../referral/log-entry.fixture';
import type { ReferralStatus } from '../referral/referral-status';
import type { AppDB } from './db';
import {
  addReferral,
  addReferralRoute,
  confirmPasted,
  countReferrals,
  listReferrals,
  type ReferralFilter,
  updateReferralStatus,
} from './referrals';
import type { ReferralLogEntry } from './schema';
import { useTestDb } from './test-db.fixture';

let db: AppDB;
const testDb = useTestDb();
beforeEach(() => {
  db = testDb();
});

const LOG: ReferralLogEntry[] = [
  makeLogEntry({ id: 'a', date: '2025-01-10', status: 'sent', needs: ['Loneliness'] }),
  makeLogEntry({ id: 'b', date: '2025-03-05', status: 'accepted', needs: ['Debt and money worries'] }),
  makeLogEntry({ id: 'c', date: '2025-03-05T16:30:00Z', status: 'closed', needs: ['Loneliness', 'Housing'] }),
  makeLogEntry({ id: 'd', date: '2025-06-20', status: 'sent', needs: [] }),
];

async function seed(entries = LOG): Promise<void> {
  for (const entry of entries) await addReferral(entry, db);
}

const ids = (entries: ReferralLogEntry[]) => entries.map((entry) => entry.id);

describe('addReferral', () => {
  it('stores the entry and returns its id', async () => {
    expect(await addReferral(makeLogEntry({ id: 'x1' }), db)).toBe('x1');
    expect(await db.referrals.get('x1')).toEqual(makeLogEntry({ id: 'x1', routes: ['email'] }));
  });

  it('keeps only the log fields, even when a caller passes more about the patient', async () => {
    const withName = { ...makeLogEntry(), name: 'Jane Testpatient', postcode: 'BS1 5TR' };
    await addReferral(withName, db);
    const stored = await db.referrals.get('r1');
    expect(Object.keys(stored ?? {}).sort()).toEqual(Object.keys(makeLogEntry({ routes: ['email'] })).sort());
    expect(JSON.stringify(stored)).not.toMatch(/Testpatient|BS1/);
  });

  it('refuses an id already in the log', async () => {
    await addReferral(makeLogEntry(), db);
    await expect(addReferral(makeLogEntry({ initials: 'ZZ' }), db)).rejects.toThrow();
    expect((await db.referrals.get('r1'))?.initials).toBe('JT');
  });
});

describe('updateReferralStatus', () => {
  const NOW = Date.UTC(2025, 6, 1, 8, 30);

  it('sets the status and updatedAt, keeping the outcome when none is given', async () => {
    await addReferral(makeLogEntry({ outcome: 'Left a message' }), db);
    await updateReferralStatus('r1', 'contacted', undefined, db, NOW);
    expect(await db.referrals.get('r1')).toMatchObject({
      status: 'contacted',
      outcome: 'Left a message',
      updatedAt: '2025-07-01T08:30:00.000Z',
    });
  });

  it.each([
    ['  Joined the walking group  ', 'Joined the walking group'],
    ['', undefined],
    ['   ', undefined],
  ])('writes outcome %j as %j', async (outcome, stored) => {
    await addReferral(makeLogEntry({ outcome: 'Old note' }), db);
    await updateReferralStatus('r1', 'closed', outcome, db, NOW);
    const entry = await db.referrals.get('r1');
    expect(entry?.outcome).toBe(stored);
    expect(entry && 'outcome' in entry).toBe(stored !== undefined);
  });

  it('refuses an id that is not in the log, and writes nothing', async () => {
    await addReferral(makeLogEntry(), db);
    await expect(updateReferralStatus('nope', 'closed', 'x', db, NOW)).rejects.toThrow(/no referral nope/);
    expect(await db.referrals.count()).toBe(1);
    expect((await db.referrals.get('r1'))?.status).toBe('sent');
  });

  it('refuses a status that does not exist', async () => {
    await addReferral(makeLogEntry(), db);
    const bogus = 'lost' as ReferralStatus;
    await expect(updateReferralStatus('r1', bogus, undefined, db, NOW)).rejects.toThrow(/not a referral status/);
  });
});

describe('listReferrals', () => {
  it.each<[string, ReferralFilter, string[]]>([
    ['everything, newest first', {}, ['d', 'c', 'b', 'a']],
    ['by status', { status: 'sent' }, ['d', 'a']],
    ['by need (multi-entry index)', { need: 'Loneliness' }, ['c', 'a']],
    ['by need and status', { need: 'Loneliness', status: 'closed' }, ['c']],
    ['from a day, inclusive', { from: '2025-03-05' }, ['d', 'c', 'b']],
    ['to a day, including entries with a time that day', { to: '2025-03-05' }, ['c', 'b', 'a']],
    ['within a range', { from: '2025-02-01', to: '2025-05-31' }, ['c', 'b']],
    ['by status within a range', { status: 'sent', from: '2025-02-01' }, ['d']],
    ['by need within a range', { need: 'Loneliness', to: '2025-02-01' }, ['a']],
    ['a need nobody has', { need: 'Transport' }, []],
  ])('lists %s', async (_, filter, expected) => {
    await seed();
    expect(ids(await listReferrals(filter, db))).toEqual(expected);
  });

  it('orders entries on the same day by their last update, newest first', async () => {
    await seed([
      makeLogEntry({ id: 'early', updatedAt: '2025-06-02T09:00:00.000Z' }),
      makeLogEntry({ id: 'late', updatedAt: '2025-06-03T09:00:00.000Z' }),
    ]);
    expect(ids(await listReferrals({}, db))).toEqual(['late', 'early']);
  });
});

describe('countReferrals', () => {
  it('counts every status (zero included) and each need', async () => {
    await seed();
    expect(await countReferrals(db)).toEqual({
      byStatus: { sent: 2, accepted: 1, contacted: 0, closed: 1, declined: 0 },
      byNeed: { 'Debt and money worries': 1, Housing: 1, Loneliness: 2 },
    });
  });

  it('gives zeros and no needs for an empty log', async () => {
    expect(await countReferrals(db)).toEqual({
      byStatus: { sent: 0, accepted: 0, contacted: 0, closed: 0, declined: 0 },
      byNeed: {},
    });
  });
});

describe('confirmPasted', () => {
  const NOW = Date.UTC(2025, 6, 1, 8, 30);

  it('keeps a referral marked as copied but not pasted through a status change, until it is confirmed', async () => {
    await addReferral(makeLogEntry({ route: 'record', awaitingPaste: true }), db);
    await updateReferralStatus('r1', 'accepted', undefined, db, NOW);
    expect((await db.referrals.get('r1'))?.awaitingPaste).toBe(true);
    await confirmPasted('r1', db, NOW + 60_000);
    const stored = await db.referrals.get('r1');
    expect(stored).not.toHaveProperty('awaitingPaste');
    expect(stored).toMatchObject({ status: 'accepted', updatedAt: '2025-07-01T08:31:00.000Z' });
  });

  it('refuses an id that is not in the log', async () => {
    await expect(confirmPasted('nope', db, NOW)).rejects.toThrow('There is no referral nope in the log.');
  });
});

describe('addReferralRoute', () => {
  it('lists every route used, in order and once each, without touching the status date', async () => {
    await addReferral(makeLogEntry({ route: 'record', updatedAt: '2025-07-01T08:30:00.000Z' }), db);
    expect((await db.referrals.get('r1'))?.routes).toEqual(['record']);
    await addReferralRoute('r1', 'email', db);
    await addReferralRoute('r1', 'print', db);
    await addReferralRoute('r1', 'email', db);
    expect(await db.referrals.get('r1')).toMatchObject({
      route: 'record',
      routes: ['record', 'email', 'print'],
      updatedAt: '2025-07-01T08:30:00.000Z',
    });
  });

  it('builds on the single route of a row stored before routes were listed', async () => {
    // Straight into the table, as an older version stored it: one `route`, no `routes`.
    await db.referrals.add(makeLogEntry({ route: 'fhir' }));
    await addReferralRoute('r1', 'record', db);
    expect((await db.referrals.get('r1'))?.routes).toEqual(['fhir', 'record']);
  });

  it('refuses an id that is not in the log', async () => {
    await expect(addReferralRoute('nope', 'email', db)).rejects.toThrow('There is no referral nope in the log.');
  });
});
