import { describe, expect, it } from 'vitest';
import { listGaps } from '../db/gaps';
import { gapsToCsv } from './gaps-csv';
import { recordReferralGap, recordSearchGap, searchGap } from './record-gaps';

const NEAR = { lat: 51.45, lon: -2.59, km: 2 };

describe('gaps in local services', () => {
  it.each([
    [0, ['loneliness'], NEAR, 'searchedNone'],
    [2, ['loneliness'], NEAR, 'searchedFew'],
    [3, ['loneliness'], NEAR, undefined],
    [0, [], NEAR, undefined],
    [0, ['loneliness'], undefined, undefined],
  ] as const)('a search finding %i for %o near %o is %s', (total, needs, near, kind) => {
    expect(searchGap(total, [...needs], near)).toBe(kind);
  });

  it('counts by month and need, once per search however often it reruns, and exports no patient details', async () => {
    const now = new Date('2026-12-05T12:00:00Z');
    await recordSearchGap(0, ['loneliness'], NEAR, now);
    await recordSearchGap(0, ['loneliness'], NEAR, now);
    await recordSearchGap(1, ['loneliness'], { ...NEAR, km: 5 }, now);
    await recordReferralGap(['Loneliness'], 0, now);
    await recordReferralGap(['Loneliness'], 2, now);
    const rows = await listGaps();
    expect(rows.find((r) => r.need === 'Loneliness')).toMatchObject({
      month: '2026-12',
      searchedNone: 1,
      searchedFew: 1,
      referredNone: 1,
    });
    expect(gapsToCsv(rows)).toContain('2026-12,Loneliness,1,1,1');
  });
});
