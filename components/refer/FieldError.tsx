interface Props {
  /** The id of the field in error: the message gets `<id>-error`, for the field's `aria-describedby`. */
  id: string;
  messages: string[];
}

/** The id a field's error message gets, so the field can point at it before it is rendered. */
export function fieldErrorId(id: string): string {
  return `${id}-error`;
}

/** An inline error above a field, as in the NHS design system: "Error:" is read out but not shown. */
export function FieldError({ id, messages }: Props) {
  if (messages.length === 0) return null;
  return (
    <p class="field__error" id={fieldErrorId(id)}>
      <span class="visually-hidden">Error: </span>
      {messages.join(' ')}
    </p>
  );
}
