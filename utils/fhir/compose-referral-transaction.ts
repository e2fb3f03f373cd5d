import { composeFhirServiceRequest } from '../referral/compose-fhir-service-request';
import type { FhirResource } from '../referral/fhir-participants';
import type { ReferralDraft } from '../referral/referral';
import { REFERRAL_CODES } from '../referral/referral-codes';

/** Identifiers Signpost mints are URNs (`urn:uuid:…`), the FHIR way to say "a URI that is its own system". */
export const URI_SYSTEM = 'urn:ietf:rfc:3986';

/** A resource to create: no id, since the server assigns one. */
export type FhirBody = { resourceType: string; [element: string]: unknown };

/** A FHIR R4 transaction Bundle: every entry says how to write it. */
export interface FhirTransaction {
  resourceType: 'Bundle';
  type: 'transaction';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirBody; request: { method: 'POST'; url: string; ifNoneExist: string } }[];
}

/** The identifier a Task or ServiceRequest carries for the referral `referralId` (the log entry's id). */
export function referralIdentifier(referralId: string): { system: string; value: string } {
  return { system: URI_SYSTEM, value: `urn:uuid:${referralId}` };
}

/** Who a Task is for: the link worker's NHSmail address, which their Caseload view searches by. */
export function ownerIdentifier(email: string): { system: string; value: string } {
  return { system: URI_SYSTEM, value: `mailto:${email.trim().toLowerCase()}` };
}

/**
 * The identifier a conditional create matches on: the referral's own for the ServiceRequest and Task, the NHS
 * number for the Patient (who may already be on the server), and for the others a URN minted once at composition
 * (their fullUrl), so only a retry of this very Bundle finds them.
 */
function conditionFor(resource: FhirBody, fullUrl: string, referralId: string): { system: string; value: string } {
  if (resource.resourceType === 'ServiceRequest' || resource.resourceType === 'Task') {
    return referralIdentifier(referralId);
  }
  const nhs = (resource.identifier as { system: string; value: string }[] | undefined)?.[0];
  if (resource.resourceType === 'Patient' && nhs) return nhs;
  return { system: URI_SYSTEM, value: fullUrl };
}

function task(referralId: string, d: ReferralDraft, sr: FhirResource, refs: Record<string, string | undefined>) {
  const nhsNumber = d.patient.nhsNumber.replace(/\D/g, '');
  const email = d.linkWorker.email?.trim();
  return {
    resourceType: 'Task',
    identifier: [referralIdentifier(referralId)],
    basedOn: [{ reference: refs.serviceRequest }],
    status: 'requested',
    intent: 'order',
    priority: sr.priority,
    code: { coding: [{ system: 'http://hl7.org/fhir/CodeSystem/task-code', code: 'fulfill' }] },
    description: REFERRAL_CODES.referral.display,
    focus: { reference: refs.serviceRequest },
    // The NHS number travels as an identifier so a link worker's caseload lists it without reading the Patient.
    for: { reference: refs.patient, identifier: { system: REFERRAL_CODES.nhsNumberSystem, value: nhsNumber } },
    authoredOn: d.createdAt,
    lastModified: d.createdAt,
    requester: { reference: refs.requester, display: d.referrer.name.trim() || d.referrer.practice.trim() },
    owner: {
      ...(refs.performer ? { reference: refs.performer } : {}),
      ...(email ? { identifier: ownerIdentifier(email) } : {}),
      display: d.linkWorker.name.trim() || d.linkWorker.organisation?.trim() || 'Social prescribing service',
    },
  };
}

/**
 * The referral for a FHIR server, as one transaction: the UK Core ServiceRequest and its participants (as in the
 * downloaded Bundle) plus a BaRS-style Task (status requested, intent order, focus and basedOn the ServiceRequest,
 * owner the link worker, for the patient by NHS number) that the link worker updates as the referral moves on.
 * Every entry is a conditional create on an identifier fixed at composition, so sending the same Bundle again,
 * after a timeout or from the outbox, finds what the first send made instead of making a second referral.
 */
export function composeReferralTransaction(
  referralId: string,
  d: ReferralDraft,
  idFn: () => string = () => globalThis.crypto.randomUUID(),
): FhirTransaction {
  const collection = composeFhirServiceRequest(d, idFn);
  const [main, ...participants] = collection.entry;
  if (main?.resource.resourceType !== 'ServiceRequest') throw new Error('Only a referral is sent to FHIR.');
  const serviceRequest = { ...main.resource, identifier: [referralIdentifier(referralId)] };
  const find = (type: string, index = 0) =>
    participants.filter((e) => e.resource.resourceType === type)[index]?.fullUrl;
  const refs = {
    serviceRequest: main.fullUrl,
    patient: find('Patient'),
    requester: find('PractitionerRole'),
    performer: find('PractitionerRole', 1),
  };
  const taskEntry = { fullUrl: `urn:uuid:${idFn()}`, resource: task(referralId, d, serviceRequest, refs) };
  const all: { fullUrl: string; resource: FhirBody }[] = [
    { ...main, resource: serviceRequest },
    taskEntry,
    ...participants,
  ];
  const entries = all.map((e) => {
    // The server assigns ids on POST; the fullUrl is what other entries refer to.
    const { id: _assignedByServer, ...resource } = e.resource;
    const condition = conditionFor(resource, e.fullUrl, referralId);
    const withUrn =
      condition.value === e.fullUrl
        ? { ...resource, identifier: [...((resource.identifier as unknown[] | undefined) ?? []), condition] }
        : resource;
    return {
      fullUrl: e.fullUrl,
      resource: withUrn,
      request: {
        method: 'POST' as const,
        url: resource.resourceType,
        ifNoneExist: `identifier=${condition.system}|${condition.value}`,
      },
    };
  });
  return { resourceType: 'Bundle', type: 'transaction', timestamp: d.createdAt, entry: entries };
}
