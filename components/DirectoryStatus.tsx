import type { SourceStatus } from '@/utils/db/schema';
import { keptText } from '@/utils/format/kept-text';
import { formatRelativeTime } from '@/utils/format/relative-time';

/** A directory older than this gets a warning: services close and change. */
const STALE_AFTER_MS = 7 * 24 * 3_600_000;

interface Props {
  status: SourceStatus | undefined;
  online: boolean;
  refreshing: boolean;
  /** The panel's own failure (not the feed's), shown as it is. */
  error?: string;
  now: number;
  onRefresh(): void;
}

/** How fresh the cached directory is, and what went wrong with the last refresh, in plain words. */
export function DirectoryStatus({ status, online, refreshing, error, now, onRefresh }: Props) {
  const importedAt = status?.importedAt;
  const stale = importedAt !== undefined && now - importedAt > STALE_AFTER_MS;
  return (
    <section class="directory-status" aria-label="Directory">
      <p class="directory-status__line">
        {importedAt === undefined
          ? refreshing
            ? 'Importing the directory…'
            : 'No directory yet.'
          : `${status?.serviceCount} services · updated ${formatRelativeTime(importedAt, now)}`}
        <button type="button" class="link-button" onClick={onRefresh} disabled={refreshing}>
          {refreshing ? 'Updating…' : 'Update now'}
        </button>
      </p>
      {!online && (
        <p class="notice notice--info" role="status">
          You are offline. Searching the directory saved on this computer.
        </p>
      )}
      {stale && (
        <p class="notice notice--warning">This directory is over a week old: check details with the service.</p>
      )}
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {status?.lastError && (
        <p class="notice notice--error" role="alert">
          {status.lastError} {keptText(importedAt)}
        </p>
      )}
    </section>
  );
}
