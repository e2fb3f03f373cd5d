/** Whether the record open in the active tab is the patient this referral is for. */
export type MatchState =
  /** No patient bound to the referral yet. */
  | { kind: 'none' }
  /** The active tab shows the same patient; `source` says where that was read (a site or page name). */
  | { kind: 'match'; source: string }
  /** The active page cannot be read now; `message` says why, in plain words. */
  | { kind: 'unknown'; message: string }
  /** The active tab shows another patient: `pagePatient` is that patient's NHS number. */
  | { kind: 'mismatch'; pagePatient: string };

/** The two ways out of a mismatch. */
export type MismatchChoice = 'use-page-patient' | 'keep';
