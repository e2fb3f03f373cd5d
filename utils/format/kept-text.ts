import { formatDate } from './relative-time';

/**
 * What a failed refresh left in use, said after its failure: "Still using the directory saved on 3 December 2026."
 * Every failure message names what was kept, so no one wonders whether the directory is gone.
 */
export function keptText(importedAt: number | undefined): string {
  if (importedAt === undefined) return 'There is no saved directory to fall back on yet.';
  return `Still using the directory saved on ${formatDate(new Date(importedAt).toISOString())}.`;
}
