import { describe, expect, it } from 'vitest';
import { parseDays } from './parse-days';

describe('parseDays', () => {
  it.each([
    ['Mon-Fri', ['MO', 'TU', 'WE', 'TH', 'FR']],
    ['Mon - Fri', ['MO', 'TU', 'WE', 'TH', 'FR']],
    ['Monday to Friday', ['MO', 'TU', 'WE', 'TH', 'FR']],
    ['Tue, Thu', ['TU', 'TH']],
    ['Tuesdays and Thursdays', ['TU', 'TH']],
    ['tues & thurs', ['TU', 'TH']],
    ['Wed', ['WE']],
    ['Sat/Sun', ['SA', 'SU']],
    ['weekdays', ['MO', 'TU', 'WE', 'TH', 'FR']],
    ['Weekends', ['SA', 'SU']],
    ['every day', ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']],
    ['7 days a week', ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']],
    ['Fri–Mon', ['MO', 'FR', 'SA', 'SU']],
    ['Sun, Mon, Wed-Thu', ['MO', 'WE', 'TH', 'SU']],
  ])('reads %j', (text, days) => {
    expect(parseDays(text)).toEqual(days);
  });

  it.each(['', '   ', 'first Monday of the month', 'Mondays 10-12', 'term time', 'mo', 'Mon-Fri-Sat'])(
    'gives up on %j rather than guess',
    (text) => {
      expect(parseDays(text)).toBeUndefined();
    },
  );
});
