import { useEffect, useId, useState } from 'preact/hooks';
import { isNhsMail } from '@/utils/config/check-fields';
import type { LinkWorker } from '@/utils/config/setting-types';
import { useSaveStatus } from '@/utils/config/use-save-status';
import { MAX_LINK_WORKERS, validateLinkWorkers } from '@/utils/config/validate-link-workers';
import { FieldGroup } from './FieldGroup';
import { FormFeedback } from './FormFeedback';
import { SettingsSection } from './SettingsSection';
import { TextField } from './TextField';

interface Props {
  value: LinkWorker[];
  defaultIndex: number;
  locked?: boolean;
  onSave(workers: LinkWorker[], defaultIndex: number): Promise<void>;
}

type Field = keyof LinkWorker;

const BLANK: LinkWorker = { name: '', email: '', phone: '', organisation: '' };

const FIELDS: { name: Field; label: string; inputMode?: 'email' | 'tel' }[] = [
  { name: 'name', label: 'Name' },
  { name: 'email', label: 'NHSmail address', inputMode: 'email' },
  { name: 'phone', label: 'Phone', inputMode: 'tel' },
  { name: 'organisation', label: 'Organisation' },
];

function emailHint(email: string): string {
  if (!email.includes('@') || isNhsMail(email)) return 'Referrals are sent here. An NHSmail address ends @nhs.net.';
  return 'This is not an NHSmail address. Referrals carry patient details: check this address meets the NHS secure email standard (DCB1596) before using it.';
}

// Rows keep a key of their own: an index would hand a removed row's focus and typing to the next one.
let nextKey = 0;
const keyed = (worker: LinkWorker) => ({ key: nextKey++, worker });

/** The link workers the practice refers to, one of them the default for new referrals. */
export function LinkWorkersSection({ value, defaultIndex, locked = false, onSave }: Props) {
  const [rows, setRows] = useState(() => value.map(keyed));
  const [chosen, setChosen] = useState(defaultIndex);
  const { feedback, busy, formRef, save } = useSaveStatus();
  const id = useId();
  const problemId = `${id}-problem`;

  useEffect(() => setRows(value.map(keyed)), [value]);
  useEffect(() => setChosen(defaultIndex), [defaultIndex]);
  const [added, setAdded] = useState<number>();
  // A new row's first field takes focus, so keyboard users land where they can type.
  useEffect(() => {
    if (added !== undefined) formRef.current?.querySelector<HTMLElement>(`[id="${id}-${added}-name"]`)?.focus();
  }, [added]);

  function add(): void {
    const row = keyed(BLANK);
    setRows((current) => [...current, row]);
    setAdded(row.key);
  }

  function edit(index: number, field: Field, text: string): void {
    setRows((current) =>
      current.map((row, at) => (at === index ? { ...row, worker: { ...row.worker, [field]: text } } : row)),
    );
  }

  function remove(index: number): void {
    setRows((current) => current.filter((_, at) => at !== index));
    // The default follows its link worker; when it is the one removed, the first becomes the default.
    setChosen((current) => (current === index ? 0 : current > index ? current - 1 : current));
  }

  function submit(event: Event): void {
    event.preventDefault();
    if (locked) return;
    const checked = validateLinkWorkers(rows.map((row) => row.worker));
    const index = Math.min(chosen, Math.max(rows.length - 1, 0));
    void save(checked, (workers) => onSave(workers, index), 'Saved. New referrals offer these link workers.');
  }

  return (
    <SettingsSection title="Link workers" locked={locked}>
      <form ref={formRef} noValidate onSubmit={submit}>
        {rows.length === 0 && <p>No link workers yet. Add the link workers your practice refers to.</p>}
        {rows.map(({ key, worker }, index) => {
          const name = worker.name.trim() || `link worker ${index + 1}`;
          return (
            <FieldGroup key={key} boxed legend={`Link worker ${index + 1}`}>
              {FIELDS.map((spec) => (
                <TextField
                  key={spec.name}
                  id={`${id}-${key}-${spec.name}`}
                  label={spec.label}
                  inputMode={spec.inputMode}
                  value={worker[spec.name]}
                  hint={spec.name === 'email' ? emailHint(worker.email) : undefined}
                  readOnly={locked}
                  code={spec.name === 'email'}
                  problemId={
                    feedback.problem?.index === index && feedback.problem.field === spec.name ? problemId : undefined
                  }
                  onInput={(text) => edit(index, spec.name, text)}
                />
              ))}
              <label class="check">
                <input
                  type="radio"
                  name={`${id}-default`}
                  checked={chosen === index}
                  disabled={locked}
                  onChange={() => setChosen(index)}
                />
                Default for new referrals
              </label>
              {!locked && (
                <button type="button" class="link-button" onClick={() => remove(index)}>
                  Remove<span class="visually-hidden"> {name}</span>
                </button>
              )}
            </FieldGroup>
          );
        })}
        <FormFeedback problemId={problemId} feedback={feedback} />
        {!locked && (
          <p style={{ display: 'flex', flexWrap: 'wrap', gap: '12px' }}>
            <button
              type="button"
              class="button button--secondary"
              disabled={rows.length >= MAX_LINK_WORKERS}
              onClick={add}
            >
              Add a link worker
            </button>
            <button type="submit" class="button" disabled={busy}>
              Save link workers
            </button>
          </p>
        )}
      </form>
    </SettingsSection>
  );
}
