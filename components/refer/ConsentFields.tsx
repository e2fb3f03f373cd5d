import { TextField } from '@/components/TextField';
import type { ContactPreference } from '@/utils/referral/referral';
import { FieldError, fieldErrorId } from './FieldError';
import type { SectionProps } from './section-props';

/** The form's own short labels; the record and email use the longer wording in REFERRAL_LABELS. */
const CONTACT_CHOICES: [ContactPreference, string][] = [
  ['phone', 'Phone'],
  ['text', 'Text message'],
  ['email', 'Email'],
  ['letter', 'Letter'],
  ['do-not-contact', 'Do not contact: the patient will get in touch'],
];

/**
 * Consent to the referral and to sharing: near the top, with the patient, needs and reason, so the whole of what
 * must be true before sending fits a side panel without scrolling.
 */
export function ConsentFields({ draft, onChange, ids, errorsFor }: SectionProps) {
  const { consent } = draft;
  const consentErrors = errorsFor('consent.referral', 'consent.sharing');
  return (
    <fieldset class="refer__group">
      <legend class="refer__legend">Consent</legend>
      <FieldError id={ids.consent} messages={consentErrors} />
      <label class="check refer__consent">
        <input
          id={ids.consent}
          type="checkbox"
          // One tick covers both: sharing details is part of what the patient agrees to when they are referred.
          checked={consent.referral && consent.sharing}
          aria-invalid={consentErrors.length > 0 || undefined}
          aria-describedby={consentErrors.length > 0 ? fieldErrorId(ids.consent) : undefined}
          onChange={(event) =>
            onChange({
              ...draft,
              consent: { ...consent, referral: event.currentTarget.checked, sharing: event.currentTarget.checked },
            })
          }
        />
        Patient consents to this referral and to sharing their details with the link worker
      </label>
    </fieldset>
  );
}

type PatientKey = 'phone' | 'email' | 'address';

/**
 * How and when the link worker may make contact, beside the details they would use: after consent, since a
 * patient read from the page usually has these filled already.
 */
export function ContactFields({ draft, onChange, ids, errorsFor }: SectionProps) {
  const { consent, patient } = draft;
  const contactErrors = errorsFor('consent.contact');
  const setConsent = (next: Partial<typeof consent>) => onChange({ ...draft, consent: { ...consent, ...next } });
  const setPatient = (key: PatientKey) => (value: string) =>
    onChange({ ...draft, patient: { ...patient, [key]: value } });
  const toggle = (choice: ContactPreference, on: boolean) =>
    setConsent({ contact: on ? [...consent.contact, choice] : consent.contact.filter((c) => c !== choice) });

  return (
    <fieldset class="refer__group">
      <legend class="refer__legend">Contact</legend>
      <fieldset
        id={ids.contact}
        class="refer__group refer__group--inner"
        aria-describedby={contactErrors.length > 0 ? fieldErrorId(ids.contact) : undefined}
      >
        <legend class="field__label">How the link worker may contact the patient</legend>
        <FieldError id={ids.contact} messages={contactErrors} />
        {CONTACT_CHOICES.map(([choice, label]) => (
          <label key={choice} class="check">
            <input
              id={`${ids.contact}-${choice}`}
              type="checkbox"
              checked={consent.contact.includes(choice)}
              onChange={(event) => toggle(choice, event.currentTarget.checked)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <TextField
        patientData
        id={ids.phone}
        label="Phone number"
        inputMode="tel"
        value={patient.phone ?? ''}
        errors={errorsFor('patient.phone')}
        onInput={setPatient('phone')}
      />
      <TextField
        patientData
        id={ids.email}
        label="Email address"
        inputMode="email"
        value={patient.email ?? ''}
        errors={errorsFor('patient.email')}
        onInput={setPatient('email')}
      />
      <TextField
        patientData
        id={ids.address}
        label="Address"
        hint="Needed if the patient wants letters."
        value={patient.address ?? ''}
        errors={errorsFor('patient.address')}
        onInput={setPatient('address')}
      />
      <TextField
        patientData
        id={ids.bestTimes}
        label="Best times to contact"
        hint="For example, weekday mornings"
        value={consent.bestTimes ?? ''}
        onInput={(bestTimes) => setConsent({ bestTimes })}
      />
    </fieldset>
  );
}
