import { browser } from 'wxt/browser';
import { db } from '../db/db';
import { getSourceStatus } from '../db/queries';
import { onMessage } from '../messaging';
import { feedUrl, MAIN_SOURCE_ID } from '../settings';
import { type ImportOutcome, importDirectory } from './import-directory';

const REFRESH_ALARM = 'refresh-directory';
const REFRESH_MINUTES = 24 * 60;

// Imports run one after another: two overlapping swaps of the same source would race.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Imports a feed. Without `url`, the saved feed is refreshed. With `url` (a new address from the settings page), the
 * address is saved only once its import has succeeded, so a mistyped address never replaces a working one.
 */
export function refreshDirectory(url?: string): Promise<ImportOutcome> {
  const run = async (): Promise<ImportOutcome> => {
    const target = url ?? (await feedUrl.getValue());
    if (!target) return { ok: false, error: 'No directory feed is set. Add its address in Signpost settings.' };
    const outcome = await importDirectory(MAIN_SOURCE_ID, target, db);
    if (outcome.ok && url) await feedUrl.setValue(url);
    return outcome;
  };
  const next = queue.then(run, run);
  queue = next;
  return next;
}

async function importIfNeverImported(): Promise<void> {
  const status = await getSourceStatus(MAIN_SOURCE_ID);
  if (!status?.importedAt) await refreshDirectory();
}

/**
 * Background wiring: import when the browser starts or the extension is installed and there is no directory yet,
 * refresh daily, and import on request (settings, side panel). The service worker wakes for every message, so
 * nothing here may run per wake-up: re-creating the alarm would restart its 24-hour countdown each time.
 */
export function setupDirectorySync(): void {
  onMessage('refreshDirectory', ({ data }) => refreshDirectory(data.url));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refreshDirectory();
  });
  browser.runtime.onInstalled.addListener(() => void importIfNeverImported());
  browser.runtime.onStartup.addListener(() => void importIfNeverImported());
  void ensureRefreshAlarm();
}

/** Creates the daily refresh alarm unless it exists: re-creating it would restart its countdown. */
export async function ensureRefreshAlarm(): Promise<void> {
  if (!(await browser.alarms.get(REFRESH_ALARM))) {
    await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES });
  }
}
