import type { Random, Weighted } from './random';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const HOURS: readonly Weighted<readonly [string, string]>[] = [
  [['09:00', '17:00'], 4],
  [['10:00', '12:00'], 4],
  [['13:30', '15:30'], 3],
  [['10:00', '14:00'], 2],
  [['09:30', '11:30'], 2],
  [['18:30', '20:30'], 2],
  [['19:00', '21:00'], 1],
  [['08:30', '16:30'], 1],
];

/** Which weekdays (0 = Monday) a service opens: one morning a week is most common, office hours next. */
function openDays(random: Random): number[] {
  const pattern = random.weighted<string>([
    ['one', 5],
    ['weekdays', 2],
    ['some', 3],
  ]);
  if (pattern === 'weekdays') return [0, 1, 2, 3, 4];
  const days = random.sample([0, 1, 2, 3, 4, 5, 6], pattern === 'one' ? 1 : random.int(2, 3));
  return days.sort((a, b) => a - b);
}

/** ORUK v1 `regular_schedules`: one entry per open weekday, with the same hours, sometimes with RRULE parts. */
export function makeSchedules(random: Random): Record<string, unknown>[] {
  const [opens, closes] = random.weighted(HOURS);
  const withRule = random.chance(0.5);
  return openDays(random).map((day) =>
    withRule
      ? {
          id: random.uuid(),
          weekday: WEEKDAYS[day],
          opens_at: opens,
          closes_at: closes,
          freq: 'WEEKLY',
          interval: 1,
          byday: BYDAY[day],
          description: '',
        }
      : { id: random.uuid(), weekday: WEEKDAYS[day], opens_at: opens, closes_at: closes, description: '' },
  );
}
