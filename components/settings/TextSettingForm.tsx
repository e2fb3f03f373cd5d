import { useEffect, useId, useState } from 'preact/hooks';
import { TextField } from '@/components/TextField';
import type { Checked } from '@/utils/config/checked';
import { useSaveStatus } from '@/utils/config/use-save-status';
import { FormFeedback } from './FormFeedback';

interface Props {
  label: string;
  hint: string;
  /** Ends the visually hidden part of the Save button: "Save the caseload". */
  what: string;
  value: string;
  locked: boolean;
  validate(value: string): Checked<string>;
  saved(value: string): string;
  onSave(value: string): Promise<void>;
  /** A secret: typed into a password field and never shown back once saved. */
  secret?: boolean;
}

/** One text setting in its own small form, checked by the setting's own validator before it is saved. */
export function TextSettingForm({ label, hint, what, value, locked, validate, saved, onSave, secret }: Props) {
  const [text, setText] = useState(secret ? '' : value);
  const { feedback, busy, formRef, save } = useSaveStatus();
  const id = useId();
  const problemId = `${id}-problem`;
  useEffect(() => setText(secret ? '' : value), [value, secret]);
  const shownHint =
    secret && value ? `${hint} A token is saved; type a new one to replace it, or save empty to remove it.` : hint;

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!locked) void save(validate(text), onSave, saved(text.trim()));
      }}
    >
      {secret ? (
        <div>
          <label class="field__label" for={`${id}-field`}>
            {label}
          </label>
          <p class="field__hint" id={`${id}-hint`}>
            {shownHint}
          </p>
          <input
            id={`${id}-field`}
            class="field__input"
            type="password"
            autoComplete="off"
            value={text}
            readOnly={locked}
            aria-describedby={[`${id}-hint`, feedback.problem ? problemId : ''].filter(Boolean).join(' ')}
            aria-invalid={feedback.problem ? true : undefined}
            onInput={(event) => setText(event.currentTarget.value)}
          />
        </div>
      ) : (
        <TextField
          id={`${id}-field`}
          label={label}
          hint={hint}
          code
          value={text}
          readOnly={locked}
          problemId={feedback.problem ? problemId : undefined}
          onInput={setText}
        />
      )}
      <FormFeedback problemId={problemId} feedback={feedback} />
      {!locked && (
        <button class="button" type="submit" disabled={busy}>
          Save<span class="visually-hidden"> {what}</span>
        </button>
      )}
    </form>
  );
}
