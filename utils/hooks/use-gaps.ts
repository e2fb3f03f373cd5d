import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { type GapCount, listGaps } from '../db/gaps';
import { downloadFile } from '../files/download-file';
import { gapsToCsv } from '../gaps/gaps-csv';
import { ukIsoDate } from '../referral/uk-dates';

/** The gaps counts, kept current, and their CSV export. */
export function useGaps(): { rows: GapCount[] | undefined; exportCsv(): void } {
  const [rows, setRows] = useState<GapCount[]>();
  useEffect(() => {
    const sub = liveQuery(() => listGaps()).subscribe({ next: setRows, error: () => setRows([]) });
    return () => sub.unsubscribe();
  }, []);
  return {
    rows,
    exportCsv: () =>
      downloadFile(`signpost-gaps-${ukIsoDate(new Date())}.csv`, [gapsToCsv(rows ?? [])], 'text/csv;charset=utf-8'),
  };
}
