import { useEffect, useId, useState } from 'preact/hooks';
import { checkChoice } from '@/utils/config/check-fields';
import { RETENTION_CHOICES } from '@/utils/config/setting-validators';
import { useSaveStatus } from '@/utils/config/use-save-status';
import { FormFeedback } from './FormFeedback';
import { SettingsSection } from './SettingsSection';

interface Props {
  value: number;
  locked?: boolean;
  onSave(months: number): Promise<void>;
}

/** How long the referral log keeps a referral before deleting it. */
export function RetentionSection({ value, locked = false, onSave }: Props) {
  const [months, setMonths] = useState(value);
  const { feedback, busy, formRef, save } = useSaveStatus();
  const id = useId();
  // A value set some other way still shows as it is, rather than as the first choice.
  const known: readonly number[] = RETENTION_CHOICES;
  const choices = known.includes(value) ? known : [...known, value];

  useEffect(() => setMonths(value), [value]);

  return (
    <SettingsSection title="Referral log" locked={locked}>
      <form
        ref={formRef}
        onSubmit={(event) => {
          event.preventDefault();
          if (locked) return;
          const checked = checkChoice(months, 'The time to keep referrals', RETENTION_CHOICES);
          void save(checked, onSave, `Saved. Referrals are kept for ${months} months.`);
        }}
      >
        <label class="field__label" for={`${id}-months`}>
          Keep referrals for
        </label>
        <p class="field__hint" id={`${id}-hint`}>
          Referrals older than this are deleted automatically.
        </p>
        <select
          id={`${id}-months`}
          aria-describedby={`${id}-hint`}
          value={String(months)}
          disabled={locked}
          onChange={(event) => setMonths(Number(event.currentTarget.value))}
        >
          {choices.map((choice) => (
            <option key={choice} value={String(choice)}>
              {choice} months
            </option>
          ))}
        </select>
        <FormFeedback problemId={`${id}-problem`} feedback={feedback} />
        {!locked && (
          <button class="button" type="submit" disabled={busy}>
            Save
            <span class="visually-hidden"> how long referrals are kept</span>
          </button>
        )}
      </form>
    </SettingsSection>
  );
}
