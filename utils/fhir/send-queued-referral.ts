import type { OutboxItem } from '../db/fhir-schema';
import { dropRefused, markSent, recordFailedAttempt } from '../db/outbox';
import { currentFhirToken } from './fhir-auth';
import { fhirFetch } from './fhir-fetch';

/** What one attempt did. `waiting` stays in the outbox for a later attempt; `refused` was dropped. */
export type SendOutcome =
  | { kind: 'sent'; alreadyThere: boolean }
  | { kind: 'waiting'; message: string }
  | { kind: 'refused'; message: string };

const FIRST_RETRY_MS = 15_000;
const LONGEST_WAIT_MS = 30 * 60_000;

/** 15 s, 30 s, 1 min, 2 min … at most 30 min between attempts, so a long outage costs a few requests an hour. */
export function retryDelay(attempts: number): number {
  return Math.min(LONGEST_WAIT_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts));
}

/** The Task's id and version from a transaction-response (`Task/abc/_history/1`). */
function taskFrom(body: unknown): { taskId?: string; taskVersion?: string; created?: boolean } {
  const entries = (body as { entry?: { response?: { location?: string; status?: string } }[] } | undefined)?.entry;
  for (const entry of entries ?? []) {
    const match = /(?:^|\/)Task\/([^/]+)(?:\/_history\/([^/]+))?$/.exec(entry.response?.location ?? '');
    if (match?.[1]) {
      const created = entry.response?.status?.startsWith('201') ?? true;
      return { taskId: match[1], ...(match[2] ? { taskVersion: match[2] } : {}), created };
    }
  }
  return {};
}

/**
 * One attempt to deliver a queued referral. The Bundle is sent exactly as queued: its conditional creates make a
 * repeat harmless, so a send whose answer was lost is simply sent again. Auth failures wait for a new token; other
 * 4xx drop it, since the same request will never succeed, and the panel shows the server's reason.
 */
export async function sendQueuedReferral(item: OutboxItem, now = Date.now()): Promise<SendOutcome> {
  const answer = await fhirFetch(item.endpoint, { method: 'POST', body: item.bundle, token: await currentFhirToken() });
  if (answer.kind === 'ok') {
    const { created, ...task } = taskFrom(answer.body);
    await markSent(item.id, { ...task, checkedAt: new Date(now).toISOString() });
    return { kind: 'sent', alreadyThere: created === false };
  }
  if (answer.kind === 'refused' || answer.kind === 'conflict') {
    await dropRefused(item.id);
    return { kind: 'refused', message: answer.message };
  }
  await recordFailedAttempt(item.id, now + retryDelay(item.attempts), answer.message);
  return { kind: 'waiting', message: answer.message };
}
