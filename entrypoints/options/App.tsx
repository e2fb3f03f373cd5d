import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SourceList } from '@/components/SourceList';
import { ManagedNotice } from '@/components/settings/ManagedNotice';
import { SettingsSections } from '@/components/settings/SettingsSections';
import { WelcomeSection } from '@/components/settings/WelcomeSection';
import { hoursText, outcomeText } from '@/utils/config/directory-text';
import { lockedKeys } from '@/utils/config/managed';
import type { DirectorySource } from '@/utils/config/setting-types';
import type { SettingKey } from '@/utils/config/setting-validators';
import { feedUrl, refreshHours } from '@/utils/config/storage-items';
import { useManagedSettings } from '@/utils/config/use-managed-settings';
import { checkFeedUrl } from '@/utils/directory/check-feed-url';
import type { ImportOutcome } from '@/utils/directory/import-directory';
import { listSources, REFRESH_CHOICES } from '@/utils/directory/sources';
import { useDirectory } from '@/utils/hooks/use-directory';
import { useNow } from '@/utils/hooks/use-now';
import { sendMessage } from '@/utils/messaging';
import { openSidePanel } from '@/utils/open-side-panel';

const CANNOT_START = 'Signpost could not start the import. Close this page, open it again and retry.';
const SETTINGS_FILE_INPUT = 'settings-file';
const LOCKED_NOTE = 'Set by your organisation.';

export function App() {
  const [url, setUrl] = useState('');
  const [extraUrl, setExtraUrl] = useState('');
  const [hours, setHours] = useState(24);
  const [sources, setSources] = useState<DirectorySource[]>([]);
  const [sourcesLoaded, setSourcesLoaded] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [busy, setBusy] = useState(false);
  const directory = useDirectory();
  const now = useNow();
  // A policy or a settings file that brings feeds imports them straight away, as typing them here would.
  const importNewFeeds = (keys: SettingKey[]) => {
    if (keys.includes('feedUrl') || keys.includes('extraSources')) {
      void run(() => sendMessage('refreshDirectory', { reason: 'settings' }));
    }
  };
  const managed = useManagedSettings(importNewFeeds);
  const feedLocked = managed.values.feedUrl !== undefined;
  const hoursLocked = managed.values.refreshHours !== undefined;

  useEffect(() => {
    void feedUrl.getValue().then(setUrl);
    void refreshHours.getValue().then(setHours);
    const reload = () =>
      void listSources().then((list) => {
        setSources(list);
        setSourcesLoaded(true);
      });
    reload();
    const stop = [
      feedUrl.watch((value) => {
        setUrl(value);
        reload();
      }),
      refreshHours.watch((value) => setHours(value)),
    ];
    return () => {
      for (const unwatch of stop) unwatch();
    };
  }, []);

  async function run(action: () => Promise<ImportOutcome>, busyText = 'Importing the directory…'): Promise<void> {
    setBusy(true);
    setMessage({ text: busyText, error: false });
    try {
      const outcome = await action();
      setMessage({ text: outcomeText(outcome), error: !outcome.ok });
    } catch {
      setMessage({ text: CANNOT_START, error: true });
    } finally {
      setBusy(false);
      setSources(await listSources());
    }
  }

  function importUrl(event: Event, address: string, addSource: boolean): void {
    event.preventDefault();
    const problem = checkFeedUrl(address);
    if (problem) {
      setMessage({ text: problem, error: true });
      return;
    }
    // The background saves the address only if its import succeeds; the directory in use stays otherwise.
    void run(() => sendMessage('refreshDirectory', { reason: 'settings', url: address.trim(), addSource }));
    if (addSource) setExtraUrl('');
  }

  async function importFiles(input: HTMLInputElement): Promise<void> {
    const chosen = Array.from(input.files ?? []);
    if (chosen.length === 0) return;
    const files = await Promise.all(chosen.map(async (file) => ({ name: file.name, text: await file.text() })));
    input.value = '';
    await run(() => sendMessage('importDirectoryFiles', { files }));
  }

  async function remove(source: DirectorySource): Promise<void> {
    setBusy(true);
    try {
      await sendMessage('removeDirectorySource', { sourceId: source.id });
      setMessage({ text: `Removed ${source.name}.`, error: false });
    } catch {
      setMessage({ text: CANNOT_START, error: true });
    } finally {
      setBusy(false);
      setSources(await listSources());
    }
  }

  return (
    <main class="options">
      <h1>Signpost settings</h1>
      <p class={message?.error ? 'notice notice--error' : 'notice'} role="status" hidden={!message}>
        {message?.text}
      </p>
      <ManagedNotice lockedCount={lockedKeys(managed.values).length} problems={managed.problems} />
      {sourcesLoaded && sources.length === 0 && (
        <WelcomeSection
          feedInputId="feed-url"
          filesInputId="directory-files"
          settingsInputId={SETTINGS_FILE_INPUT}
          onTryDemo={() =>
            void run(async () => {
              // Bundled with the extension: works offline, and nothing is fetched from outside.
              const text = await (await fetch(browser.runtime.getURL('/demo/demo-directory.csv'))).text();
              return sendMessage('importDirectoryFiles', { files: [{ name: 'Demo directory (fictional).csv', text }] });
            })
          }
        />
      )}
      <form class="options__section" onSubmit={(event) => importUrl(event, url, false)}>
        <h2>Directory</h2>
        {feedLocked && <p class="notice">{LOCKED_NOTE} The main feed address cannot be changed here.</p>}
        <label class="field__label" for="feed-url">
          Directory feed address
        </label>
        <p class="field__hint" id="feed-url-hint">
          An Open Referral UK feed: a JSON list of services, a paged API such as https://example.org/api/services, or a
          CSV. The address is kept only if its import succeeds.
        </p>
        <input
          id="feed-url"
          class="field__input"
          type="url"
          aria-describedby="feed-url-hint"
          value={url}
          readOnly={feedLocked}
          onInput={(event) => setUrl(event.currentTarget.value)}
        />
        <button class="button" type="submit" disabled={busy || feedLocked}>
          Save and import
        </button>
      </form>
      <section class="options__section">
        <h2>Sources</h2>
        <SourceList
          sources={sources}
          statuses={directory.sources ?? []}
          now={now}
          busy={busy}
          onRemove={(source) => void remove(source)}
        />
        <form onSubmit={(event) => importUrl(event, extraUrl, true)}>
          <label class="field__label" for="extra-url">
            Another feed address
          </label>
          <input
            id="extra-url"
            class="field__input"
            type="url"
            value={extraUrl}
            onInput={(event) => setExtraUrl(event.currentTarget.value)}
          />
          <button class="button button--secondary" type="submit" disabled={busy}>
            Add feed
          </button>
        </form>
        <label class="field__label" for="directory-files">
          Import directory files
        </label>
        <p class="field__hint" id="directory-files-hint">
          An Open Referral JSON file, the CSV files of an HSDS export (choose them all, with services.csv), or your
          practice's own spreadsheet saved as CSV.
        </p>
        <input
          id="directory-files"
          type="file"
          multiple
          accept=".json,.csv,application/json,text/csv"
          aria-describedby="directory-files-hint"
          disabled={busy}
          onChange={(event) => void importFiles(event.currentTarget)}
        />
      </section>
      <section class="options__section">
        <h2>Updates</h2>
        {hoursLocked && <p class="notice">{LOCKED_NOTE} How often feeds are checked cannot be changed here.</p>}
        <label class="field__label" for="refresh-hours">
          Check feeds for updates
        </label>
        <select
          id="refresh-hours"
          value={hours}
          disabled={hoursLocked}
          onChange={(event) => {
            const next = Number(event.currentTarget.value);
            setHours(next);
            void refreshHours.setValue(next);
          }}
        >
          {REFRESH_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {hoursText(choice)}
            </option>
          ))}
        </select>
        <button
          type="button"
          class="button button--secondary"
          disabled={busy}
          onClick={() => void run(() => sendMessage('refreshDirectory', { reason: 'user', force: true }), 'Updating…')}
        >
          Update all now
        </button>
      </section>
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
