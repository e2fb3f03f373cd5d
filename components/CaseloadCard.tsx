import { useId, useState } from 'preact/hooks';
import type { CaseloadItem } from '@/utils/fhir/caseload';
import type { TaskChange } from '@/utils/fhir/task-change';
import { isTaskStatus, TASK_STATUS_LABELS, taskOutcome } from '@/utils/fhir/task-status';
import { formatNhsNumber, normaliseNhsNumber } from '@/utils/patient/nhs-number';
import { formatUkDateTime } from '@/utils/referral/uk-dates';

interface Props {
  item: CaseloadItem;
  onChange(taskId: string, change: TaskChange): Promise<{ ok: boolean; message: string }>;
}

const OPEN = new Set(['requested', 'received', 'accepted', 'in-progress', 'on-hold', 'ready']);

/** One referral on the link worker's caseload, with what they can do next: accept, record contact, close. */
export function CaseloadCard({ item, onChange }: Props) {
  const { task } = item;
  const id = useId();
  const [words, setWords] = useState('');
  const [result, setResult] = useState<{ ok: boolean; message: string }>();
  const [busy, setBusy] = useState(false);
  const status = isTaskStatus(task.status) ? TASK_STATUS_LABELS[task.status] : String(task.status);
  const nhs = normaliseNhsNumber(item.nhsNumber);
  const who = nhs ? formatNhsNumber(nhs) : item.nhsNumber;
  const outcome = taskOutcome(task);

  async function act(change: TaskChange): Promise<void> {
    setBusy(true);
    const answer = await onChange(task.id ?? '', change);
    setResult(answer);
    if (answer.ok) setWords('');
    setBusy(false);
  }

  const needWords = (action: string) => () => {
    if (words.trim()) return true;
    setResult({ ok: false, message: `Write what happened first, then ${action}.` });
    return false;
  };

  return (
    <li class="service-card">
      <h3 class="service-card__name">NHS {who}</h3>
      <dl class="facts">
        <dt>Status</dt>
        <dd>{status}</dd>
        {outcome && (
          <>
            <dt>Latest</dt>
            <dd>{outcome}</dd>
          </>
        )}
        <dt>From</dt>
        <dd>{item.from || 'Not given'}</dd>
        <dt>Referred</dt>
        <dd>{typeof task.authoredOn === 'string' ? formatUkDateTime(task.authoredOn) : 'Not given'}</dd>
        <dt>Needs</dt>
        <dd>{item.needs.join(', ') || 'None recorded'}</dd>
      </dl>
      {item.notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
      {OPEN.has(String(task.status)) && (
        <div class="note-editor">
          {task.status !== 'accepted' && task.status !== 'in-progress' && (
            <button type="button" class="button" disabled={busy} onClick={() => void act({ kind: 'accept' })}>
              Accept<span class="visually-hidden"> the referral for NHS {who}</span>
            </button>
          )}
          <label class="field__label" for={`${id}-words`}>
            Contact note or outcome for NHS {who}
          </label>
          <textarea
            id={`${id}-words`}
            class="field__input"
            rows={2}
            value={words}
            onInput={(e) => setWords(e.currentTarget.value)}
          />
          <button
            type="button"
            class="button button--secondary"
            disabled={busy}
            onClick={() => needWords('record the contact')() && void act({ kind: 'contact', note: words })}
          >
            Record contact<span class="visually-hidden"> for NHS {who}</span>
          </button>
          <button
            type="button"
            class="button button--secondary"
            disabled={busy}
            onClick={() => needWords('close the referral')() && void act({ kind: 'close', outcome: words })}
          >
            Close with outcome<span class="visually-hidden"> for NHS {who}</span>
          </button>
          <button
            type="button"
            class="button button--secondary"
            disabled={busy}
            onClick={() => needWords('reject it')() && void act({ kind: 'reject', reason: words })}
          >
            Reject<span class="visually-hidden"> the referral for NHS {who}</span>
          </button>
        </div>
      )}
      {result && (
        <p role={result.ok ? 'status' : 'alert'} class={result.ok ? 'field__hint' : 'notice notice--error'}>
          {result.message}
        </p>
      )}
    </li>
  );
}
