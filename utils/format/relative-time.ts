const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

const format = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });

/** "3 hours ago", "yesterday", "just now". */
export function formatRelativeTime(then: number, now: number = Date.now()): string {
  const elapsed = now - then;
  if (elapsed < 60_000) return 'just now';
  for (const [unit, ms] of UNITS) {
    if (elapsed >= ms) return format.format(-Math.floor(elapsed / ms), unit);
  }
  return 'just now';
}

/**
 * One formatter for every date: `toLocaleDateString` with options builds a new one on each call, which cost the
 * side panel about a millisecond per card drawn (measured in a CPU profile of typing).
 */
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "13 April 2023", for assured dates. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return DAY.format(date);
}
