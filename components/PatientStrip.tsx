import type { MatchState } from '@/utils/referral/match-state';

interface Props {
  /** Who the referral is for, or what reading the page found, in one line. */
  line: string;
  match: MatchState;
  reading?: boolean;
  /** Finished reads, so a test can wait for the next one. */
  reads?: number;
  onRead(): void;
  /** Off where the view shows the match itself (Refer's banner), so the patient block says it once. */
  showMatch?: boolean;
}

const MATCH_TEXT: Record<MatchState['kind'], string> = {
  none: '',
  match: 'Same patient as the open record.',
  unknown: 'Cannot check the open record.',
  mismatch: 'The open record is a different patient.',
};

/** The patient the panel is working for, read from the page only when asked, with the record-match light. */
export function PatientStrip({ line, match, reading = false, reads = 0, onRead, showMatch = true }: Props) {
  return (
    <section class={`patient-strip patient-strip--${match.kind}`} aria-label="Patient">
      <p class="patient-strip__text" role="status" data-testid="patient-status" data-reads={reads}>
        {line}
      </p>
      {showMatch && match.kind !== 'none' && <p class="patient-strip__match">{MATCH_TEXT[match.kind]}</p>}
      <button type="button" class="button button--secondary" onClick={onRead} disabled={reading}>
        Read patient from page
      </button>
    </section>
  );
}
