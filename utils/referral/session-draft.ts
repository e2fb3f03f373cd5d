import { formatDate } from '../format/relative-time';
import type { PageReading } from '../messaging';
import { findNeed } from '../needs/need-vocabulary';
import { formatNhsNumber } from '../patient/nhs-number';
import type { ReferralDraft } from './referral';
import type { StoredReferral, SuggestedNeed } from './stored-referral';

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

/** The referral with a service added (once) and the needs it was found for that the draft lacks. */
export function withService(
  state: StoredReferral,
  service: ReferralDraft['services'][number],
  needs: string[],
): StoredReferral | undefined {
  if (state.draft.services.some((s) => s.id === service.id)) return undefined;
  const added = needs.flatMap((id) => {
    const need = findNeed(id);
    return need && !state.draft.needs.some((n) => n.id === id) ? [{ id, label: need.label }] : [];
  });
  return {
    ...state,
    draft: { ...state.draft, services: [...state.draft.services, service], needs: [...state.draft.needs, ...added] },
  };
}

/** The record's suggestions as the form shows them: known needs only, with their labels. */
export function suggestionsFrom(reading?: PageReading): SuggestedNeed[] {
  return (reading?.suggestedNeeds ?? []).flatMap(({ need, ...evidence }) => {
    const known = findNeed(need);
    return known ? [{ id: need, label: known.label, ...evidence }] : [];
  });
}

/** One line about who the referral is for, or what to do when no patient is bound yet. */
export function patientLineOf(patient: ReferralDraft['patient'] | undefined): string {
  if (!patient?.nhsNumber) return 'Read the patient from the clinical system page.';
  return [
    `NHS number ${formatNhsNumber(patient.nhsNumber)}`,
    patient.name,
    patient.dateOfBirth && `born ${formatDate(patient.dateOfBirth)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}
