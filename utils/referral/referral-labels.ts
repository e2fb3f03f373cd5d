import type { ContactPreference, Urgency } from './referral';

/** Words people read for each choice, shared by the record text, the email and the FHIR notes. */
export const REFERRAL_LABELS = {
  urgency: {
    routine: 'Routine',
    soon: 'Soon (within a week)',
    urgent: 'Urgent (within 2 working days)',
  } satisfies Record<Urgency, string>,
  contact: {
    phone: 'Phone call',
    text: 'Text message',
    email: 'Email',
    letter: 'Letter',
    'do-not-contact': 'Do not contact: the patient will contact the link worker',
  } satisfies Record<ContactPreference, string>,
} as const;

/** "Yes" / "No", the way consent is written in a record. */
export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}
