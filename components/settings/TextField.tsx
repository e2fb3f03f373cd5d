interface Props {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  hint?: string;
  /** The id of the problem message about this field, when there is one: marks it invalid and links the two. */
  problemId?: string;
  readOnly?: boolean;
  /** Brings up the right on-screen keyboard; the checks are ours, in plain words, not the browser's. */
  inputMode?: 'email' | 'tel' | 'url';
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  autoComplete?: string;
  /** Code-like values (selectors, addresses) are not words: no spelling marks under them. */
  code?: boolean;
}

/** A labelled text field with an optional hint, marked and described when a problem is about it. */
export function TextField({ id, label, value, onInput, hint, problemId, readOnly, inputMode, rows, ...rest }: Props) {
  const hintId = `${id}-hint`;
  const props = {
    id,
    class: 'field__input',
    value,
    readOnly,
    autoComplete: rest.autoComplete,
    spellcheck: rest.code ? false : undefined,
    'aria-invalid': problemId ? true : undefined,
    'aria-describedby': [hint && hintId, problemId].filter(Boolean).join(' ') || undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div>
      <label class="field__label" for={id}>
        {label}
      </label>
      {hint && (
        <p class="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {rows ? <textarea rows={rows} {...props} /> : <input type="text" inputMode={inputMode} {...props} />}
    </div>
  );
}
