import { isObject, type JsonObject, list, num, text } from '../../../../utils/directory/narrow';
import type { ServiceSchedule } from '../../../../utils/directory/service';
import { normaliseText } from './normalise-text';

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const RRULE_DAYS: Record<string, number> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };
// "TU", "1TU" (first Tuesday), "-1FR" (last Friday), as in iCalendar BYDAY.
const BYDAY = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/;
const BYDAY_SPLIT = /[,\s]+/;
const TIME = /^(\d{1,2})[:.](\d{2})/;
const ORDINALS: Record<string, string> = { '1': '1st', '2': '2nd', '3': '3rd', '4': '4th', '5': '5th', '-1': 'last' };

/** One feed schedule entry before duplicates are merged. */
interface Entry {
  days: Set<number>;
  opens?: string;
  closes?: string;
  feedDescription?: string;
  /** "1st and 3rd" for "1TU,3TU"; empty when the days are not picked out of the month. */
  ordinals: string;
  monthly: boolean;
}

/** v1 `weekday`: "Monday", "mon", or a number (ISO 1 = Monday; 0 is read as Sunday). */
function weekday(value: unknown): number | undefined {
  const n = num(value);
  if (n !== undefined) return n === 0 ? 7 : Number.isInteger(n) && n >= 1 && n <= 7 ? n : undefined;
  const name = text(value)?.slice(0, 3).toLowerCase();
  const index = DAY_NAMES.findIndex((day) => day.toLowerCase() === name);
  return index < 0 ? undefined : index + 1;
}

/** "09:00:00", "9:00", "09.00" → "09:00"; "24:00" is midnight. */
function time(value: unknown): string | undefined {
  const match = text(value)?.match(TIME);
  if (!match) return undefined;
  const minutes = Number(match[2]);
  const hours = Number(match[1]) === 24 && minutes === 0 ? 0 : Number(match[1]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

function entry(schedule: JsonObject): Entry | undefined {
  const days = new Set<number>();
  const ordinals = new Set<string>();
  const day = weekday(schedule.weekday);
  if (day) days.add(day);
  for (const part of (text(schedule.byday) ?? '').toUpperCase().split(BYDAY_SPLIT)) {
    const match = part.match(BYDAY);
    const iso = match?.[2] ? RRULE_DAYS[match[2]] : undefined;
    if (!match || !iso) continue;
    days.add(iso);
    const ordinal = match[1] ? ORDINALS[match[1].replace('+', '')] : undefined;
    if (ordinal) ordinals.add(ordinal);
  }
  const result: Entry = {
    days,
    opens: time(schedule.opens_at),
    closes: time(schedule.closes_at),
    feedDescription: normaliseText(schedule.description),
    ordinals: [...ordinals].join(' and '),
    monthly: text(schedule.freq)?.toUpperCase() === 'MONTHLY',
  };
  const empty = days.size === 0 && !result.opens && !result.closes && !result.feedDescription;
  return empty ? undefined : result;
}

function dayName(day: number | undefined): string {
  return DAY_NAMES[(day ?? 1) - 1] ?? '';
}

/** Sorted ISO days as runs: [1,2,3,4,5] → "Mon–Fri", [1,3] → "Mon, Wed", all seven → "Every day". */
function dayText(days: number[]): string {
  if (days.length === 7) return 'Every day';
  const runs: number[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .flatMap((run) => (run.length >= 3 ? [`${dayName(run[0])}–${dayName(run.at(-1))}`] : run.map(dayName)))
    .join(', ');
}

function timeText(opens?: string, closes?: string): string {
  if (opens && closes) return `${opens}–${closes}`;
  if (opens) return `from ${opens}`;
  return closes ? `until ${closes}` : '';
}

/** "Mon–Fri 09:00–17:00", "1st Tue of the month 10:00–12:00", "Monthly, Wed 18:00–20:00". */
function describe(days: number[], { opens, closes, ordinals, monthly }: Entry): string {
  const when = dayText(days);
  const on = ordinals && when ? `${ordinals} ${when} of the month` : monthly && when ? `Monthly, ${when}` : when;
  return [on, timeText(opens, closes)].filter(Boolean).join(' ');
}

function scheduleLists(record: JsonObject): unknown[] {
  const lists = [record.regular_schedules, record.schedules];
  for (const sal of list(record.service_at_locations)) {
    if (!isObject(sal)) continue;
    lists.push(sal.regular_schedules, sal.schedules);
    if (isObject(sal.location)) lists.push(sal.location.regular_schedules, sal.location.schedules);
  }
  return lists.flatMap(list);
}

/**
 * Opening times from v1 `regular_schedules` (one entry per weekday) and 3.0 `schedules` (iCalendar `byday`), on the
 * service and at its locations. Entries with the same hours are merged ("Monday 9–5" … "Friday 9–5" becomes one
 * "Mon–Fri 09:00–17:00"); the feed's own description is kept when it has one.
 */
export function normaliseSchedules(record: JsonObject): ServiceSchedule[] {
  const merged = new Map<string, Entry>();
  for (const schedule of scheduleLists(record)) {
    const next = isObject(schedule) ? entry(schedule) : undefined;
    if (!next) continue;
    const key = [next.opens, next.closes, next.feedDescription, next.ordinals, next.monthly].join('|');
    const existing = merged.get(key);
    if (existing) for (const day of next.days) existing.days.add(day);
    else merged.set(key, next);
  }
  return [...merged.values()].map((e) => {
    const days = [...e.days].sort((a, b) => a - b);
    return { days, opens: e.opens, closes: e.closes, description: e.feedDescription ?? describe(days, e) };
  });
}
