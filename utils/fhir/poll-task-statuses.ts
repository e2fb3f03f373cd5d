import { applyServerStatus } from '../db/fhir-log';
import { trackedReferrals } from '../db/outbox';
import { currentFhirToken } from './fhir-auth';
import { fhirSyncState } from './fhir-sync-state';
import { searchAllPages } from './follow-pages';
import { isTaskStatus, logStatusFor, type TaskLike, taskOutcome } from './task-status';

/** What a check found, for the log's "last checked" line. */
export interface PollResult {
  ok: boolean;
  changed: number;
  message?: string;
}

/**
 * Asks the FHIR server for Tasks changed since the last check (`_lastUpdated`, every page) and brings this
 * practice's referrals in the log up to date: status, the link worker's outcome and its date. Only referrals this
 * browser sent are touched; the server's other Tasks are ignored.
 */
export async function pollTaskStatuses(endpoint: string, now = new Date(), fetchFn: typeof fetch = fetch) {
  const tracked = (await trackedReferrals(endpoint)).filter((e) => e.fhir?.state === 'sent');
  const state = await fhirSyncState.getValue();
  const previous = state?.endpoint === endpoint ? state : { endpoint };
  if (tracked.length === 0) return { ok: true, changed: 0 } satisfies PollResult;
  const byIdentifier = new Map(tracked.map((e) => [`urn:uuid:${e.id}`, e]));
  const oldest = tracked.map((e) => e.date).sort()[0] ?? now.toISOString().slice(0, 10);
  const params = new URLSearchParams({ _count: '50' });
  params.set('_lastUpdated', previous.since ? `gt${previous.since}` : `ge${oldest}`);
  const found = await searchAllPages(
    `${endpoint.replace(/\/$/, '')}/Task?${params}`,
    await currentFhirToken(),
    fetchFn,
  );
  if (!found.ok) {
    await fhirSyncState.setValue({ ...previous, error: found.answer.message });
    return { ok: false, changed: 0, message: found.answer.message } satisfies PollResult;
  }
  let changed = 0;
  let since = previous.since;
  for (const resource of found.resources as TaskLike[]) {
    const updated = resource.meta?.lastUpdated;
    if (updated && (!since || updated > since)) since = updated;
    const entry = resource.identifier?.map((i) => byIdentifier.get(i.value ?? '')).find(Boolean);
    if (!entry || !isTaskStatus(resource.status)) continue;
    const statusAt = resource.lastModified ?? updated ?? now.toISOString();
    const applied = await applyServerStatus(entry.id, logStatusFor(resource.status), taskOutcome(resource), {
      ...(resource.id ? { taskId: resource.id } : {}),
      ...(resource.meta?.versionId ? { taskVersion: resource.meta.versionId } : {}),
      taskStatus: resource.status,
      statusAt,
      checkedAt: now.toISOString(),
    });
    if (applied) changed += 1;
  }
  await fhirSyncState.setValue({ endpoint, ...(since ? { since } : {}), checkedAt: now.toISOString() });
  return { ok: true, changed } satisfies PollResult;
}
