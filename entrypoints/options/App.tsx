import { FeedForm } from '@/components/directory/FeedForm';
import { SourcesSection } from '@/components/directory/SourcesSection';
import { UpdatesSection } from '@/components/directory/UpdatesSection';
import { ManagedNotice } from '@/components/settings/ManagedNotice';
import { SettingsSections } from '@/components/settings/SettingsSections';
import { WelcomeSection } from '@/components/settings/WelcomeSection';
import { lockedKeys } from '@/utils/config/managed';
import type { SettingKey } from '@/utils/config/setting-validators';
import { useManagedSettings } from '@/utils/config/use-managed-settings';
import { useDirectoryImport } from '@/utils/hooks/use-directory-import';
import { sendMessage } from '@/utils/messaging';
import { openSidePanel } from '@/utils/open-side-panel';

const SETTINGS_FILE_INPUT = 'settings-file';

export function App() {
  const flow = useDirectoryImport();
  // A policy or a settings file that brings feeds imports them straight away, as typing them here would.
  const importNewFeeds = (keys: SettingKey[]) => {
    if (keys.includes('feedUrl') || keys.includes('extraSources')) {
      void flow.run(() => sendMessage('refreshDirectory', { reason: 'settings' }));
    }
  };
  const managed = useManagedSettings(importNewFeeds);

  return (
    <main class="options">
      <h1>Signpost settings</h1>
      <p class={flow.message?.error ? 'notice notice--error' : 'notice'} role="status" hidden={!flow.message}>
        {flow.message?.text}
      </p>
      <ManagedNotice lockedCount={lockedKeys(managed.values).length} problems={managed.problems} />
      {flow.sourcesLoaded && flow.sources.length === 0 && (
        <WelcomeSection
          feedInputId="feed-url"
          filesInputId="directory-files"
          settingsInputId={SETTINGS_FILE_INPUT}
          onTryDemo={() => void flow.importDemo()}
        />
      )}
      <FeedForm managed={managed.values} busy={flow.busy} onImport={(url) => flow.importUrl(url, false)} />
      <SourcesSection flow={flow} />
      <UpdatesSection managed={managed.values} busy={flow.busy} onUpdateAll={() => void flow.updateAll()} />
      <section class="options__section">
        <h2>Panel</h2>
        <button class="button button--secondary" type="button" onClick={() => void openSidePanel()}>
          Open the Signpost panel
        </button>
      </section>
      <SettingsSections managed={managed.values} settingsInputId={SETTINGS_FILE_INPUT} onImported={importNewFeeds} />
    </main>
  );
}
