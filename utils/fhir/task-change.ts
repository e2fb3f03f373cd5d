import type { TaskLike } from './task-status';

/** What a link worker does to a referral from their caseload. */
export type TaskChange =
  | { kind: 'accept' }
  | { kind: 'contact'; note: string }
  | { kind: 'close'; outcome: string }
  | { kind: 'reject'; reason: string };

function withNote(task: TaskLike, text: string, at: string): TaskLike['note'] {
  return [...(task.note ?? []), { time: at, text }];
}

/**
 * The Task after a link worker's change: its status, and their words where the referrer will read them (output
 * for the outcome, note for contact, statusReason for a rejection). `meta` is dropped: the server sets it.
 */
export function applyTaskChange(task: TaskLike, change: TaskChange, now = new Date()): TaskLike {
  const at = now.toISOString();
  const { meta: _setByServer, ...rest } = task;
  const next: TaskLike = { ...rest, lastModified: at };
  if (change.kind === 'accept') return { ...next, status: 'accepted' };
  if (change.kind === 'contact') {
    return { ...next, status: 'in-progress', note: withNote(task, `Contacted: ${change.note.trim()}`, at) };
  }
  if (change.kind === 'close') {
    return {
      ...next,
      status: 'completed',
      output: [{ type: { text: 'Outcome' }, valueString: change.outcome.trim() }],
    };
  }
  return { ...next, status: 'rejected', statusReason: { text: change.reason.trim() } };
}

/** A change in words, for the conflict message: "Completed, with the outcome “…”". */
export function changeWords(change: TaskChange): string {
  if (change.kind === 'accept') return 'Accepted';
  if (change.kind === 'contact') return `In progress, with the note “${change.note.trim()}”`;
  if (change.kind === 'close') return `Completed, with the outcome “${change.outcome.trim()}”`;
  return `Rejected, because “${change.reason.trim()}”`;
}
