import { browser } from 'wxt/browser';
import type { DirectorySource } from '../config/setting-types';
import { extraSources, feedUrl, refreshHours } from '../config/storage-items';
import { countDetailTasks, getSourceStatus, rebuildSearchIndex, removeSource } from '../db/queries';
import { dropUnfinishedGenerations } from '../db/stage-generation';
import { onMessage } from '../messaging';
import { fetchDetailBatch } from './fetch-details';
import { type ImportOutcome, importFeedFiles, importDirectory as importHere } from './import-directory';
import { offscreenNormaliser } from './normalise-elsewhere';
import { listSources, MAIN_SOURCE_ID } from './sources';

const REFRESH_ALARM = 'refresh-directory';
/** Detail records merged between search-index rebuilds, so new locations and times reach the filters. */
const REINDEX_EVERY = 600;

// Imports and detail batches run one after another: two overlapping swaps of the same source would race.
let queue: Promise<unknown> = Promise.resolve();
function enqueue<T>(run: () => Promise<T>): Promise<T> {
  const next = queue.then(run, run);
  queue = next;
  return next;
}

/** Imports a feed, normalising it beside the background where the browser allows (Chrome's offscreen document). */
const importDirectory = (sourceId: string, url: string, db: undefined, options: { force: boolean }) =>
  importHere(sourceId, url, db, { ...options, normalise: offscreenNormaliser() });

/** One outcome for several sources: the first failure, or the sum of the successes. */
function combine(outcomes: ImportOutcome[]): ImportOutcome {
  const failure = outcomes.find((outcome) => !outcome.ok);
  if (failure) return failure;
  return outcomes.reduce<ImportOutcome>(
    (sum, outcome) =>
      sum.ok && outcome.ok
        ? {
            ok: true,
            unchanged: sum.unchanged && outcome.unchanged,
            serviceCount: sum.serviceCount + outcome.serviceCount,
            rejected: sum.rejected.concat(outcome.rejected),
          }
        : sum,
    { ok: true, unchanged: true, serviceCount: 0, rejected: [] },
  );
}

function newSourceId(): string {
  return `src-${crypto.randomUUID().slice(0, 8)}`;
}

async function refreshSource(source: DirectorySource, force: boolean): Promise<ImportOutcome> {
  if (source.kind !== 'url' || !source.url) {
    const status = await getSourceStatus(source.id);
    return { ok: true, unchanged: true, serviceCount: status?.serviceCount ?? 0, rejected: status?.rejected ?? [] };
  }
  return importDirectory(source.id, source.url, undefined, { force });
}

/**
 * Refreshes every feed. With `url`, imports that address as the main feed (or as a new extra source with
 * `addSource`); the address is saved only once its import has succeeded, so a mistyped address never replaces a
 * working one.
 */
export function refreshDirectory(
  options: { url?: string; addSource?: boolean; force?: boolean } = {},
): Promise<ImportOutcome> {
  return enqueue(async (): Promise<ImportOutcome> => {
    const { url, addSource = false, force = false } = options;
    if (url && addSource) {
      const id = newSourceId();
      const outcome = await importDirectory(id, url, undefined, { force: true });
      if (outcome.ok) {
        const name = new URL(url).host;
        await extraSources.setValue([...(await extraSources.getValue()), { id, name, kind: 'url', url }]);
      } else {
        await removeSource(id);
      }
      return outcome;
    }
    if (url) {
      const outcome = await importDirectory(MAIN_SOURCE_ID, url, undefined, { force: true });
      if (outcome.ok) await feedUrl.setValue(url);
      return outcome;
    }
    const sources = await listSources();
    if (sources.length === 0) {
      return { ok: false, error: 'No directory is set. Add a feed address or import a file in Signpost settings.' };
    }
    const outcomes: ImportOutcome[] = [];
    for (const source of sources) outcomes.push(await refreshSource(source, force));
    return combine(outcomes);
  }).finally(() => void fetchQueuedDetails());
}

/** Imports files the user chose as a source: a new one, or `sourceId` again (its notes stay attached). */
export function importDirectoryFiles(data: {
  sourceId?: string;
  files: { name: string; text: string }[];
}): Promise<ImportOutcome> {
  return enqueue(async (): Promise<ImportOutcome> => {
    const id = data.sourceId ?? newSourceId();
    const outcome = await importFeedFiles(id, data.files);
    const sources = await extraSources.getValue();
    if (outcome.ok && !sources.some((source) => source.id === id)) {
      const name = data.files.map((file) => file.name).join(', ');
      await extraSources.setValue([...sources, { id, name, kind: 'file' }]);
    }
    if (!outcome.ok && !data.sourceId) await removeSource(id);
    return outcome;
  });
}

/** Removes an extra source and its services. */
export function removeDirectorySource(sourceId: string): Promise<void> {
  return enqueue(async () => {
    await extraSources.setValue((await extraSources.getValue()).filter((source) => source.id !== sourceId));
    await removeSource(sourceId);
  });
}

let fetchingDetails = false;
/**
 * Works through the queue of thin records' detail fetches, a batch at a time, between imports. The queue is in
 * IndexedDB, so after a restart this carries on where it stopped.
 */
export async function fetchQueuedDetails(): Promise<void> {
  if (fetchingDetails) return;
  fetchingDetails = true;
  try {
    let sinceIndex = 0;
    while ((await countDetailTasks()) > 0) {
      const result = await enqueue(() => fetchDetailBatch());
      sinceIndex += result.merged;
      if (sinceIndex >= REINDEX_EVERY || result.remaining === 0) {
        await enqueue(() => rebuildSearchIndex());
        sinceIndex = 0;
      }
      // Nothing got through (offline, feed down): try again on the next wake-up rather than spin.
      if (result.merged === 0) break;
      // An extension API call keeps Chrome's service worker awake through a long run of fetches.
      await browser.runtime.getPlatformInfo();
    }
    if (sinceIndex > 0) await enqueue(() => rebuildSearchIndex());
  } catch {
    // Detail records only add to services already in use; the queue stays for the next wake-up.
  } finally {
    fetchingDetails = false;
  }
}

async function importIfNeverImported(): Promise<void> {
  const status = await getSourceStatus(MAIN_SOURCE_ID);
  if (!status?.importedAt && (await feedUrl.getValue())) await refreshDirectory();
}

/**
 * Background wiring: import when the browser starts or the extension is installed and there is no directory yet,
 * refresh on the schedule, import on request (settings, side panel), and finish any detail fetching left over.
 * The service worker wakes for every message, so nothing here may reset the alarm on each wake-up: re-creating
 * it would restart its countdown each time.
 */
export function setupDirectorySync(): void {
  // First of all: a browser closed mid-import left a staged generation; nothing else is running yet to need it.
  void enqueue(() => dropUnfinishedGenerations()).catch(() => undefined);
  onMessage('refreshDirectory', ({ data }) => refreshDirectory(data));
  onMessage('importDirectoryFiles', ({ data }) => importDirectoryFiles(data));
  onMessage('removeDirectorySource', ({ data }) => removeDirectorySource(data.sourceId));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refreshDirectory();
  });
  browser.runtime.onInstalled.addListener(() => void importIfNeverImported());
  browser.runtime.onStartup.addListener(() => void importIfNeverImported());
  refreshHours.watch((hours) => void ensureRefreshAlarm(hours, true));
  void refreshHours.getValue().then((hours) => ensureRefreshAlarm(hours));
  void fetchQueuedDetails();
}

/**
 * Creates the refresh alarm unless it exists with the same period: re-creating it would restart its countdown.
 * `changed` re-creates it after the user picks a new schedule.
 */
export async function ensureRefreshAlarm(hours = 24, changed = false): Promise<void> {
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (existing && existing.periodInMinutes === hours * 60 && !changed) return;
  await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: hours * 60 });
}
