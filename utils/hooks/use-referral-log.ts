import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { AppDB } from '../db/db';
import {
  countReferrals,
  listReferrals,
  type ReferralCounts,
  type ReferralFilter,
  updateReferralStatus,
} from '../db/referrals';
import type { ReferralLogEntry } from '../db/schema';
import { downloadCsv } from '../referral/download-csv';
import { referralLogToCsv } from '../referral/referral-csv';
import type { ReferralStatus } from '../referral/referral-status';
import { ukIsoDate } from '../referral/uk-dates';

/** The referral log as the panel shows it. */
export interface ReferralLogState {
  /** Entries matching `filter`, newest first; undefined while the log is being read. */
  entries: ReferralLogEntry[] | undefined;
  /** Counts over the whole log, whatever the filter; undefined while being read. */
  counts: ReferralCounts | undefined;
  filter: ReferralFilter;
  setFilter(next: ReferralFilter): void;
  /** A failure to read or export the log, in plain words. */
  error: string | undefined;
  update(id: string, status: ReferralStatus, outcome: string): Promise<void>;
  /** Downloads the entries matching the current filter as `signpost-referrals-YYYY-MM-DD.csv`; never rejects. */
  exportCsv(): Promise<void>;
}

const READ_ERROR = 'Signpost could not read the referral log saved on this computer.';

/** The referral log, kept current by `liveQuery` as referrals are added, updated or purged in any context. */
export function useReferralLog(db?: AppDB): ReferralLogState {
  const [filter, setFilter] = useState<ReferralFilter>({});
  const [entries, setEntries] = useState<ReferralLogEntry[]>();
  const [counts, setCounts] = useState<ReferralCounts>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const subscription = liveQuery(() => listReferrals(filter, db)).subscribe({
      next: (next) => {
        setEntries(next);
        setError(undefined);
      },
      error: () => setError(READ_ERROR),
    });
    return () => subscription.unsubscribe();
  }, [filter, db]);

  useEffect(() => {
    const subscription = liveQuery(() => countReferrals(db)).subscribe({
      next: setCounts,
      error: () => setError(READ_ERROR),
    });
    return () => subscription.unsubscribe();
  }, [db]);

  function update(id: string, status: ReferralStatus, outcome: string): Promise<void> {
    return updateReferralStatus(id, status, outcome, db);
  }

  async function exportCsv(): Promise<void> {
    try {
      // Read afresh rather than from state, so the file matches the log at the moment of the click.
      const rows = await listReferrals(filter, db);
      downloadCsv(`signpost-referrals-${ukIsoDate(new Date())}.csv`, referralLogToCsv(rows));
      setError(undefined);
    } catch {
      // Reported on screen: a click handler has nowhere else to put the failure.
      setError('Signpost could not export the referral log. Try again.');
    }
  }

  return { entries, counts, filter, setFilter, error, update, exportCsv };
}
