import { useEffect, useId, useState } from 'preact/hooks';
import { checkChoice } from '@/utils/config/check-fields';
import { GAP_KM_CHOICES } from '@/utils/config/setting-validators';
import { useSaveStatus } from '@/utils/config/use-save-status';
import { FEW_SERVICES } from '@/utils/gaps/gap-rule';
import { FormFeedback } from './FormFeedback';
import { SettingsSection } from './SettingsSection';

interface Props {
  value: number;
  locked?: boolean;
  onSave(km: number): Promise<void>;
}

/** How far "local" reaches for the gaps counts when a referral is made without a postcode in the Find filters. */
export function GapDistanceSection({ value, locked = false, onSave }: Props) {
  const [km, setKm] = useState(value);
  const { feedback, busy, formRef, save } = useSaveStatus();
  const id = useId();
  const known: readonly number[] = GAP_KM_CHOICES;
  const choices = known.includes(value) ? known : [...known, value];

  useEffect(() => setKm(value), [value]);

  return (
    <SettingsSection title="Gaps in local services" locked={locked}>
      <form
        ref={formRef}
        onSubmit={(event) => {
          event.preventDefault();
          if (locked) return;
          const checked = checkChoice(km, 'The local distance', GAP_KM_CHOICES);
          void save(checked, onSave, `Saved. Gaps are counted within ${km} km.`);
        }}
      >
        <label class="field__label" for={`${id}-km`}>
          Local means within
        </label>
        <p class="field__hint" id={`${id}-hint`}>
          A need searched or referred counts as a gap when fewer than {FEW_SERVICES} live services meet it within the
          distance chosen in Find, or, when Find names no postcode, within this distance of the patient’s postcode.
        </p>
        <select
          id={`${id}-km`}
          aria-describedby={`${id}-hint`}
          value={String(km)}
          disabled={locked}
          onChange={(event) => setKm(Number(event.currentTarget.value))}
        >
          {choices.map((choice) => (
            <option key={choice} value={String(choice)}>
              {choice} km
            </option>
          ))}
        </select>
        <FormFeedback problemId={`${id}-problem`} feedback={feedback} />
        {!locked && (
          <button class="button" type="submit" disabled={busy}>
            Save
            <span class="visually-hidden"> the local distance for gaps</span>
          </button>
        )}
      </form>
    </SettingsSection>
  );
}
