import { liveQuery } from 'dexie';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { getAllServices, getSourceStatus } from '../db/queries';
import type { Service, SourceStatus } from '../db/schema';
import type { ImportOutcome } from '../directory/import-directory';
import { sendMessage } from '../messaging';
import { createServiceSearch, type ServiceSearch } from '../search/search-services';
import { MAIN_SOURCE_ID } from '../settings';

export interface DirectoryState {
  /** Undefined while the cache is being read. */
  services: Service[] | undefined;
  status: SourceStatus | undefined;
  search: ServiceSearch;
  refreshing: boolean;
  /** A failure of the panel itself (reading the cache, reaching the background), in plain words. */
  error: string | undefined;
  refresh(): Promise<ImportOutcome>;
}

/** The cached directory, kept current as the background swaps in new imports. */
export function useDirectory(): DirectoryState {
  const [services, setServices] = useState<Service[]>();
  const [status, setStatus] = useState<SourceStatus>();
  const [refreshing, setRefreshing] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    // liveQuery re-runs when the background commits an import (Dexie broadcasts changes across contexts).
    const cacheError = () => setError('Signpost could not read the directory saved on this computer.');
    const servicesSub = liveQuery(() => getAllServices()).subscribe({ next: setServices, error: cacheError });
    const statusSub = liveQuery(() => getSourceStatus(MAIN_SOURCE_ID)).subscribe({
      next: setStatus,
      error: cacheError,
    });
    return () => {
      servicesSub.unsubscribe();
      statusSub.unsubscribe();
    };
  }, []);

  const search = useMemo(() => createServiceSearch(services ?? []), [services]);

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

  return { services, status, search, refreshing, error, refresh };
}
