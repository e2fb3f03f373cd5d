import type { ReferralDraft } from './referral';

/** A need read from the consultation note, with the words that suggested it. */
export interface SuggestedNeed {
  id: string;
  label: string;
  phrase: string;
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
