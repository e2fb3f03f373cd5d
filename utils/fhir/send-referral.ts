import { outboxItem, queueReferral } from '../db/outbox';
import { recordReferralGaps } from '../gaps/record-gaps';
import { newLogEntry } from '../referral/new-log-entry';
import type { ReferralDraft } from '../referral/referral';
import { composeReferralTransaction } from './compose-referral-transaction';
import { sendQueuedReferral } from './send-queued-referral';

/** What sending to the FHIR server did, for the panel's message. */
export interface FhirSendResult {
  ok: boolean;
  message: string;
  loggedId?: string;
}

/**
 * Sends a referral to the PCN's FHIR server. It goes into the outbox first, with its log entry marked "waiting
 * to send", in one transaction, so closing the panel or losing the network mid-send loses nothing; then one
 * attempt is made at once. If that fails for want of a server the background retries it; if the server refuses
 * it, it leaves the outbox and the log and the draft stays for the user to correct.
 */
export async function sendReferralToFhir(
  draft: ReferralDraft,
  endpoint: string,
  loggedId: string | undefined,
  now = new Date(),
): Promise<FhirSendResult> {
  const id = loggedId ?? crypto.randomUUID();
  const queued = await outboxItem(id);
  if (!queued) {
    const entry = loggedId
      ? undefined
      : { ...newLogEntry(draft, 'fhir', id, now), fhir: { state: 'waiting' as const, endpoint } };
    // The first attempt is the one made here; the background's alarm waits a minute before trying it itself.
    const item = {
      id,
      endpoint,
      bundle: composeReferralTransaction(id, draft),
      attempts: 0,
      nextAttemptAt: now.getTime() + 60_000,
      createdAt: now.getTime(),
    };
    await queueReferral(item, entry);
    if (entry) void recordReferralGaps(draft, now);
  }
  const item = queued ?? (await outboxItem(id));
  if (!item) return { ok: true, loggedId: id, message: `Already sent to ${endpoint}.` };
  const outcome = await sendQueuedReferral(item, now.getTime());
  if (outcome.kind === 'sent') {
    const message = outcome.alreadyThere
      ? `Already on ${endpoint}: the server has this referral, so nothing new was made.`
      : `Sent to ${endpoint}.`;
    return { ok: true, loggedId: id, message };
  }
  if (outcome.kind === 'waiting') {
    return {
      ok: true,
      loggedId: id,
      message: `Waiting to send: ${outcome.message}. Signpost will keep trying and send it once; it is in the referral log as waiting to send.`,
    };
  }
  return {
    ok: false,
    ...(loggedId ? { loggedId } : {}),
    message: `Not sent. ${outcome.message}. The draft is kept: correct it and send again.`,
  };
}
