import { quoted, type ReportProblem } from '../../../../utils/directory/normalise-report';
import { isObject, type JsonObject, text } from './narrow';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?))?$/;
// UK feeds write 13/04/2023; Date.parse would read "01/02/2023" as the 2nd of January.
const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const EARLIEST = Date.UTC(1990, 0, 1);
const YEAR = 365 * 24 * 60 * 60 * 1000;

type Parsed = { date: string; dateTime?: string; at: number } | undefined;

function isRealDay(year: number, month: number, day: number): boolean {
  const at = new Date(Date.UTC(year, month - 1, day));
  return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
}

function parse(raw: string): Parsed {
  const iso = raw.match(ISO);
  if (iso) {
    const [, y, m, d, time] = iso;
    if (!isRealDay(Number(y), Number(m), Number(d))) return undefined;
    const date = `${y}-${m}-${d}`;
    const dateTime = time ? `${date}T${time}` : undefined;
    const at = Date.parse(dateTime ?? date);
    return Number.isNaN(at) ? undefined : { date, dateTime, at };
  }
  const uk = raw.match(UK);
  if (!uk) return undefined;
  const [, d, m, y] = uk;
  if (!isRealDay(Number(y), Number(m), Number(d))) return undefined;
  const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { date, at: Date.parse(date) };
}

/** The first usable date among the candidate fields; each unusable one on the way is reported. */
function firstDate(
  candidates: [field: string, value: unknown][],
  label: string,
  now: number,
  report: ReportProblem,
): Parsed {
  for (const [field, value] of candidates) {
    const raw = text(value);
    if (!raw) continue;
    const parsed = parse(raw);
    if (!parsed) report(field, `The ${label} ${quoted(raw)} is not a date, so it was left out.`);
    else if (parsed.at < EARLIEST) report(field, `The ${label} ${quoted(raw)} is before 1990, so it was left out.`);
    else if (parsed.at > now + YEAR) {
      report(field, `The ${label} ${quoted(raw)} is more than a year in the future, so it was left out.`);
    } else return parsed;
  }
  return undefined;
}

/**
 * When the record was last checked (`assured_date`, v1 `pc_metadata.date_assured`) and changed (`last_modified`,
 * `pc_metadata.date_modified`). Unreadable or implausible dates (before 1990, more than a year ahead of `now`) are
 * reported and dropped, because the panel shows them to say how fresh a record is.
 */
export function normaliseDates(
  record: JsonObject,
  now: number,
  report: ReportProblem,
): { assuredDate?: string; lastModified?: string } {
  const metadata = isObject(record.pc_metadata) ? record.pc_metadata : {};
  const assured = firstDate(
    [
      ['assured_date', record.assured_date],
      ['pc_metadata.date_assured', metadata.date_assured],
    ],
    'assured date',
    now,
    report,
  );
  const modified = firstDate(
    [
      ['last_modified', record.last_modified],
      ['pc_metadata.date_modified', metadata.date_modified],
    ],
    'last-modified date',
    now,
    report,
  );
  return { assuredDate: assured?.date, lastModified: modified && (modified.dateTime ?? modified.date) };
}
