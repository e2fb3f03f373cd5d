const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

interface DateShape {
  pattern: RegExp;
  /** Day, month, year from a match, or undefined when the month name is not one. */
  parts(match: RegExpExecArray): [number, number, number] | undefined;
}

/** 1–12 for a month's full name, its three-letter abbreviation or "Sept"; undefined otherwise. */
function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  const index = MONTH_NAMES.findIndex((full) => full === lower || full.slice(0, 3) === lower);
  if (index >= 0) return index + 1;
  return lower === 'sept' ? 9 : undefined;
}

// Two-digit years are left out on purpose: "03/04/48" could be 1948 or 2048, and a date of birth is not guessed.
const SHAPES: DateShape[] = [
  {
    // 03/04/1948, 3-4-1948, 03.04.1948: day first, as written in England.
    pattern: /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})/,
    parts: (m) => [Number(m[1]), Number(m[3]), Number(m[4])],
  },
  {
    // 1948-04-03 (ISO, and what <input type="date"> holds).
    pattern: /^(\d{4})-(\d{2})-(\d{2})/,
    parts: (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
  },
  {
    // 3 Apr 1948, 03-Apr-1948, 3rd April 1948, 3 April, 1948.
    pattern: /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?(?:,?\s+|-)(\d{4})/i,
    parts: (m) => {
      const month = monthNumber(m[2] ?? '');
      return month === undefined ? undefined : [Number(m[1]), month, Number(m[3])];
    },
  },
];

function toIso(day: number, month: number, year: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 February over into March; a date that does not survive the round trip is impossible.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date read from the start of some text: ISO yyyy-mm-dd, and how many characters of the text it used. */
export interface LeadingDate {
  iso: string;
  length: number;
}

/**
 * Reads the date at the very start of `text`, ignoring what follows it, so "14-Mar-1946 (80y)" gives 1946-03-14.
 * Undefined when the text does not start with a real date.
 */
export function leadingUkDate(text: string): LeadingDate | undefined {
  for (const shape of SHAPES) {
    const match = shape.pattern.exec(text);
    if (!match) continue;
    // "03/04/19481" is not a date followed by a 1: the date must end at a word boundary.
    if (/^[\p{L}\p{N}]/u.test(text.slice(match[0].length))) continue;
    const parts = shape.parts(match);
    const iso = parts && toIso(...parts);
    if (iso) return { iso, length: match[0].length };
  }
  return undefined;
}

/**
 * Parses a date written the ways English clinical systems write it — "03/04/1948", "3 Apr 1948", "03-Apr-1948",
 * "3rd April 1948", "1948-04-03" — into ISO yyyy-mm-dd. Undefined for anything else, including impossible dates
 * such as 31/02/1948 and two-digit years.
 */
export function parseUkDate(text: string): string | undefined {
  const trimmed = text.trim();
  const found = leadingUkDate(trimmed);
  return found && found.length === trimmed.length ? found.iso : undefined;
}
