import { formatNhsNumber } from '../patient/nhs-number';
import type { PatientDetection } from '../patient/patient-types';
import type { MatchState } from './match-state';

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
