import { formatNhsNumber } from '../patient/nhs-number';
import type { PatientDetection } from '../patient/patient-types';

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

/** What reading the open page gave: the detection and where, or why it could not be read. */
export type PageOutcome = { detection: PatientDetection; page: string } | { problem: string };

/**
 * Green, amber or red: is the open record the referral's patient? `mine` is the referral's NHS number (digits, or
 * empty when no patient is bound); `keptAgainst` the other patient the user chose to keep it against.
 */
export function matchPatient(mine: string, outcome: PageOutcome, keptAgainst?: string): MatchState {
  if (!mine) return { kind: 'none' };
  if ('problem' in outcome) return { kind: 'unknown', message: outcome.problem };
  const { detection, page } = outcome;
  if (detection.status === 'none') return { kind: 'unknown', message: 'no patient is shown on the open page.' };
  if (detection.status === 'several') {
    return { kind: 'unknown', message: 'the open page shows several patients: open one record to check.' };
  }
  const other = detection.patient.nhsNumber.value;
  if (other === mine) return { kind: 'match', source: page };
  if (keptAgainst === other) {
    return {
      kind: 'unknown',
      message: `the open page shows NHS ${formatNhsNumber(other)}; you chose to keep this referral's patient.`,
    };
  }
  return { kind: 'mismatch', pagePatient: other };
}
