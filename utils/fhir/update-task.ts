import { formatUkDateTime } from '../referral/uk-dates';
import { fhirFetch } from './fhir-fetch';
import { applyTaskChange, changeWords, type TaskChange } from './task-change';
import { isTaskStatus, TASK_STATUS_LABELS, type TaskLike, taskOutcome } from './task-status';

/** What saving a change did. A conflict carries the server's current Task and both versions in words. */
export type TaskUpdate =
  | { kind: 'saved'; task: TaskLike }
  | { kind: 'conflict'; theirs: TaskLike; message: string }
  | { kind: 'failed'; message: string };

function taskWords(task: TaskLike): string {
  const status = isTaskStatus(task.status) ? TASK_STATUS_LABELS[task.status] : String(task.status);
  const words = taskOutcome(task);
  const when = task.lastModified ?? task.meta?.lastUpdated;
  return `${status}${words ? `, “${words}”` : ''}${when ? ` (changed ${formatUkDateTime(when)})` : ''}`;
}

/**
 * Saves a link worker's change with `If-Match` on the version they saw. If someone changed the Task since (412),
 * nothing is overwritten: the answer says what is on the server now and what they tried to save, in plain words.
 */
export async function updateTask(
  endpoint: string,
  task: TaskLike,
  change: TaskChange,
  token?: string,
  now = new Date(),
): Promise<TaskUpdate> {
  const url = `${endpoint.replace(/\/$/, '')}/Task/${task.id}`;
  const next = applyTaskChange(task, change, now);
  const answer = await fhirFetch(url, { method: 'PUT', body: next, ifMatch: `W/"${task.meta?.versionId}"`, token });
  if (answer.kind === 'ok') return { kind: 'saved', task: answer.body as TaskLike };
  if (answer.kind !== 'conflict') return { kind: 'failed', message: `Not saved. ${answer.message}.` };
  const current = await fhirFetch(url, { method: 'GET', token });
  if (current.kind !== 'ok') return { kind: 'failed', message: `Not saved. ${answer.message}.` };
  const theirs = current.body as TaskLike;
  return {
    kind: 'conflict',
    theirs,
    message:
      `Not saved: someone else changed this referral after you opened it. ` +
      `On the server now: ${taskWords(theirs)}. Your change: ${changeWords(change)}. ` +
      'Check theirs, then make your change again if it still applies.',
  };
}
