/** Dates shown to people in England: written out in full and in UK time, whatever the computer's own zone. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "1956-03-01" → "1 March 1956". A date of birth has no time zone, so it is read as written, never through Date. */
export function formatUkDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return isoDate;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

function londonParts(instant: Date): Record<string, string> {
  // formatToParts rather than format(): ICU versions disagree on the joining words ("at" or ",").
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}

/** "2025-06-02T09:05:00Z" → "2 June 2025, 10:05" (UK time). Unparseable text comes back unchanged. */
export function formatUkDateTime(isoDateTime: string): string {
  const instant = new Date(isoDateTime);
  if (Number.isNaN(instant.getTime())) return isoDateTime;
  const p = londonParts(instant);
  return `${formatUkDate(`${p.year}-${p.month}-${p.day}`)}, ${p.hour}:${p.minute}`;
}

/** Today's date in the UK as yyyy-mm-dd, so a baby born just after midnight BST is not "born tomorrow". */
export function ukIsoDate(now: Date): string {
  const p = londonParts(now);
  return `${p.year}-${p.month}-${p.day}`;
}

/** True for a yyyy-mm-dd string that names a real calendar day (no 30 February). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}
