/** The whole hostile corpus, light and heavy. */
import type { HostileCase } from './case';
import { csvCases } from './cases-csv';
import { fileCases } from './cases-files';
import { heavyCases } from './cases-heavy';
import { pagingCases } from './cases-paging';
import { recordCases } from './cases-records';
import { serverCases } from './cases-server';

export const corpus: HostileCase[] = [
  ...serverCases,
  ...pagingCases,
  ...recordCases,
  ...csvCases,
  ...fileCases,
  ...heavyCases,
];

/** How many cases of each kind, for the docs and the report. */
export function countByKind(cases: HostileCase[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of cases) counts[c.kind] = (counts[c.kind] ?? 0) + 1;
  return counts;
}
