import { TextField } from '@/components/TextField';
import type { ReferralDraft } from '@/utils/referral/referral';
import { DateInput } from './DateInput';
import type { SectionProps } from './section-props';

type Props = SectionProps;

type PatientKey = keyof ReferralDraft['patient'];

/**
 * Who the referral is for: only what identifies the patient, so needs, reason and consent follow within one screen;
 * how to reach them is in the contact section further down. The record is the source of truth: the panel's one patient block above reads it from
 * the page ("Read patient from page"), so the form has no second button for it.
 */
export function PatientFields({ draft, onChange, ids, errorsFor }: Props) {
  const set = (key: PatientKey) => (value: string) =>
    onChange({ ...draft, patient: { ...draft.patient, [key]: value } });
  const { patient } = draft;
  return (
    <fieldset class="refer__group refer__patient">
      <legend class="refer__legend">Patient</legend>
      <TextField
        patientData
        id={ids.nhsNumber}
        label="NHS number"
        value={patient.nhsNumber}
        inputMode="numeric"
        short
        errors={errorsFor('patient.nhsNumber')}
        onInput={set('nhsNumber')}
      />
      <TextField
        patientData
        id={ids.name}
        label="Name"
        value={patient.name}
        errors={errorsFor('patient.name')}
        onInput={set('name')}
      />
      <DateInput
        id={ids.dateOfBirth}
        label="Date of birth"
        hint="For example, 31 3 1980"
        value={patient.dateOfBirth}
        errors={errorsFor('patient.dateOfBirth')}
        onInput={set('dateOfBirth')}
      />
      <TextField
        patientData
        id={ids.postcode}
        label="Postcode"
        value={patient.postcode ?? ''}
        short
        errors={errorsFor('patient.postcode')}
        onInput={set('postcode')}
      />
    </fieldset>
  );
}
