import type { ReferralDraft } from './referral';

/**
 * How long a referral with a patient in it may sit untouched before it is cleared. Long enough for a consultation
 * with interruptions; short enough that the next person at a shared computer does not find the last patient waiting.
 */
export const DRAFT_IDLE_LIMIT_MS = 60 * 60_000;

/** The words shown after a clear. They name no patient: the person reading them may not be the one who wrote it. */
export const DRAFT_CLEARED_MESSAGE =
  'The last referral was cleared after an hour without use, so that the next person at this computer does not see ' +
  'the patient’s details. Read the patient from the page to start again.';

/** Whether the draft holds anything about a patient: an empty form has nothing to protect. */
function holdsPatient(draft: ReferralDraft): boolean {
  const { nhsNumber, name } = draft.patient;
  return `${nhsNumber}${name}${draft.reason}`.trim() !== '';
}

/** Whether a draft last changed at `touchedAt` has been left too long and must go. */
export function isDraftIdle(draft: ReferralDraft, touchedAt: number | undefined, now: number = Date.now()): boolean {
  if (touchedAt === undefined || !holdsPatient(draft)) return false;
  return now - touchedAt > DRAFT_IDLE_LIMIT_MS;
}

/** Milliseconds until a draft last changed at `touchedAt` becomes idle (0 when it already is). */
export function msUntilIdle(touchedAt: number, now: number = Date.now()): number {
  return Math.max(0, touchedAt + DRAFT_IDLE_LIMIT_MS - now + 1);
}
