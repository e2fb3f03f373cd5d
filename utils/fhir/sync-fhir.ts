import { fhirEndpoint } from '../config/storage-items';
import { countOutbox, dueOutboxItems } from '../db/outbox';
import { type PollResult, pollTaskStatuses } from './poll-task-statuses';
import { sendQueuedReferral } from './send-queued-referral';

/** What one sync did, for the panel: how many referrals went, how many still wait, what came back. */
export interface FhirSyncResult {
  sent: number;
  waiting: number;
  poll?: PollResult;
}

/** Sends every outbox item that is due (or all of them, when `all`), oldest first, stopping at the first outage. */
export async function flushOutbox(now = Date.now(), all = false): Promise<number> {
  let sent = 0;
  for (const item of await dueOutboxItems(all ? Number.MAX_SAFE_INTEGER : now)) {
    const outcome = await sendQueuedReferral(item, now);
    if (outcome.kind === 'sent') sent += 1;
    // Unreachable once means unreachable for the rest: their own backoff will bring them round.
    if (outcome.kind === 'waiting') break;
  }
  return sent;
}

let running: Promise<FhirSyncResult> | undefined;

/**
 * Sends what waits in the outbox, then fetches changed Tasks. Overlapping calls (the alarm and the panel opening
 * at once) share one run, so no referral is sent twice in parallel.
 */
export function syncFhir(options: { all?: boolean } = {}): Promise<FhirSyncResult> {
  running ??= (async () => {
    try {
      const endpoint = await fhirEndpoint.getValue();
      if (!endpoint) return { sent: 0, waiting: await countOutbox() };
      const sent = await flushOutbox(Date.now(), options.all);
      const poll = await pollTaskStatuses(endpoint);
      return { sent, waiting: await countOutbox(), poll };
    } finally {
      running = undefined;
    }
  })();
  return running;
}
