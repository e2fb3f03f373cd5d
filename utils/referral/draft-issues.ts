import { type ReferralDraft, type ReferralIssue, type ReferralRoute, validateReferral } from './referral';

/** What a button in the referral form asks for: a {@link ReferralRoute}, or posting the FHIR request to an endpoint. */
export type DeliveryAction = ReferralRoute | 'fhir-post';

/**
 * What stops `action` going ahead for this draft, in form order. Posting FHIR needs what downloading it needs.
 * Recording that the patient declined checks the draft as declined and needs only who the patient is: a date of
 * birth is checked when one was typed, but a missing one does not stop the decline being recorded.
 */
export function draftIssues(draft: ReferralDraft, action: DeliveryAction, now: Date = new Date()): ReferralIssue[] {
  if (action === 'fhir-post') return validateReferral(draft, { route: 'fhir', now });
  if (action !== 'declined') return validateReferral(draft, { route: action, now });
  const missingBirthDate = draft.patient.dateOfBirth.trim() === '';
  return validateReferral({ ...draft, declined: true }, { route: 'declined', now }).filter(
    (issue) => !(missingBirthDate && issue.field === 'patient.dateOfBirth'),
  );
}
