import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { DEFAULT_ROLE_TEXT, type RoleText, type RoleTextField } from '@/utils/explain/role-text';
import { formToRoleText, type RoleTextForm, roleTextToForm } from '@/utils/explain/role-text-form';

interface Props {
  value: RoleText;
  onSave(value: RoleText): Promise<void>;
  /** Managed by policy: the fields are read-only and there is nothing to save. */
  locked?: boolean;
}

interface FieldSpec {
  name: RoleTextField;
  label: string;
  hint?: string;
  rows?: number;
  /** Brings up the right on-screen keyboard; the checks are ours, in plain words, not the browser's. */
  inputMode?: 'tel' | 'email' | 'url';
}

const WORDING: FieldSpec[] = [
  { name: 'pcnName', label: 'PCN name', hint: 'Shown on the leaflet: “Social prescribing at …”.' },
  { name: 'intro', label: 'What a link worker is', hint: 'A few plain sentences to read aloud.', rows: 5 },
  { name: 'whatTheyDo', label: 'They can help with', hint: 'One item per line.', rows: 6 },
  {
    name: 'whatTheyDont',
    label: 'They don’t',
    hint: 'One per line: what they don’t do, a dash, then where to go instead. For example: Give medical advice — a GP or practice nurse',
    rows: 6,
  },
  { name: 'whoTheyHelp', label: 'Who they can help', hint: 'One item per line. Leave empty to hide it.', rows: 5 },
  { name: 'howToSelfRefer', label: 'How to self-refer', hint: 'Leave empty to hide it.', rows: 3 },
];

const CONTACT: FieldSpec[] = [
  { name: 'phone', label: 'Phone', inputMode: 'tel' },
  { name: 'email', label: 'Email', inputMode: 'email' },
  {
    name: 'selfReferralUrl',
    label: 'Self-referral web address',
    hint: 'Starts with https://. The leaflet shows it as a QR code.',
    inputMode: 'url',
  },
];

type Problem = { text: string; field?: RoleTextField };

/**
 * Edits the PCN's link worker text: lists one item per line, the don'ts as "item — instead". The form is checked as
 * an import would be, and the first problem is named in plain words next to the Save button, its field focused.
 */
export function RoleTextEditor({ value, onSave, locked = false }: Props) {
  const [form, setForm] = useState<RoleTextForm>(() => roleTextToForm(value));
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();
  const fieldId = (name: RoleTextField) => `${id}-${name}`;
  const problemId = `${id}-problem`;

  // A save elsewhere (another tab, a policy update) replaces what is shown.
  useEffect(() => setForm(roleTextToForm(value)), [value]);

  // Focus goes to the field at fault, which is described by the problem, so a screen reader reads both.
  useEffect(() => {
    if (problem?.field) formRef.current?.querySelector<HTMLElement>(`[id="${fieldId(problem.field)}"]`)?.focus();
  }, [problem]);

  function show(next: { status?: string; problem?: Problem }): void {
    setStatus(next.status ?? '');
    setProblem(next.problem);
  }

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    if (locked || busy) return;
    const checked = formToRoleText(form);
    if (!checked.ok) {
      show({ problem: { text: checked.message, field: checked.field } });
      return;
    }
    setBusy(true);
    try {
      await onSave(checked.value);
      setForm(roleTextToForm(checked.value));
      show({ status: 'Saved. Reception now sees this text.' });
    } catch {
      show({ problem: { text: 'The text could not be saved. Try again.' } });
    } finally {
      setBusy(false);
    }
  }

  function reset(): void {
    // The PCN's name and contact details are not part of the standard wording, so they stay.
    const standard = roleTextToForm(DEFAULT_ROLE_TEXT);
    setForm({
      ...standard,
      pcnName: form.pcnName,
      phone: form.phone,
      email: form.email,
      selfReferralUrl: form.selfReferralUrl,
    });
    show({ status: 'The standard wording is back. Select Save to keep it.' });
  }

  function field(spec: FieldSpec) {
    const inputId = fieldId(spec.name);
    const hintId = `${inputId}-hint`;
    const invalid = problem?.field === spec.name;
    const props = {
      id: inputId,
      class: 'field__input',
      value: form[spec.name],
      readOnly: locked,
      'aria-invalid': invalid || undefined,
      'aria-describedby': [spec.hint && hintId, invalid && problemId].filter(Boolean).join(' ') || undefined,
      onInput: (event: Event) => {
        const input = event.currentTarget as HTMLInputElement | HTMLTextAreaElement;
        setForm((current) => ({ ...current, [spec.name]: input.value }));
      },
    };
    return (
      <div key={spec.name}>
        <label class="field__label" for={inputId}>
          {spec.label}
        </label>
        {spec.hint && (
          <p class="field__hint" id={hintId}>
            {spec.hint}
          </p>
        )}
        {spec.rows ? (
          <textarea rows={spec.rows} {...props} />
        ) : (
          <input type="text" inputMode={spec.inputMode} spellcheck={spec.inputMode ? false : undefined} {...props} />
        )}
      </div>
    );
  }

  return (
    <form ref={formRef} class="role-text-editor" aria-labelledby={`${id}-title`} onSubmit={(event) => void save(event)}>
      <h2 id={`${id}-title`}>Link worker text</h2>
      {locked && <p class="notice">Set by your organisation. You can read this text here but not change it.</p>}
      {WORDING.map(field)}
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend class="field__label" style={{ padding: 0 }}>
          Contact details
        </legend>
        {CONTACT.map(field)}
      </fieldset>
      {problem && (
        <p id={problemId} class="notice notice--error" role="alert">
          {problem.text}
        </p>
      )}
      <p role="status" class={status ? 'notice' : undefined}>
        {status}
      </p>
      {!locked && (
        <p style={{ display: 'flex', flexWrap: 'wrap', gap: '12px' }}>
          <button type="submit" class="button" disabled={busy}>
            Save
          </button>
          <button type="button" class="button button--secondary" disabled={busy} onClick={reset}>
            Reset to default
          </button>
        </p>
      )}
    </form>
  );
}
