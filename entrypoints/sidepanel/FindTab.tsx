import { browser } from 'wxt/browser';
import { DirectoryStatus } from '@/components/DirectoryStatus';
import type { Service } from '@/utils/directory/service';
import { useDirectory } from '@/utils/hooks/use-directory';
import { useNow } from '@/utils/hooks/use-now';
import { useOnline } from '@/utils/hooks/use-online';
import { FindView } from './FindView';

interface Props {
  onRefer(service: Service): void;
  onShare(service: Service): void;
}

/** The Find tab: the directory's state, then the search, or a pointer to Settings while the directory is empty. */
export function FindTab({ onRefer, onShare }: Props) {
  const directory = useDirectory();
  const online = useOnline();
  const now = useNow();
  const initialQuery = new URLSearchParams(location.search).get('q') ?? '';
  return (
    <>
      <DirectoryStatus
        status={directory.status}
        online={online}
        refreshing={directory.refreshing}
        error={directory.error}
        now={now}
        onRefresh={() => void directory.refresh()}
      />
      {directory.sources !== undefined && (directory.status?.serviceCount ?? 0) === 0 ? (
        <p class="empty">
          The directory is empty. Add a directory feed in{' '}
          <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
            Settings
          </button>
          .
        </p>
      ) : (
        <FindView
          directorySize={directory.sources ? (directory.status?.serviceCount ?? 0) : undefined}
          onRefer={onRefer}
          onShare={onShare}
          initialQuery={initialQuery}
        />
      )}
    </>
  );
}
