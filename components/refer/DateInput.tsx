import { useEffect, useState } from 'preact/hooks';
import { FieldError, fieldErrorId } from './FieldError';

interface Props {
  /** The day input's id, which error summaries link to; the month and year inputs add "-month" and "-year". */
  id: string;
  label: string;
  /** ISO yyyy-mm-dd, or empty. */
  value: string;
  /** Called with ISO yyyy-mm-dd once day, month and year make a date, else with what was typed as "yyyy-mm-dd" parts. */
  onInput(value: string): void;
  hint?: string;
  errors?: string[];
}

interface Parts {
  day: string;
  month: string;
  year: string;
}

function partsOf(iso: string): Parts {
  const [year = '', month = '', day = ''] = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-') : [];
  return { day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year };
}

/** The ISO date the parts make, or '' while they are incomplete or no such day exists (31 February). */
export function isoFromParts({ day, month, year }: Parts): string {
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return '';
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return date.toISOString().slice(0, 10) === iso ? iso : '';
}

/**
 * The NHS design system's date input: day, month and year boxes in a fieldset, never a locale-dependent date
 * picker. What is typed stays in the boxes until it makes a date; a date set from outside (read from the page)
 * replaces it.
 */
export function DateInput({ id, label, value, onInput, hint, errors = [] }: Props) {
  const [parts, setParts] = useState<Parts>(() => partsOf(value));
  useEffect(() => {
    // Only a new value from outside (read from the page, a fresh draft) resets the boxes.
    if (value !== isoFromParts(parts)) setParts(partsOf(value));
  }, [value]);
  const hintId = `${id}-hint`;
  const invalid = errors.length > 0;
  const describedBy = [hint && hintId, invalid && fieldErrorId(id)].filter(Boolean).join(' ') || undefined;
  const set = (key: keyof Parts) => (event: Event) => {
    const next = { ...parts, [key]: (event.currentTarget as HTMLInputElement).value.trim() };
    setParts(next);
    onInput(isoFromParts(next));
  };
  const box = (key: keyof Parts, name: string, boxId: string, wide = false) => (
    <div class="date-input__item">
      <label class="field__label date-input__label" for={boxId}>
        {name}
      </label>
      <input
        id={boxId}
        class={`field__input date-input__input${wide ? ' date-input__input--year' : ''}${invalid ? ' field__input--error' : ''}`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellcheck={false}
        value={parts[key]}
        aria-invalid={invalid || undefined}
        onInput={set(key)}
      />
    </div>
  );
  return (
    <fieldset class="field date-input" aria-describedby={describedBy}>
      <legend class="field__label">{label}</legend>
      {hint && (
        <p class="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <FieldError id={id} messages={errors} />
      <div class="date-input__row">
        {box('day', 'Day', id)}
        {box('month', 'Month', `${id}-month`)}
        {box('year', 'Year', `${id}-year`, true)}
      </div>
    </fieldset>
  );
}
