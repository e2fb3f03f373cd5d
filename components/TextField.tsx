import { FieldError, fieldErrorId } from './refer/FieldError';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  /** `date` gives the browser's date picker; everything else is text, checked by our validators in plain words. */
  type?: 'text' | 'date';
  hint?: string;
  /** Inline messages about this field, shown above it (the referral form). */
  errors?: string[];
  /** The id of a problem message shown elsewhere about this field (the settings page): marks it invalid and links the two. */
  problemId?: string;
  readOnly?: boolean;
  /** Brings up the right on-screen keyboard without the browser's own checks. */
  inputMode?: 'numeric' | 'tel' | 'email' | 'url' | 'text';
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  autoComplete?: string;
  /** Code-like values (selectors, addresses) are not words: no spelling marks under them. */
  code?: boolean;
  /** Patient details must not end up in the browser's autofill on a shared practice computer, nor be spell-checked. */
  patientData?: boolean;
  short?: boolean;
}

/** A labelled text field with its hint and error, both tied to the input for screen readers. */
export function TextField({ id, label, value, onInput, type = 'text', hint, errors = [], problemId, ...rest }: Props) {
  const hintId = `${id}-hint`;
  const invalid = errors.length > 0 || Boolean(problemId);
  const describedBy = [hint && hintId, errors.length > 0 && fieldErrorId(id), problemId].filter(Boolean).join(' ');
  const common = {
    id,
    class: `field__input${rest.short ? ' field__input--short' : ''}${errors.length > 0 ? ' field__input--error' : ''}`,
    value,
    readOnly: rest.readOnly,
    autoComplete: rest.patientData ? 'off' : rest.autoComplete,
    spellcheck: rest.patientData || rest.code ? false : undefined,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy || undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
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
      {rest.rows ? (
        <textarea rows={rest.rows} {...common} />
      ) : type === 'date' ? (
        <input type="date" inputMode={rest.inputMode} {...common} />
      ) : (
        <input type="text" inputMode={rest.inputMode} {...common} />
      )}
    </div>
  );
}
