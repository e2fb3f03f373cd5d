import type { TaskStatus } from '../db/fhir-schema';
import type { ReferralStatus } from '../referral/referral-status';

/** Words for a Task's status, as the log and the Caseload show it. */
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  draft: 'Draft',
  requested: 'Waiting for the link worker',
  received: 'Received',
  accepted: 'Accepted',
  rejected: 'Rejected by the link worker',
  ready: 'Ready',
  cancelled: 'Cancelled',
  'in-progress': 'In progress',
  'on-hold': 'On hold',
  failed: 'Failed',
  completed: 'Completed',
  'entered-in-error': 'Entered in error',
};

/** The log's own status for a Task's: in progress means the link worker has made contact. */
const LOG_STATUS: Record<TaskStatus, ReferralStatus> = {
  draft: 'sent',
  requested: 'sent',
  received: 'sent',
  ready: 'sent',
  accepted: 'accepted',
  'on-hold': 'accepted',
  'in-progress': 'contacted',
  completed: 'closed',
  rejected: 'declined',
  cancelled: 'declined',
  failed: 'declined',
  'entered-in-error': 'declined',
};

export function isTaskStatus(value: unknown): value is TaskStatus {
  return typeof value === 'string' && Object.hasOwn(TASK_STATUS_LABELS, value);
}

export function logStatusFor(status: TaskStatus): ReferralStatus {
  return LOG_STATUS[status];
}

/** The parts of a FHIR Task that carry the link worker's word on a referral. */
export interface TaskLike {
  resourceType?: string;
  id?: string;
  meta?: { versionId?: string; lastUpdated?: string };
  identifier?: { system?: string; value?: string }[];
  status?: string;
  statusReason?: { text?: string };
  lastModified?: string;
  note?: { text?: string; time?: string }[];
  output?: { type?: { text?: string }; valueString?: string }[];
  [element: string]: unknown;
}

/**
 * The link worker's outcome as a sentence: the Task's output (the outcome they recorded), else the latest note,
 * else the reason for its status (why it was rejected or cancelled).
 */
export function taskOutcome(task: TaskLike): string | undefined {
  const output = task.output?.map((o) => o.valueString?.trim()).filter(Boolean);
  if (output && output.length > 0) return output.join(' ');
  const note = task.note?.[task.note.length - 1]?.text?.trim();
  if (note) return note;
  return task.statusReason?.text?.trim() || undefined;
}
