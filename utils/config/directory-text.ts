import type { ImportOutcome } from '../directory/import-directory';

/** A directory import's outcome in a sentence for the settings page's status line. */
export function outcomeText(outcome: ImportOutcome): string {
  if (!outcome.ok) return outcome.error;
  if (outcome.unchanged) return `The feed has not changed: ${outcome.serviceCount} services in use.`;
  const skipped = outcome.rejected.length;
  const stopped = outcome.report?.stopped ? ` The feed was not read to the end: ${outcome.report.stopped}.` : '';
  return `Imported ${outcome.serviceCount} services${skipped ? `; ${skipped} records skipped` : ''}.${stopped}`;
}

/** A refresh interval as the settings page offers it: "Every 6 hours", "Daily", "Weekly". */
export function hoursText(hours: number): string {
  if (hours < 24) return `Every ${hours === 1 ? 'hour' : `${hours} hours`}`;
  if (hours === 24) return 'Daily';
  if (hours === 168) return 'Weekly';
  return `Every ${hours / 24} days`;
}
