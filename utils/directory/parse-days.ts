/** iCal weekday codes, Monday first, as HSDS `byday` uses them. */
const CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** A weekday code. */
export type DayCode = (typeof CODES)[number];

const WORDS: Record<string, DayCode[]> = {
  weekday: ['MO', 'TU', 'WE', 'TH', 'FR'],
  weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'],
  weekend: ['SA', 'SU'],
  weekends: ['SA', 'SU'],
  daily: [...CODES],
  everyday: [...CODES],
};

const FULL_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * Index 0–6 (Monday first) of a day word: any abbreviation of three letters or more, or a plural ("tues",
 * "thurs", "Mondays"), but not a word that merely starts like one ("month").
 */
function dayIndex(word: string): number | undefined {
  const bare = word.replace(/s$/, '');
  if (bare.length < 3) return undefined;
  const index = FULL_NAMES.findIndex((full) => full.startsWith(bare));
  return index < 0 ? undefined : index;
}

/**
 * The weekdays in a person's wording: "Mon-Fri", "Tue, Thu", "Tuesdays and Thursdays", "Monday to Friday",
 * "weekdays", "every day", "Sat & Sun". Returns codes Monday first, or undefined when any part is not understood
 * (so the caller keeps the words as a description rather than guessing).
 */
export function parseDays(text: string): DayCode[] | undefined {
  const cleaned = text
    .toLowerCase()
    .replace(/every\s*day|7 days( a week)?|all week/g, 'everyday')
    .replace(/\s*(?:-|–|—|\bto\b|\bthrough\b|\btill\b|\buntil\b)\s*/g, '-')
    .replace(/\band\b|&|\+|\/|;|,/g, ' ')
    .trim();
  if (cleaned === '') return undefined;
  const days = new Set<number>();
  for (const part of cleaned.split(/\s+/)) {
    const word = WORDS[part];
    if (word) {
      for (const code of word) days.add(CODES.indexOf(code));
      continue;
    }
    const [from, to, ...rest] = part.split('-');
    const start = from === undefined ? undefined : dayIndex(from);
    const end = to === undefined ? start : dayIndex(to);
    if (start === undefined || end === undefined || rest.length > 0) return undefined;
    // A range may wrap past Sunday ("Fri-Mon").
    for (let day = start; ; day = (day + 1) % 7) {
      days.add(day);
      if (day === end) break;
    }
  }
  return CODES.filter((_, index) => days.has(index));
}
