import { ownerIdentifier } from './compose-referral-transaction';
import { fhirFetch } from './fhir-fetch';
import { searchAllPages } from './follow-pages';
import type { TaskLike } from './task-status';

/** One referral on a link worker's caseload: their Task and what the referral asks (from its ServiceRequest). */
export interface CaseloadItem {
  task: TaskLike;
  nhsNumber: string;
  from: string;
  needs: string[];
  /** The ServiceRequest's notes: reason, services discussed, consent, how to make contact. */
  notes: string[];
}

type ServiceRequestLike = { reasonCode?: { text?: string }[]; note?: { text?: string }[] };

function base(endpoint: string): string {
  return endpoint.replace(/\/$/, '');
}

async function referralOf(endpoint: string, task: TaskLike, token: string | undefined): Promise<ServiceRequestLike> {
  const reference = (task.focus as { reference?: string } | undefined)?.reference;
  if (!reference || !/^ServiceRequest\/[^/]+$/.test(reference)) return {};
  const answer = await fhirFetch(`${base(endpoint)}/${reference}`, { method: 'GET', token });
  return answer.kind === 'ok' ? (answer.body as ServiceRequestLike) : {};
}

/**
 * The Tasks owned by any of `addresses` (the link worker's NHSmail and their service's), newest change first, each
 * with its referral's needs and notes. Throws the server's answer in plain words when it cannot be read.
 */
export async function fetchCaseload(endpoint: string, addresses: string[], token?: string): Promise<CaseloadItem[]> {
  const owners = addresses.map((a) => {
    const id = ownerIdentifier(a);
    return `${id.system}|${id.value}`;
  });
  const params = new URLSearchParams({ 'owner:identifier': owners.join(','), _count: '50' });
  const found = await searchAllPages(`${base(endpoint)}/Task?${params}`, token);
  if (!found.ok) throw new Error(found.answer.message);
  const tasks = (found.resources as TaskLike[]).reverse();
  return Promise.all(
    tasks.map(async (task) => {
      const referral = await referralOf(endpoint, task, token);
      const forRef = task.for as { identifier?: { value?: string } } | undefined;
      return {
        task,
        nhsNumber: forRef?.identifier?.value ?? '',
        from: (task.requester as { display?: string } | undefined)?.display ?? '',
        needs: (referral.reasonCode ?? []).map((c) => c.text ?? '').filter(Boolean),
        notes: (referral.note ?? []).map((n) => n.text ?? '').filter(Boolean),
      };
    }),
  );
}
