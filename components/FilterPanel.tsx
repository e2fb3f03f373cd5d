import type { Attendance } from '@/utils/directory/service';
import { type FilterValues, NO_FILTERS } from '@/utils/search/filter-values';
import { memo } from './memo';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MODES: Attendance[] = ['venue', 'phone', 'online', 'home visit'];
const MODE_LABEL: Record<Attendance, string> = {
  venue: 'In person',
  phone: 'By phone',
  online: 'Online',
  'home visit': 'Home visit',
};

interface Props {
  value: FilterValues;
  audiences: string[];
  /** Why the postcode cannot be used, in plain words. */
  postcodeProblem?: string;
  /** How many filters are on, for the summary. */
  active: number;
  onChange(next: FilterValues): void;
}

/** Narrow the results: distance, opening, age, cost, how to get in and attend, audience. */
export const FilterPanel = memo(function FilterPanel({ value, audiences, postcodeProblem, active, onChange }: Props) {
  const set = (patch: Partial<FilterValues>) => onChange({ ...value, ...patch });
  return (
    <details class="filters">
      <summary>Filters{active ? ` (${active} on)` : ''}</summary>
      <div class="filters__grid">
        <label class="field__label" for="filter-postcode">
          Near postcode
        </label>
        <div class="filters__row">
          <input
            id="filter-postcode"
            class="field__input field__input--short"
            value={value.postcode}
            autocomplete="off"
            aria-describedby={postcodeProblem ? 'filter-postcode-problem' : undefined}
            onInput={(event) => set({ postcode: event.currentTarget.value })}
          />
          <label class="visually-hidden" for="filter-km">
            Distance
          </label>
          <select id="filter-km" value={value.km} onChange={(event) => set({ km: Number(event.currentTarget.value) })}>
            {[1, 2, 5, 10, 25].map((km) => (
              <option key={km} value={km}>
                within {km} km
              </option>
            ))}
          </select>
        </div>
        {postcodeProblem && (
          <p id="filter-postcode-problem" class="field__error">
            {postcodeProblem}
          </p>
        )}
        <label class="check">
          <input type="checkbox" checked={value.openNow} onChange={(e) => set({ openNow: e.currentTarget.checked })} />
          Open now
        </label>
        <label class="field__label" for="filter-day">
          Open on
        </label>
        <select id="filter-day" value={value.day} onChange={(event) => set({ day: event.currentTarget.value })}>
          <option value="">Any day</option>
          {DAYS.map((day, i) => (
            <option key={day} value={String(i + 1)}>
              {day}
            </option>
          ))}
        </select>
        <label class="field__label" for="filter-age">
          Patient's age
        </label>
        <input
          id="filter-age"
          class="field__input field__input--short"
          inputMode="numeric"
          value={value.age}
          onInput={(event) => set({ age: event.currentTarget.value })}
        />
        <label class="check">
          <input type="checkbox" checked={value.free} onChange={(e) => set({ free: e.currentTarget.checked })} />
          Free
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={value.selfReferral}
            onChange={(e) => set({ selfReferral: e.currentTarget.checked })}
          />
          Patient can self-refer or drop in
        </label>
        <fieldset class="filters__modes">
          <legend>How they attend</legend>
          {MODES.map((mode) => (
            <label class="check" key={mode}>
              <input
                type="checkbox"
                checked={value.attendance.includes(mode)}
                onChange={(event) =>
                  set({
                    attendance: event.currentTarget.checked
                      ? [...value.attendance, mode]
                      : value.attendance.filter((m) => m !== mode),
                  })
                }
              />
              {MODE_LABEL[mode]}
            </label>
          ))}
        </fieldset>
        {audiences.length > 0 && (
          <>
            <label class="field__label" for="filter-audience">
              For
            </label>
            <select
              id="filter-audience"
              value={value.audience}
              onChange={(event) => set({ audience: event.currentTarget.value })}
            >
              <option value="">Anyone</option>
              {audiences.map((audience) => (
                <option key={audience} value={audience}>
                  {audience}
                </option>
              ))}
            </select>
          </>
        )}
        <label class="check">
          <input
            type="checkbox"
            checked={value.includeInactive}
            onChange={(e) => set({ includeInactive: e.currentTarget.checked })}
          />
          Include closed and inactive services
        </label>
        {active > 0 && (
          <button type="button" class="link-button" onClick={() => onChange(NO_FILTERS)}>
            Clear filters
          </button>
        )}
      </div>
    </details>
  );
});
