import { describe, expect, it } from 'vitest';
import { normaliseEligibility } from './normalise-eligibility';

function run(record: Record<string, unknown>) {
  const problems: string[] = [];
  const eligibility = normaliseEligibility(record, (field, reason) => problems.push(`${field}: ${reason}`));
  return { ...eligibility, problems };
}

describe('normaliseEligibility', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['no ages', {}, { minAge: undefined, maxAge: undefined, problems: [] }],
    ['numbers and numeric strings', { minimum_age: 16, maximum_age: '25' }, { minAge: 16, maxAge: 25, problems: [] }],
    ['the edges', { minimum_age: 0, maximum_age: 120 }, { minAge: 0, maxAge: 120, problems: [] }],
    ['v1 ages on eligibilitys', { eligibilitys: [{ eligibility: 'x' }, { minimum_age: 55 }] }, { minAge: 55 }],
    [
      'an age over 120',
      { maximum_age: 121 },
      { maxAge: undefined, problems: ['maximum_age: The maximum age 121 is outside 0 to 120, so it was left out.'] },
    ],
    [
      'an age that is not a number',
      { eligibilitys: [{ minimum_age: 'adult' }] },
      {
        minAge: undefined,
        problems: ['eligibilitys[0].minimum_age: The minimum age "adult" is not a number, so it was left out.'],
      },
    ],
    [
      'a minimum above the maximum',
      { minimum_age: 65, maximum_age: 18 },
      {
        minAge: undefined,
        maxAge: undefined,
        problems: ['minimum_age: The minimum age (65) is above the maximum age (18), so both were left out.'],
      },
    ],
  ])('%s', (_, record, expected) => {
    expect(run(record)).toMatchObject(expected);
  });

  it('collects audiences from v1 tags and eligibilitys, split on ">" and unique whatever the case', () => {
    const record = {
      pc_targetAudience: [{ audienceType: 'Parents>Grandparents' }, { audienceType: 'Carers ' }, 'Women'],
      eligibilitys: [{ eligibility: '<b>carers</b>' }, { eligibility: 'Sensory Impaired > Visually Impaired' }],
      eligibility_description: 'Anyone over 18',
    };
    expect(run(record).audiences).toEqual([
      'Parents',
      'Grandparents',
      'Carers',
      'Women',
      'Sensory Impaired',
      'Visually Impaired',
    ]);
  });
});
