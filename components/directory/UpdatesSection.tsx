import { hoursText } from '@/utils/config/directory-text';
import type { SettingsValues } from '@/utils/config/setting-validators';
import { useSetting } from '@/utils/config/use-setting';
import { REFRESH_CHOICES } from '@/utils/directory/sources';

interface Props {
  managed: Partial<SettingsValues>;
  busy: boolean;
  onUpdateAll(): void;
}

/** How often the background checks the feeds, and a button to check them all now. */
export function UpdatesSection({ managed, busy, onUpdateAll }: Props) {
  const hours = useSetting('refreshHours', managed);
  return (
    <section class="options__section">
      <h2>Updates</h2>
      {hours.locked && (
        <p class="notice">Set by your organisation. How often feeds are checked cannot be changed here.</p>
      )}
      <label class="field__label" for="refresh-hours">
        Check feeds for updates
      </label>
      <select
        id="refresh-hours"
        value={hours.value}
        disabled={hours.locked}
        onChange={(event) => void hours.save(Number(event.currentTarget.value))}
      >
        {REFRESH_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {hoursText(choice)}
          </option>
        ))}
      </select>
      <button type="button" class="button button--secondary" disabled={busy} onClick={onUpdateAll}>
        Update all now
      </button>
    </section>
  );
}
