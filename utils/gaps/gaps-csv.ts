import Papa from 'papaparse';
import type { GapCount } from '../db/gaps';

/**
 * The gaps as a CSV for commissioners: month, need and counts, nothing about any patient. Each count is of searches
 * or referrals for the need where no (or fewer than `FEW_SERVICES`) live services meet it within the distance
 * (utils/gaps/gap-rule.ts). The columns are documented in docs/gaps.md; change both together.
 */
export function gapsToCsv(rows: GapCount[]): string {
  return Papa.unparse({
    fields: [
      'Month',
      'Need',
      'Searches with no service within the distance',
      'Searches with few services within the distance',
      'Referrals with no service within the distance',
      'Referrals with few services within the distance',
    ],
    data: rows.map((r) => [r.month, r.need, r.searchedNone, r.searchedFew, r.referredNone, r.referredFew]),
  });
}
