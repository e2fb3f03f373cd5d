import { useEffect, useRef, useState } from 'preact/hooks';
import { TextField } from '@/components/TextField';
import { patientSummaryOf } from '@/utils/referral/patient-summary';
import type { ReferralDraft } from '@/utils/referral/referral';
import { DateInput } from './DateInput';
import type { SectionProps } from './section-props';

type Props = SectionProps;

type PatientKey = keyof ReferralDraft['patient'];

const IDENTITY = ['nhsNumber', 'name', 'dateOfBirth', 'postcode'] as const;

/** What identifies the patient, as one string: a change to it that this section did not make came from outside. */
const identityOf = (patient: ReferralDraft['patient']) => IDENTITY.map((key) => patient[key] ?? '').join('\n');

/**
 * Who the referral is for: once a patient is read, one line (name, date of birth, NHS number, postcode, phone)
 * with the fields behind "Edit details", so needs, reason and consent follow within one screen. An empty draft shows
 * the fields open; a field in error opens them. The record is the source of truth: the panel's one patient block
 * above reads it from the page ("Read patient from page"), so the form has no second button for it.
 */
export function PatientFields({ draft, onChange, ids, errorsFor }: Props) {
  const { patient } = draft;
  const identity = identityOf(patient);
  const [open, setOpen] = useState(identity.trim() === '');
  // The identity this section last wrote: typing in a field must not fold the fields away under the cursor.
  const own = useRef(identity);
  const errors = IDENTITY.map((key) => errorsFor(`patient.${key}`));
  const errorKey = errors.flat().join('\n');

  useEffect(() => {
    // A patient from outside (read from the page, chosen, or a fresh start) folds away, or opens when empty.
    if (identity !== own.current) setOpen(identity.trim() === '');
    own.current = identity;
  }, [identity]);
  useEffect(() => {
    if (errorKey) setOpen(true);
  }, [errorKey]);

  const set = (key: PatientKey) => (value: string) => {
    const next = { ...patient, [key]: value };
    own.current = identityOf(next);
    onChange({ ...draft, patient: next });
  };
  const summary = patientSummaryOf(patient);
  const [nhsErrors, nameErrors, dobErrors, postcodeErrors] = errors;
  return (
    <fieldset class="refer__group refer__patient">
      {/* With the summary line there, the heading is said but not shown: the line is plainly the patient. */}
      <legend class={summary ? 'visually-hidden' : 'refer__legend'}>Patient</legend>
      {summary && (
        <p class="refer__patient-summary" data-testid="patient-summary">
          {summary}
        </p>
      )}
      <details
        class="refer__patient-edit"
        open={open}
        onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
      >
        <summary class="refer__patient-toggle">Edit details</summary>
        <div class="refer__patient-fields">
          <TextField
            patientData
            id={ids.nhsNumber}
            label="NHS number"
            value={patient.nhsNumber}
            inputMode="numeric"
            short
            errors={nhsErrors}
            onInput={set('nhsNumber')}
          />
          <TextField
            patientData
            id={ids.name}
            label="Name"
            value={patient.name}
            errors={nameErrors}
            onInput={set('name')}
          />
          <DateInput
            id={ids.dateOfBirth}
            label="Date of birth"
            hint="For example, 31 3 1980"
            value={patient.dateOfBirth}
            errors={dobErrors}
            onInput={set('dateOfBirth')}
          />
          <TextField
            patientData
            id={ids.postcode}
            label="Postcode"
            value={patient.postcode ?? ''}
            short
            errors={postcodeErrors}
            onInput={set('postcode')}
          />
        </div>
      </details>
    </fieldset>
  );
}
