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
  /** When the draft last changed (ms since 1970): a draft left an hour is cleared (see draft-expiry.ts). */
  touchedAt?: number;
}
