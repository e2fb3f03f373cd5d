import { describe, expect, it } from 'vitest';
import { normaliseSchedules } from './normalise-schedules';

const weekday = (day: unknown, opens = '09:00:00', closes = '17:00:00') => ({
  weekday: day,
  opens_at: opens,
  closes_at: closes,
});

describe('normaliseSchedules', () => {
  it.each<[string, Record<string, unknown>, unknown[]]>([
    ['nothing', {}, []],
    [
      'v1 weekdays merged into one run',
      { regular_schedules: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((d) => weekday(d)) },
      [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00', description: 'Mon–Fri 09:00–17:00' }],
    ],
    [
      'v1 numeric and short weekdays',
      { regular_schedules: [weekday(3), weekday('mon'), weekday(7)] },
      [{ days: [1, 3, 7], opens: '09:00', closes: '17:00', description: 'Mon, Wed, Sun 09:00–17:00' }],
    ],
    [
      'different hours kept apart',
      { regular_schedules: [weekday('Tuesday', '10:00', '12:00'), weekday('Thursday', '14:00', '16:30')] },
      [
        { days: [2], opens: '10:00', closes: '12:00', description: 'Tue 10:00–12:00' },
        { days: [4], opens: '14:00', closes: '16:30', description: 'Thu 14:00–16:30' },
      ],
    ],
    [
      '3.0 byday with the feed description',
      { schedules: [{ byday: 'TH,FR', opens_at: '10:00:00', closes_at: '18:00:00', description: '<p>Weekdays</p>' }] },
      [{ days: [4, 5], opens: '10:00', closes: '18:00', description: 'Weekdays' }],
    ],
    [
      '3.0 monthly with ordinals',
      { schedules: [{ freq: 'MONTHLY', byday: '1TU,3TU', opens_at: '18:00', closes_at: '20:00' }] },
      [{ days: [2], opens: '18:00', closes: '20:00', description: '1st and 3rd Tue of the month 18:00–20:00' }],
    ],
    [
      '3.0 monthly without ordinals',
      { schedules: [{ freq: 'monthly', byday: 'WE' }] },
      [{ days: [3], opens: undefined, closes: undefined, description: 'Monthly, Wed' }],
    ],
    [
      'last Friday',
      { schedules: [{ freq: 'MONTHLY', byday: '-1FR', opens_at: '9:30' }] },
      [{ days: [5], opens: '09:30', closes: undefined, description: 'last Fri of the month from 09:30' }],
    ],
    [
      'an ordinal with no plain words',
      { schedules: [{ freq: 'MONTHLY', byday: '-2FR' }] },
      [{ days: [5], opens: undefined, closes: undefined, description: 'Monthly, Fri' }],
    ],
    [
      'every day, and a closing time only',
      { schedules: [{ byday: 'MO,TU,WE,TH,FR,SA,SU', closes_at: '24:00' }] },
      [{ days: [1, 2, 3, 4, 5, 6, 7], opens: undefined, closes: '00:00', description: 'Every day until 00:00' }],
    ],
    [
      'a description only',
      { schedules: [{ description: 'Term time only' }] },
      [{ days: [], opens: undefined, closes: undefined, description: 'Term time only' }],
    ],
    [
      'unusable times and days dropped',
      { regular_schedules: [{ weekday: 'Someday', opens_at: '25:00', closes_at: 'noon' }, weekday(9)] },
      [{ days: [], opens: '09:00', closes: '17:00', description: '09:00–17:00' }],
    ],
  ])('%s', (_, record, schedules) => {
    expect(normaliseSchedules(record)).toEqual(schedules);
  });

  it('merges the same hours given on the service and at a location', () => {
    const record = {
      regular_schedules: [weekday('Tuesday', '10:00:00', '12:00:00')],
      service_at_locations: [
        { regular_schedules: [weekday('Tuesday', '10:00:00', '12:00:00'), weekday('Thursday', '10:00', '12:00')] },
        { location: { schedules: [{ byday: 'SA', opens_at: '10:00', closes_at: '12:00' }] } },
      ],
    };
    expect(normaliseSchedules(record)).toEqual([
      { days: [2, 4, 6], opens: '10:00', closes: '12:00', description: 'Tue, Thu, Sat 10:00–12:00' },
    ]);
  });
});
