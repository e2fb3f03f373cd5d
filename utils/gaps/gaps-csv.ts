import Papa from 'papaparse';
import type { GapCount } from '../db/gaps';

/** The gaps as a CSV for commissioners: month, need and counts, nothing about any patient. */
export function gapsToCsv(rows: GapCount[]): string {
  return Papa.unparse({
    fields: [
      'Month',
      'Need',
      'Searches finding no service',
      'Searches finding few services',
      'Referrals with no local service',
    ],
    data: rows.map((r) => [r.month, r.need, r.searchedNone, r.searchedFew, r.referredNone]),
  });
}
