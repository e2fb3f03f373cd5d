import { useEffect, useId, useState } from 'preact/hooks';
import type { ReferralLogEntry } from '@/utils/db/schema';
import { trackingWords } from '@/utils/fhir/tracking-words';
import { formatDate } from '@/utils/format/relative-time';
import { formatNhsNumber, normaliseNhsNumber } from '@/utils/patient/nhs-number';
import { routesOf } from '@/utils/referral/log-routes';
import type { ReferralRoute } from '@/utils/referral/referral';
import {
  isReferralStatus,
  REFERRAL_STATUS_LABELS,
  REFERRAL_STATUSES,
  type ReferralStatus,
} from '@/utils/referral/referral-status';
import { formatUkDateTime } from '@/utils/referral/uk-dates';

const ROUTE_LABELS: Record<ReferralRoute, string> = {
  record: 'Recorded in the clinical record',
  email: 'Emailed to the link worker',
  print: 'Printed',
  fhir: 'Sent as FHIR',
  fill: 'Filled into a referral form',
  declined: 'Declined by the patient',
};

interface Props {
  entry: ReferralLogEntry;
  onUpdate(id: string, status: ReferralStatus, outcome: string): Promise<void>;
  onConfirmPasted?(id: string): Promise<void>;
}

/** Grouped 3-3-4 the way NHS numbers are read out; anything else is shown as stored. */
function shownNhsNumber(text: string): string {
  const digits = normaliseNhsNumber(text);
  return digits ? formatNhsNumber(digits) : text;
}

/** One logged referral: what was sent, and a small form to move its status on and note the outcome. */
export function ReferralLogItem({ entry, onUpdate, onConfirmPasted }: Props) {
  const [status, setStatus] = useState<ReferralStatus>(entry.status);
  const [outcome, setOutcome] = useState(entry.outcome ?? '');
  const [message, setMessage] = useState<string>();
  const [saving, setSaving] = useState(false);
  // Hidden as soon as the confirmation is saved, not when the log next reloads: never both messages at once.
  const [confirmed, setConfirmed] = useState(false);
  const id = useId();
  const date = formatDate(entry.date);
  // Every row has the same controls, so each label names its referral for screen-reader users.
  const which = [entry.initials, date].filter(Boolean).join(' ');
  const routes = routesOf(entry);

  // Another panel or the background may change the entry; show what is saved now.
  useEffect(() => {
    setStatus(entry.status);
    setOutcome(entry.outcome ?? '');
  }, [entry.status, entry.outcome]);

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    try {
      await onUpdate(entry.id, status, outcome);
      setMessage('Saved.');
    } catch {
      setMessage('This change could not be saved. Try again.');
    } finally {
      setSaving(false);
    }
  }

  async function confirm(): Promise<void> {
    try {
      await onConfirmPasted?.(entry.id);
      setConfirmed(true);
      setMessage('Confirmed pasted.');
    } catch {
      setMessage('This change could not be saved. Try again.');
    }
  }

  return (
    <li class="service-card">
      <h3 class="service-card__name">
        {entry.initials || 'No initials'} · {date}
      </h3>
      <dl class="facts">
        <dt>NHS number</dt>
        <dd>{shownNhsNumber(entry.nhsNumber)}</dd>
        <dt>Needs</dt>
        <dd>{entry.needs.join(', ') || 'None recorded'}</dd>
        <dt>Services</dt>
        <dd>{entry.services.join(', ') || 'None recorded'}</dd>
        <dt>{routes.length > 1 ? 'Routes' : 'Route'}</dt>
        <dd>{routes.map((route) => ROUTE_LABELS[route] ?? route).join(', ')}</dd>
        <dt>Referrer</dt>
        <dd>{entry.referrer}</dd>
        <dt>Status</dt>
        <dd>{REFERRAL_STATUS_LABELS[entry.status] ?? entry.status}</dd>
        {entry.fhir && (
          <>
            <dt>FHIR server</dt>
            <dd>{trackingWords(entry.fhir)}</dd>
          </>
        )}
        {entry.outcome && (
          <>
            <dt>Outcome</dt>
            <dd>{entry.outcome}</dd>
          </>
        )}
        <dt>Updated</dt>
        <dd>{formatUkDateTime(entry.updatedAt)}</dd>
      </dl>
      {entry.awaitingPaste && !confirmed && (
        <div class="notice notice--warning">
          <p>Copied, not confirmed pasted into the record.</p>
          {onConfirmPasted && (
            <button type="button" class="button button--secondary" onClick={() => void confirm()}>
              Confirm pasted<span class="visually-hidden"> for {which}</span>
            </button>
          )}
        </div>
      )}
      <form class="note-editor" onSubmit={(event) => void save(event)}>
        <label class="field__label" for={`${id}-status`}>
          Status for {which}
        </label>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isReferralStatus(value)) setStatus(value);
          }}
        >
          {REFERRAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {REFERRAL_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <label class="field__label" for={`${id}-outcome`}>
          Outcome for {which}
        </label>
        <textarea
          id={`${id}-outcome`}
          class="field__input"
          rows={2}
          value={outcome}
          onInput={(event) => setOutcome(event.currentTarget.value)}
        />
        <button type="submit" class="button button--secondary">
          Save<span class="visually-hidden"> for {which}</span>
        </button>
        <p role="status" class="field__hint">
          {message}
        </p>
      </form>
    </li>
  );
}
