import { beforeEach, describe, expect, it } from 'vitest';
import { gapDistanceKm } from '../config/storage-items';
import { db } from '../db/db';
import { listGaps } from '../db/gaps';
import { CENTRE, GAP_INDEX as index } from './gap-directory.fixture';
import { gapsToCsv } from './gaps-csv';
import { recordReferralGaps, recordSearchGaps, resetGapSession } from './record-gaps';

const NOW = new Date('2026-12-05T12:00:00Z');
const NEEDS = [
  { id: 'loneliness', label: 'Loneliness' },
  { id: 'debt', label: 'Debt' },
  { id: 'housing', label: 'Housing' },
];

function referral(postcode?: string, needs = NEEDS) {
  return {
    needs,
    patient: { nhsNumber: '9990079196', name: 'Eleanor Testpatient', dateOfBirth: '1946-03-14', postcode },
  };
}

async function counts() {
  return Object.fromEntries(
    (await listGaps()).map(({ need, searchedNone, searchedFew, referredNone, referredFew }) => [
      need,
      [searchedNone, searchedFew, referredNone, referredFew],
    ]),
  );
}

beforeEach(async () => {
  resetGapSession();
  await db.gaps.clear();
});

describe('recording gaps: searches and referrals by the same rule', () => {
  it('counts each need searched by its own live services within the Find distance, once however often it reruns', async () => {
    const area = { ...CENTRE, km: 5 };
    await recordSearchGaps(index, ['loneliness', 'debt', 'housing'], area, NOW);
    await recordSearchGaps(index, ['loneliness', 'debt', 'housing'], area, NOW);
    // Loneliness has 2 within 5 km (few), debt 3 (no gap), housing none.
    expect(await counts()).toEqual({ Loneliness: [0, 1, 0, 0], Housing: [1, 0, 0, 0] });
    await recordSearchGaps(index, ['debt'], { ...CENTRE, km: 1 }, NOW);
    expect((await counts()).Debt).toEqual([0, 1, 0, 0]);
  });

  it('counts nothing for a search that names no place', async () => {
    await recordSearchGaps(index, ['housing'], undefined, NOW);
    expect(await counts()).toEqual({});
  });

  it('counts a referral around the patient’s postcode at the default distance when Find chose no place', async () => {
    await recordReferralGaps(referral('BS1 5TR'), NOW, index);
    expect(await counts()).toEqual({ Loneliness: [0, 0, 0, 1], Housing: [0, 0, 1, 0] });
  });

  it('counts a referral within the distance chosen in Find, the same as the search', async () => {
    await recordSearchGaps(index, ['debt'], { ...CENTRE, km: 1 }, NOW);
    await recordReferralGaps(referral('BS1 5TR'), NOW, index);
    expect((await counts()).Debt).toEqual([0, 1, 0, 1]);
    // Clearing the Find postcode: the next referral is counted at the default distance again.
    await recordSearchGaps(index, ['debt'], undefined, NOW);
    await recordReferralGaps(
      referral(
        'BS1 5TR',
        NEEDS.filter((need) => need.id === 'debt'),
      ),
      NOW,
      index,
    );
    expect((await counts()).Debt).toEqual([0, 1, 0, 1]);
  });

  it('uses the distance from settings around the patient’s postcode', async () => {
    await gapDistanceKm.setValue(1);
    await recordReferralGaps(referral('BS1 5TR'), NOW, index);
    // Within 1 km: one debt service (few) and one loneliness group (few); housing none.
    expect(await counts()).toEqual({ Debt: [0, 0, 0, 1], Loneliness: [0, 0, 0, 1], Housing: [0, 0, 1, 0] });
  });

  it('counts nothing for a referral with no place, and exports counts only, no patient details', async () => {
    await recordReferralGaps(referral(undefined), NOW, index);
    expect(await counts()).toEqual({});
    await recordReferralGaps(referral('BS1 5TR'), NOW, index);
    const csv = gapsToCsv(await listGaps());
    expect(csv.split('\r\n')).toEqual([
      'Month,Need,Searches with no service within the distance,Searches with few services within the distance,Referrals with no service within the distance,Referrals with few services within the distance',
      '2026-12,Housing,0,0,1,0',
      '2026-12,Loneliness,0,0,0,1',
    ]);
    expect(csv).not.toMatch(/9990079196|Eleanor|BS1/i);
  });

  it('reads a row written before referredFew existed as 0', async () => {
    await db.gaps.put({
      id: '2026-11|Loneliness',
      month: '2026-11',
      need: 'Loneliness',
      searchedNone: 2,
      searchedFew: 0,
      referredNone: 1,
    } as never);
    expect(await counts()).toEqual({ Loneliness: [2, 0, 1, 0] });
  });
});
