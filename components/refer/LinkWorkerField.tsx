import { useEffect } from 'preact/hooks';
import type { ReferralDraft } from '@/utils/referral/referral';
import { FieldError, fieldErrorId } from './FieldError';
import type { SectionProps } from './section-props';

type LinkWorker = ReferralDraft['linkWorker'];

interface Props extends SectionProps {
  linkWorkers: LinkWorker[];
}

function describe(worker: LinkWorker): string {
  return worker.organisation ? `${worker.name} (${worker.organisation})` : worker.name;
}

function same(a: LinkWorker, b: LinkWorker): boolean {
  return a.name === b.name && (a.email ?? '') === (b.email ?? '');
}

/** Who receives the referral: a choice when the practice has several link workers, otherwise just their name. */
export function LinkWorkerField({ draft, onChange, ids, errorsFor, linkWorkers }: Props) {
  const id = ids.linkWorker;
  const errors = errorsFor('linkWorker.name', 'linkWorker.email');
  const only = linkWorkers.length === 1 ? linkWorkers[0] : undefined;
  const unset = draft.linkWorker.name.trim() === '';

  // With one link worker there is nothing to choose, so an empty draft (a fresh start) gets them straight away.
  useEffect(() => {
    if (only && unset) onChange({ ...draft, linkWorker: { ...only } });
  }, [only, unset]);

  if (linkWorkers.length > 1) {
    const selected = linkWorkers.findIndex((worker) => same(worker, draft.linkWorker));
    return (
      <div class="field">
        <label class="field__label" for={id}>
          Link worker
        </label>
        <FieldError id={id} messages={errors} />
        <select
          id={id}
          class="field__input"
          value={selected < 0 ? '' : String(selected)}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={errors.length > 0 ? fieldErrorId(id) : undefined}
          onChange={(event) => {
            const worker = linkWorkers[Number(event.currentTarget.value)];
            if (worker && event.currentTarget.value !== '') onChange({ ...draft, linkWorker: { ...worker } });
          }}
        >
          {selected < 0 && <option value="">Choose a link worker</option>}
          {linkWorkers.map((worker, i) => (
            <option key={`${worker.name}:${worker.email ?? ''}`} value={String(i)}>
              {describe(worker)}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <div class="field" id={id} tabIndex={-1}>
      <p class="field__label">Link worker</p>
      <FieldError id={id} messages={errors} />
      <p class="refer__link-worker">
        {unset ? 'No link worker is set up: add one in the Signpost options.' : describe(draft.linkWorker)}
      </p>
    </div>
  );
}
