import type { FhirTracking } from '../db/fhir-schema';
import { formatUkDateTime } from '../referral/uk-dates';
import { TASK_STATUS_LABELS } from './task-status';

/** Where a referral sent through FHIR has got to, and where that came from, in one line for the log. */
export function trackingWords(t: FhirTracking): string {
  if (t.state === 'waiting') {
    return `Waiting to send to the FHIR server${t.lastError ? ` (last try: ${t.lastError})` : ''}. Signpost keeps trying.`;
  }
  const parts = [`On the FHIR server: ${TASK_STATUS_LABELS[t.taskStatus ?? 'requested']}`];
  if (t.statusFrom === 'server' && t.statusAt) {
    parts.push(`updated by the link worker ${formatUkDateTime(t.statusAt)}`);
  }
  if (t.statusFrom === 'here') parts.push('the status above was set here by hand');
  if (t.checkedAt) parts.push(`last checked ${formatUkDateTime(t.checkedAt)}`);
  return `${parts.join('; ')}.`;
}
