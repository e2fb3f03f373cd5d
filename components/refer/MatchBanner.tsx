import { formatNhsNumber, normaliseNhsNumber } from '@/utils/patient/nhs-number';

import type { MatchState, MismatchChoice } from '@/utils/referral/match-state';

export type { MatchState, MismatchChoice };

interface Props {
  id: string;
  match: MatchState;
  onResolveMismatch?(choice: MismatchChoice): void;
}

/** The full number, grouped 3-3-4: the point is to compare it with the record, so nothing is masked. */
function shownNhsNumber(text: string): string {
  const digits = normaliseNhsNumber(text);
  return digits ? formatNhsNumber(digits) : text.trim();
}

/**
 * Green, amber or red at the top of the form. Red is an alert and names the other patient's NHS number, because
 * a referral sent with the wrong record open is the mistake this form most needs to prevent.
 */
export function MatchBanner({ id, match, onResolveMismatch }: Props) {
  switch (match.kind) {
    case 'none':
      return null;
    case 'match':
      return (
        // One line: the page it was checked against is cut short on screen but read out in full.
        <div id={id} class="notice notice--success refer__match-line" title={match.source}>
          <strong>Same patient as the open record</strong>
          {match.source && <span class="refer__match-source"> ({match.source})</span>}
        </div>
      );
    case 'unknown':
      return (
        <div id={id} class="notice notice--warning">
          <strong>{`Cannot check the open page: ${match.message}`}</strong>
        </div>
      );
    case 'mismatch':
      return (
        <div id={id} class="notice notice--error" role="alert">
          <p class="refer__match-text">
            <strong>{`The open page shows a different patient (NHS ${shownNhsNumber(match.pagePatient)}). Sending is blocked until you choose.`}</strong>
          </p>
          {onResolveMismatch && (
            <p class="refer__buttons">
              <button type="button" class="button" onClick={() => onResolveMismatch('use-page-patient')}>
                Use the patient on the page
              </button>
              <button type="button" class="button button--secondary" onClick={() => onResolveMismatch('keep')}>
                Keep this patient
              </button>
            </p>
          )}
        </div>
      );
  }
}
