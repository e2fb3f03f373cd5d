import { storage } from 'wxt/utils/storage';
import type { ReferralDraft } from './referral';

/** A need the record suggests, with the words that suggest it and where they are. */
export interface SuggestedNeed {
  id: string;
  label: string;
  phrase: string;
  /** Where in the record, in plain words: "journal, 12 Mar". */
  where?: string;
  /** Only queried in the record ("?lonely"). */
  hedged?: boolean;
}

/** The draft and what belongs with it. Kept in session storage only: gone when the browser closes. */
export interface StoredReferral {
  draft: ReferralDraft;
  suggestions: SuggestedNeed[];
  /** Where the patient was read, and which fields came from where. */
  found?: string;
  /** The other patient the user chose to keep this referral's patient against. */
  keptAgainst?: string;
  /** The referral log entry made by the first delivery. */
  loggedId?: string;
}

export const sessionDraft = storage.defineItem<StoredReferral | null>('session:referralDraft', { fallback: null });

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
