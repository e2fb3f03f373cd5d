import { Fragment } from 'preact';
import type { ReferralCounts, ReferralFilter } from '@/utils/db/referrals';
import type { ReferralLogEntry } from '@/utils/db/schema';
import {
  isReferralStatus,
  REFERRAL_STATUS_LABELS,
  REFERRAL_STATUSES,
  type ReferralStatus,
} from '@/utils/referral/referral-status';
import { ReferralLogItem } from './ReferralLogItem';

interface Props {
  /** Entries matching `filter`, newest first; undefined while the log is being read. */
  entries: ReferralLogEntry[] | undefined;
  /** Counts over the whole log; undefined while being read. */
  counts: ReferralCounts | undefined;
  retentionMonths: number;
  filter: ReferralFilter;
  /** A failure to read or export the log, in plain words. */
  error?: string;
  onFilter(next: ReferralFilter): void;
  onUpdate(id: string, status: ReferralStatus, outcome: string): Promise<void>;
  onExportCsv(): void;
}

function isFiltered(filter: ReferralFilter): boolean {
  return Boolean(filter.status || filter.need || filter.from || filter.to);
}

function Counts({ counts }: { counts: ReferralCounts }) {
  const total = REFERRAL_STATUSES.reduce((sum, status) => sum + counts.byStatus[status], 0);
  const needs = Object.entries(counts.byNeed);
  return (
    <>
      <p class="result-count">
        {total} {total === 1 ? 'referral' : 'referrals'} in the log
      </p>
      <h3>By status</h3>
      <dl class="facts">
        {REFERRAL_STATUSES.map((status) => (
          <Fragment key={status}>
            <dt>{REFERRAL_STATUS_LABELS[status]}</dt>
            <dd>{counts.byStatus[status]}</dd>
          </Fragment>
        ))}
      </dl>
      {needs.length > 0 && (
        <>
          <h3>By need</h3>
          <dl class="facts">
            {needs.map(([need, count]) => (
              <Fragment key={need}>
                <dt>{need}</dt>
                <dd>{count}</dd>
              </Fragment>
            ))}
          </dl>
        </>
      )}
    </>
  );
}

function Filters({
  filter,
  needs,
  onFilter,
}: {
  filter: ReferralFilter;
  needs: string[];
  onFilter(f: ReferralFilter): void;
}) {
  // A need chosen earlier stays on offer even once no referral has it, so the select never shows a blank choice.
  const needChoices = filter.need && !needs.includes(filter.need) ? [filter.need, ...needs] : needs;
  return (
    <div class="filters__grid">
      <label class="field__label" for="referral-filter-status">
        Status
      </label>
      <select
        id="referral-filter-status"
        value={filter.status ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onFilter({ ...filter, status: isReferralStatus(value) ? value : undefined });
        }}
      >
        <option value="">All statuses</option>
        {REFERRAL_STATUSES.map((status) => (
          <option key={status} value={status}>
            {REFERRAL_STATUS_LABELS[status]}
          </option>
        ))}
      </select>
      <label class="field__label" for="referral-filter-need">
        Need
      </label>
      <select
        id="referral-filter-need"
        value={filter.need ?? ''}
        onChange={(event) => onFilter({ ...filter, need: event.currentTarget.value || undefined })}
      >
        <option value="">All needs</option>
        {needChoices.map((need) => (
          <option key={need} value={need}>
            {need}
          </option>
        ))}
      </select>
    </div>
  );
}

function Entries({ entries, filter, onFilter, onUpdate }: Pick<Props, 'entries' | 'filter' | 'onFilter' | 'onUpdate'>) {
  if (!entries) return <p role="status">Reading the referral log…</p>;
  if (entries.length > 0) {
    return (
      <ul class="service-list">
        {entries.map((entry) => (
          <ReferralLogItem key={entry.id} entry={entry} onUpdate={onUpdate} />
        ))}
      </ul>
    );
  }
  if (!isFiltered(filter)) {
    return <p class="notice">No referrals yet. Referrals you make with Signpost will be listed here.</p>;
  }
  return (
    <p class="notice">
      No referrals match these filters.{' '}
      <button type="button" class="link-button" onClick={() => onFilter({})}>
        Show all referrals
      </button>
    </p>
  );
}

/**
 * The practice's referral log: counts, filters, each referral with its status and outcome, CSV export and the
 * retention period. Data comes in through props (see `useReferralLog`).
 */
export function ReferralLog(props: Props) {
  const { counts, retentionMonths, filter, error, onFilter, onExportCsv } = props;
  return (
    <section aria-labelledby="referral-log-heading">
      <h2 id="referral-log-heading">Referrals</h2>
      {error && (
        <p role="alert" class="notice notice--error">
          {error}
        </p>
      )}
      <p class="field__hint">
        Referrals are kept for {retentionMonths} {retentionMonths === 1 ? 'month' : 'months'}, then deleted
        automatically.
      </p>
      {counts && <Counts counts={counts} />}
      <Filters filter={filter} needs={counts ? Object.keys(counts.byNeed) : []} onFilter={onFilter} />
      <button type="button" class="button button--secondary" onClick={() => onExportCsv()}>
        Export CSV
      </button>
      <Entries {...props} />
    </section>
  );
}
