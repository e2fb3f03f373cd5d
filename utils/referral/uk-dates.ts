import { formatDate } from '../format/relative-time';

/** Dates shown to people in England: written out in full and in UK time, whatever the computer's own zone. */

/** Built once: a formatter is costly to make, and referral log rows format a date each. */
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function londonParts(instant: Date): Record<string, string> {
  // formatToParts rather than format(): ICU versions disagree on the joining words ("at" or ",").
  const parts = LONDON.formatToParts(instant);
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}

/** "2025-06-02T09:05:00Z" → "2 June 2025, 10:05" (UK time). Unparseable text comes back unchanged. */
export function formatUkDateTime(isoDateTime: string): string {
  const instant = new Date(isoDateTime);
  if (Number.isNaN(instant.getTime())) return isoDateTime;
  const p = londonParts(instant);
  return `${formatDate(`${p.year}-${p.month}-${p.day}`)}, ${p.hour}:${p.minute}`;
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
