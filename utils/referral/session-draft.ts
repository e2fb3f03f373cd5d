import type { ReferralDraft } from './referral';
import type { StoredReferral } from './stored-referral';

/** The referral's NHS number as digits, or empty when no patient is bound. */
export function draftDigits(draft: ReferralDraft): string {
  return draft.patient.nhsNumber.replace(/\D/g, '');
}

/**
 * The referral with an edited draft. Its log entry belongs to one patient: once the draft is for someone else, the
 * next delivery is another patient's referral and must be logged afresh, not folded into the last patient's entry.
 */
export function withDraft(state: StoredReferral, draft: ReferralDraft): StoredReferral {
  return draftDigits(draft) === draftDigits(state.draft)
    ? { ...state, draft }
    : { ...state, draft, loggedId: undefined };
}
