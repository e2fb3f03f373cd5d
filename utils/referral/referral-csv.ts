import Papa from 'papaparse';
import type { ReferralLogEntry } from '../db/schema';
import { formatNhsNumber, normaliseNhsNumber } from '../patient/nhs-number';
import { routesOf } from './log-routes';

export { initialsOf } from './initials-of';

const COLUMNS: [string, (e: ReferralLogEntry) => string][] = [
  ['Referral ID', (e) => e.id],
  // Grouped 3-3-4 so spreadsheets keep it as text rather than a number.
  [
    'NHS number',
    (e) => {
      const n = normaliseNhsNumber(e.nhsNumber);
      return n ? formatNhsNumber(n) : e.nhsNumber;
    },
  ],
  ['Initials', (e) => e.initials],
  ['Needs', (e) => e.needs.join('; ')],
  ['Services', (e) => e.services.join('; ')],
  ['Date', (e) => e.date],
  ['Route', (e) => routesOf(e).join('; ')],
  ['Referrer', (e) => e.referrer],
  ['Status', (e) => e.status],
  ['Outcome', (e) => e.outcome ?? ''],
  ['Updated', (e) => e.updatedAt],
];

/**
 * Cells a spreadsheet would run as a formula get a leading apostrophe (OWASP CSV injection). Papa's own default
 * pattern ends in `.*$`, which misses a formula followed by a line break, so this one only looks at the start.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The referral log as CSV (comma, CRLF, header row), for the practice's own records and audit. */
export function referralLogToCsv(entries: ReferralLogEntry[]): string {
  return Papa.unparse(
    {
      fields: COLUMNS.map(([header]) => header),
      data: entries.map((entry) => COLUMNS.map(([, cell]) => cell(entry))),
    },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
}
