import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { getSourceStatuses } from '../db/queries';
import type { SourceStatus } from '../db/schema';
import type { ImportOutcome } from '../directory/import-directory';
import { sendMessage } from '../messaging';

export interface DirectoryState {
  /** Every source's last import; undefined while the cache is being read. */
  sources: SourceStatus[] | undefined;
  /** All sources as one: services summed, the oldest check, every failure. */
  status: SourceStatus | undefined;
  refreshing: boolean;
  /** A failure of the panel itself (reading the cache, reaching the background), in plain words. */
  error: string | undefined;
  refresh(): Promise<ImportOutcome>;
}

/** The sources as one status line: "1,234 services · updated 3 hours ago" is about the stalest source. */
export function combineStatuses(sources: SourceStatus[]): SourceStatus | undefined {
  if (sources.length === 0) return undefined;
  const imported = sources.filter((source) => source.importedAt !== undefined);
  const checked = imported.map((source) => source.checkedAt ?? source.importedAt ?? 0);
  const errors = sources.flatMap((source) => (source.lastError ? [source.lastError] : []));
  return {
    id: 'all',
    url: sources.map((source) => source.url).join(', '),
    importedAt: checked.length ? Math.min(...checked) : undefined,
    serviceCount: sources.reduce((sum, source) => sum + source.serviceCount, 0),
    rejected: sources.flatMap((source) => source.rejected),
    lastError: errors.length ? errors.join(' ') : undefined,
  };
}

/** The cached directory's sources, kept current as the background swaps in new imports. */
export function useDirectory(): DirectoryState {
  const [sources, setSources] = useState<SourceStatus[]>();
  const [refreshing, setRefreshing] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    // liveQuery re-runs when the background commits an import (Dexie broadcasts changes across contexts).
    const subscription = liveQuery(() => getSourceStatuses()).subscribe({
      next: setSources,
      error: () => setError('Signpost could not read the directory saved on this computer.'),
    });
    return () => subscription.unsubscribe();
  }, []);

  async function refresh(): Promise<ImportOutcome> {
    setRefreshing(true);
    setError(undefined);
    try {
      return await sendMessage('refreshDirectory', { reason: 'user' });
    } catch {
      const message = 'Signpost could not start the update. Close the panel, open it again and retry.';
      setError(message);
      return { ok: false, error: message };
    } finally {
      setRefreshing(false);
    }
  }

  return { sources, status: sources ? combineStatuses(sources) : undefined, refreshing, error, refresh };
}
