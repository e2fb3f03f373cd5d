import type { DirectorySource } from '@/utils/config/setting-types';
import type { SourceStatus } from '@/utils/db/schema';
import { keptText } from '@/utils/format/kept-text';
import { formatRelativeTime } from '@/utils/format/relative-time';
import { ImportReportView } from './ImportReportView';

interface Props {
  sources: DirectorySource[];
  statuses: SourceStatus[];
  now: number;
  busy: boolean;
  onRemove(source: DirectorySource): void;
}

/** Every directory source with its state: services, last update, last failure, import report. */
export function SourceList({ sources, statuses, now, busy, onRemove }: Props) {
  if (sources.length === 0) return <p>No directory yet.</p>;
  return (
    <ul class="sources" aria-label="Directory sources">
      {sources.map((source) => {
        const status = statuses.find((s) => s.id === source.id);
        const checked = status?.checkedAt ?? status?.importedAt;
        return (
          <li key={source.id} class="sources__item">
            <p class="sources__name">
              <strong>{source.name}</strong> {source.kind === 'file' ? '(file)' : <code>{source.url}</code>}
            </p>
            <p>
              {status?.importedAt
                ? `${status.serviceCount} services · checked ${formatRelativeTime(checked ?? 0, now)}`
                : 'Not imported yet.'}
            </p>
            {status?.lastError && (
              <p class="notice notice--error">
                {status.lastError} {keptText(status.importedAt)}
              </p>
            )}
            {status?.report && <ImportReportView report={status.report} />}
            {source.id !== 'feed' && (
              <button type="button" class="link-button" disabled={busy} onClick={() => onRemove(source)}>
                Remove<span class="visually-hidden"> {source.name}</span>
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
