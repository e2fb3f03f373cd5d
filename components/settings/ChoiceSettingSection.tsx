import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { checkChoice } from '@/utils/config/check-fields';
import { useSaveStatus } from '@/utils/config/use-save-status';
import { FormFeedback } from './FormFeedback';
import { SettingsSection } from './SettingsSection';

interface Props {
  title: string;
  /** The select's label ("Keep referrals for"). */
  label: string;
  /** What a refused value is called in the error ("The time to keep referrals"). */
  fieldName: string;
  hint: ComponentChildren;
  /** The unit after each number in the list ("months", "km"). */
  unit: string;
  choices: readonly number[];
  value: number;
  locked?: boolean;
  /** Read by screen readers after "Save" ("how long referrals are kept"). */
  saveWhat: string;
  saved(value: number): string;
  onSave(value: number): Promise<void>;
}

/** A setting that is one number picked from a list, saved with its own button (or shown locked by policy). */
export function ChoiceSettingSection(props: Props) {
  const { title, label, fieldName, hint, unit, choices: known, value, locked = false, onSave } = props;
  const [chosen, setChosen] = useState(value);
  const { feedback, busy, formRef, save } = useSaveStatus();
  const id = useId();
  // A value set some other way still shows as it is, rather than as the first choice.
  const choices = known.includes(value) ? known : [...known, value];

  useEffect(() => setChosen(value), [value]);

  return (
    <SettingsSection title={title} locked={locked}>
      <form
        ref={formRef}
        onSubmit={(event) => {
          event.preventDefault();
          if (locked) return;
          const checked = checkChoice(chosen, fieldName, known);
          void save(checked, onSave, props.saved(chosen));
        }}
      >
        <label class="field__label" for={`${id}-choice`}>
          {label}
        </label>
        <p class="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
        <select
          id={`${id}-choice`}
          aria-describedby={`${id}-hint`}
          value={String(chosen)}
          disabled={locked}
          onChange={(event) => setChosen(Number(event.currentTarget.value))}
        >
          {choices.map((choice) => (
            <option key={choice} value={String(choice)}>
              {choice} {unit}
            </option>
          ))}
        </select>
        <FormFeedback problemId={`${id}-problem`} feedback={feedback} />
        {!locked && (
          <button class="button" type="submit" disabled={busy}>
            Save
            <span class="visually-hidden"> {props.saveWhat}</span>
          </button>
        )}
      </form>
    </SettingsSection>
  );
}
