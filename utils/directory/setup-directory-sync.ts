import { browser } from 'wxt/browser';
import { db } from '../db/db';
import { getSourceStatus } from '../db/queries';
import { onMessage } from '../messaging';
import { feedUrl, MAIN_SOURCE_ID } from '../settings';
import { type ImportOutcome, importDirectory } from './import-directory';

const REFRESH_ALARM = 'refresh-directory';
const REFRESH_MINUTES = 24 * 60;

let inFlight: Promise<ImportOutcome> | undefined;

/** Imports the configured feed; a second call while one runs shares its outcome instead of racing it. */
export function refreshDirectory(): Promise<ImportOutcome> {
  inFlight ??= (async () => {
    const url = await feedUrl.getValue();
    if (!url) return { ok: false, error: 'No directory feed is set. Add its address in Signpost settings.' } as const;
    return importDirectory(MAIN_SOURCE_ID, url, db);
  })().finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

async function importIfNeverImported(): Promise<void> {
  const status = await getSourceStatus(MAIN_SOURCE_ID);
  if (!status?.importedAt) await refreshDirectory();
}

/** Background wiring: import on first run, refresh daily, and import on request (settings, side panel). */
export function setupDirectorySync(): void {
  onMessage('refreshDirectory', () => refreshDirectory());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refreshDirectory();
  });
  void browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES });
  void importIfNeverImported();
}
