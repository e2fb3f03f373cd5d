import { useCallback, useEffect, useState } from 'preact/hooks';
import { caseload, fhirEndpoint } from '../config/storage-items';
import { caseloadAddresses } from '../config/validate-caseload';
import { type CaseloadItem, fetchCaseload } from '../fhir/caseload';
import { currentFhirToken } from '../fhir/fhir-auth';
import type { TaskChange } from '../fhir/task-change';
import { isTaskStatus, TASK_STATUS_LABELS } from '../fhir/task-status';
import { updateTask } from '../fhir/update-task';
import { useStoredValue } from './use-stored-value';

/** A link worker's caseload as the Caseload page shows it. */
export interface CaseloadState {
  endpoint: string | undefined;
  addresses: string[];
  items: CaseloadItem[] | undefined;
  error: string | undefined;
  reload(): Promise<void>;
  /** Saves a change to one Task; answers what happened in plain words, and whether it is a conflict. */
  change(taskId: string, change: TaskChange): Promise<{ ok: boolean; message: string }>;
}

export function useCaseload(): CaseloadState {
  const endpoint = useStoredValue(fhirEndpoint);
  const addressText = useStoredValue(caseload);
  const addresses = caseloadAddresses(addressText ?? '');
  const key = addresses.join(',');
  const [items, setItems] = useState<CaseloadItem[]>();
  const [error, setError] = useState<string>();

  const reload = useCallback(async () => {
    if (!endpoint || !key) return;
    try {
      setItems(await fetchCaseload(endpoint, key.split(','), await currentFhirToken()));
      setError(undefined);
    } catch (cause) {
      setError(`The caseload could not be read. ${cause instanceof Error ? cause.message : ''}`.trim());
    }
  }, [endpoint, key]);

  useEffect(() => {
    void reload();
  }, [reload]);

  async function change(taskId: string, taskChange: TaskChange): Promise<{ ok: boolean; message: string }> {
    const item = items?.find((i) => i.task.id === taskId);
    if (!endpoint || !item) return { ok: false, message: 'That referral is no longer on the caseload.' };
    const result = await updateTask(endpoint, item.task, taskChange, await currentFhirToken());
    if (result.kind === 'failed') return { ok: false, message: result.message };
    // Saved or not, the card now shows the server's current version, so the next change is made against it.
    const task = result.kind === 'saved' ? result.task : result.theirs;
    setItems((list) => list?.map((i) => (i.task.id === taskId ? { ...i, task } : i)));
    if (result.kind === 'conflict') return { ok: false, message: result.message };
    const label = isTaskStatus(task.status) ? TASK_STATUS_LABELS[task.status] : String(task.status);
    return { ok: true, message: `Saved: ${label}. The referring practice will see it.` };
  }

  return { endpoint, addresses, items, error, reload, change };
}
