import { FieldError, fieldErrorId } from './FieldError';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  /** `date` gives the browser's date picker; everything else is text, checked by validateReferral in plain words. */
  type?: 'text' | 'date';
  hint?: string;
  errors?: string[];
  /** Brings up the right on-screen keyboard without the browser's own checks. */
  inputMode?: 'numeric' | 'tel' | 'email' | 'text';
  short?: boolean;
}

/** A labelled one-line field with its hint and inline error, both tied to the input for screen readers. */
export function TextField({ id, label, value, onInput, type = 'text', hint, errors = [], inputMode, short }: Props) {
  const hintId = `${id}-hint`;
  const invalid = errors.length > 0;
  const describedBy = [hint && hintId, invalid && fieldErrorId(id)].filter(Boolean).join(' ');
  const common = {
    id,
    class: `field__input${short ? ' field__input--short' : ''}${invalid ? ' field__input--error' : ''}`,
    value,
    inputMode,
    // Patient details must not end up in the browser's autofill on a shared practice computer.
    autoComplete: 'off',
    spellcheck: false,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy || undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {label}
      </label>
      {hint && (
        <p class="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <FieldError id={id} messages={errors} />
      {type === 'date' ? <input type="date" {...common} /> : <input type="text" {...common} />}
    </div>
  );
}
