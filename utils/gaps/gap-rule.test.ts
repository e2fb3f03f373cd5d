import { describe, expect, it } from 'vitest';
import { CENTRE, GAP_INDEX as index } from './gap-directory.fixture';
import { DEFAULT_GAP_KM, FEW_SERVICES, gapLevel, needGaps, referralArea, servicesNear } from './gap-rule';

describe('the gaps rule: live services for a need within the distance', () => {
  it.each([
    // need, km, live services within km, gap
    ['loneliness', 0.1, 0, 'none'], // the closed group 0.2 km away does not count, nor does the one with no place
    ['loneliness', 1, 1, 'few'],
    ['loneliness', 5, 2, 'few'],
    ['loneliness', 10, 3, undefined],
    ['debt', 1, 1, 'few'],
    ['debt', 5, 3, undefined],
    ['housing', 25, 0, 'none'], // a need the directory has no service for at all
  ] as const)('%s within %s km: %i services, gap %s', (need, km, count, level) => {
    const area = { ...CENTRE, km };
    expect(servicesNear(index, need, area)).toBe(count);
    expect(gapLevel(count)).toBe(level);
    expect(needGaps(index, [need, need], area)).toEqual(level ? [{ need, level }] : []);
  });

  it.each([
    [0, 'none'],
    [1, 'few'],
    [FEW_SERVICES - 1, 'few'],
    [FEW_SERVICES, undefined],
  ] as const)('%i services is gap %s', (count, level) => {
    expect(gapLevel(count)).toBe(level);
  });

  it('counts a referral where Find chose, else around the patient’s postcode at the default distance, else not at all', () => {
    const chosen = { lat: 51.5, lon: -2.6, km: 2 };
    expect(referralArea(index, chosen, 'BS1 5TR')).toBe(chosen);
    expect(referralArea(index, undefined, 'bs1 5tr')).toEqual({ ...CENTRE, km: DEFAULT_GAP_KM });
    expect(referralArea(index, undefined, '')).toBeUndefined();
    expect(referralArea(index, undefined, 'ZZ9 9ZZ')).toBeUndefined(); // a district the directory cannot place
  });
});
