import { describe, expect, it } from 'vitest';
import { normaliseDates } from './normalise-dates';

const NOW = Date.UTC(2025, 0, 1);

function run(record: Record<string, unknown>) {
  const problems: string[] = [];
  const dates = normaliseDates(record, NOW, (field, reason) => problems.push(`${field}: ${reason}`));
  return { ...dates, problems };
}

describe('normaliseDates', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['nothing', {}, { assuredDate: undefined, lastModified: undefined, problems: [] }],
    [
      'ISO dates and date-times',
      { assured_date: '2023-04-13', last_modified: '2023-03-15T10:30:45.123Z' },
      { assuredDate: '2023-04-13', lastModified: '2023-03-15T10:30:45.123Z', problems: [] },
    ],
    [
      'an assured date-time is cut to its day',
      { assured_date: '2023-04-13T09:00:00+01:00', last_modified: '2023-04-13 09:00' },
      { assuredDate: '2023-04-13', lastModified: '2023-04-13T09:00', problems: [] },
    ],
    ['UK day/month/year', { assured_date: '1/2/2023' }, { assuredDate: '2023-02-01', problems: [] }],
    [
      'v1 pc_metadata when the field is empty',
      { assured_date: '', pc_metadata: { date_assured: '2021-01-06', date_modified: '2021-01-07' } },
      { assuredDate: '2021-01-06', lastModified: '2021-01-07', problems: [] },
    ],
    [
      'a bad field falls back to pc_metadata',
      { assured_date: 'soon', pc_metadata: { date_assured: '2021-01-06' } },
      {
        assuredDate: '2021-01-06',
        problems: ['assured_date: The assured date "soon" is not a date, so it was left out.'],
      },
    ],
    [
      'an impossible day',
      { last_modified: '31/02/2023' },
      {
        lastModified: undefined,
        problems: ['last_modified: The last-modified date "31/02/2023" is not a date, so it was left out.'],
      },
    ],
    [
      'before 1990',
      { assured_date: '1989-12-31' },
      {
        assuredDate: undefined,
        problems: ['assured_date: The assured date "1989-12-31" is before 1990, so it was left out.'],
      },
    ],
    ['just under a year ahead', { assured_date: '2025-12-31' }, { assuredDate: '2025-12-31', problems: [] }],
    [
      'more than a year ahead',
      { last_modified: '2026-01-02' },
      {
        lastModified: undefined,
        problems: [
          'last_modified: The last-modified date "2026-01-02" is more than a year in the future, so it was left out.',
        ],
      },
    ],
  ])('%s', (_, record, expected) => {
    expect(run(record)).toMatchObject(expected);
  });
});
