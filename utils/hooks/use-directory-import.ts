import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { outcomeText } from '../config/directory-text';
import type { DirectorySource } from '../config/setting-types';
import { feedUrl } from '../config/storage-items';
import { checkFeedUrl } from '../directory/check-feed-url';
import type { ImportOutcome } from '../directory/import-directory';
import { listSources } from '../directory/sources';
import { readChosenFiles } from '../files/read-chosen-files';
import { sendMessage } from '../messaging';

const CANNOT_START = 'Signpost could not start the import. Close this page, open it again and retry.';

/** The settings page's directory work: the sources, and importing, updating and removing them. */
export interface DirectoryImport {
  sources: DirectorySource[];
  /** False until the sources are first read: the welcome is shown only once there are known to be none. */
  sourcesLoaded: boolean;
  /** The last action's outcome in plain words, or its progress. */
  message: { text: string; error: boolean } | undefined;
  busy: boolean;
  /** Imports a feed address as the main feed or an extra source; answers false when the address is refused. */
  importUrl(address: string, addSource: boolean): boolean;
  importFiles(input: HTMLInputElement): Promise<void>;
  importDemo(): Promise<void>;
  updateAll(): Promise<void>;
  remove(source: DirectorySource): Promise<void>;
  /** Runs a directory action the background answers with an import outcome, showing its progress and result. */
  run(action: () => Promise<ImportOutcome>, busyText?: string): Promise<void>;
}

export function useDirectoryImport(): DirectoryImport {
  const [sources, setSources] = useState<DirectorySource[]>([]);
  const [sourcesLoaded, setSourcesLoaded] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const reload = () =>
      void listSources().then((list) => {
        setSources(list);
        setSourcesLoaded(true);
      });
    reload();
    // A new main feed (saved by the background once its import succeeded, or by a policy) changes the list.
    return feedUrl.watch(reload);
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

  function importUrl(address: string, addSource: boolean): boolean {
    const problem = checkFeedUrl(address);
    if (problem) {
      setMessage({ text: problem, error: true });
      return false;
    }
    // The background saves the address only if its import succeeds; the directory in use stays otherwise.
    void run(() => sendMessage('refreshDirectory', { reason: 'settings', url: address.trim(), addSource }));
    return true;
  }

  async function importFiles(input: HTMLInputElement): Promise<void> {
    const files = await readChosenFiles(input);
    if (files.length > 0) await run(() => sendMessage('importDirectoryFiles', { files }));
  }

  function importDemo(): Promise<void> {
    return run(async () => {
      // Bundled with the extension: works offline, and nothing is fetched from outside.
      const text = await (await fetch(browser.runtime.getURL('/demo/demo-directory.csv'))).text();
      return sendMessage('importDirectoryFiles', { files: [{ name: 'Demo directory (fictional).csv', text }] });
    });
  }

  function updateAll(): Promise<void> {
    return run(() => sendMessage('refreshDirectory', { reason: 'user', force: true }), 'Updating…');
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

  return { sources, sourcesLoaded, message, busy, importUrl, importFiles, importDemo, updateAll, remove, run };
}
