import { useEffect, useId, useState } from 'preact/hooks';
import type { PracticeDetails } from '@/utils/config/setting-types';
import { useSaveStatus } from '@/utils/config/use-save-status';
import { PRACTICE_LABELS, validatePractice } from '@/utils/config/validate-practice';
import { FieldGroup } from './FieldGroup';
import { FormFeedback } from './FormFeedback';
import { SettingsSection } from './SettingsSection';
import { TextField } from './TextField';

interface Props {
  value: PracticeDetails;
  locked?: boolean;
  onSave(value: PracticeDetails): Promise<void>;
}

type Field = keyof PracticeDetails;

const FIELDS: { name: Field; inputMode?: 'email' | 'tel'; hint?: string; autoComplete?: string }[] = [
  { name: 'name', autoComplete: 'organization' },
  { name: 'odsCode', hint: 'The practice code on NHS letters, like A81001.' },
  { name: 'pcnName' },
  { name: 'phone', inputMode: 'tel', autoComplete: 'tel' },
  { name: 'email', inputMode: 'email', autoComplete: 'email' },
];

const REFERRER: { name: Field; autoComplete?: string }[] = [
  { name: 'referrerName', autoComplete: 'name' },
  { name: 'referrerRole', autoComplete: 'organization-title' },
];

/** The practice's details and who refers from this browser, as referrals name them. */
export function PracticeSection({ value, locked = false, onSave }: Props) {
  const [form, setForm] = useState(value);
  const { feedback, busy, formRef, save } = useSaveStatus();
  const id = useId();
  const problemId = `${id}-problem`;

  useEffect(() => setForm(value), [value]);

  function field(spec: { name: Field; inputMode?: 'email' | 'tel'; hint?: string; autoComplete?: string }) {
    return (
      <TextField
        key={spec.name}
        id={`${id}-${spec.name}`}
        label={PRACTICE_LABELS[spec.name]}
        value={form[spec.name]}
        inputMode={spec.inputMode}
        hint={spec.hint}
        autoComplete={spec.autoComplete}
        readOnly={locked}
        problemId={feedback.problem?.field === spec.name ? problemId : undefined}
        onInput={(text) => setForm((current) => ({ ...current, [spec.name]: text }))}
      />
    );
  }

  return (
    <SettingsSection title="Practice and PCN" locked={locked}>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!locked) void save(validatePractice(form), onSave, 'Saved. Referrals now use these details.');
        }}
      >
        <FieldGroup legend="Practice">{FIELDS.map(field)}</FieldGroup>
        <FieldGroup legend="Who is referring">
          <p class="field__hint">Shown on the referrals sent from this browser.</p>
          {REFERRER.map(field)}
        </FieldGroup>
        <FormFeedback problemId={problemId} feedback={feedback} />
        {!locked && (
          <button class="button" type="submit" disabled={busy}>
            Save practice details
          </button>
        )}
      </form>
    </SettingsSection>
  );
}
