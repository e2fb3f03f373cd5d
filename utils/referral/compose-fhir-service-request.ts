import { composeFhirParticipants, type FhirEntry, type FhirResource } from './fhir-participants';
import type { ReferralDraft, Urgency } from './referral';
import { REFERRAL_CODES } from './referral-codes';
import { organisationAfterName } from './referral-facts';
import { REFERRAL_LABELS, yesNo } from './referral-labels';

/** A FHIR R4 Bundle of type `collection`: the request (or declined record) first, then who it is about and by. */
export interface FhirReferralBundle {
  resourceType: 'Bundle';
  id: string;
  type: 'collection';
  timestamp: string;
  entry: FhirEntry[];
}

/** FHIR request-priority runs routine < urgent < asap < stat; "urgent" here means within 2 working days, not stat. */
const PRIORITY: Record<Urgency, 'routine' | 'urgent' | 'asap'> = { routine: 'routine', soon: 'urgent', urgent: 'asap' };

function snomed(concept: { code: string; display: string }) {
  return {
    coding: [{ system: REFERRAL_CODES.snomed, code: concept.code, display: concept.display }],
    text: concept.display,
  };
}

function serviceLine(s: ReferralDraft['services'][number]): string {
  const contact = [s.phone, s.website].filter(Boolean).join(', ');
  const organisation = organisationAfterName(s.name, s.organisation);
  return `${s.name}${organisation ? ` (${organisation})` : ''}${contact ? `: ${contact}` : ''}`;
}

/** Annotations for what UK Core has no coded home for yet: the reason in words, services, consent, contact. */
function notes(d: ReferralDraft): { text: string }[] {
  const list: string[] = [];
  if (d.reason.trim()) list.push(`${d.declined ? 'Discussed' : 'Reason for referral'}: ${d.reason.trim()}`);
  // A ServiceRequest carries needs in reasonCode; an Observation has no such element.
  if (d.declined && d.needs.length > 0) list.push(`Needs discussed: ${d.needs.map((n) => n.label).join('; ')}`);
  if (d.services.length > 0) list.push(`Services discussed: ${d.services.map(serviceLine).join('; ')}`);
  if (!d.declined) {
    const contact = d.consent.contact.map((c) => REFERRAL_LABELS.contact[c]).join(', ');
    list.push(
      `Consent to referral: ${yesNo(d.consent.referral)}. ` +
        `Consent to share information with the link worker: ${yesNo(d.consent.sharing)}.`,
    );
    const bestTimes = d.consent.bestTimes?.trim();
    if (contact) list.push(`Contact by: ${contact}${bestTimes ? `. Best times: ${bestTimes}` : ''}`);
  }
  return list.map((text) => ({ text }));
}

/** FHIR forbids empty arrays, so no notes means no `note` element at all. */
function noteElement(d: ReferralDraft): { note?: { text: string }[] } {
  const list = notes(d);
  return list.length > 0 ? { note: list } : {};
}

function serviceRequest(id: string, d: ReferralDraft, refs: ReturnType<typeof composeFhirParticipants>): FhirResource {
  return {
    resourceType: 'ServiceRequest',
    id,
    meta: { profile: [REFERRAL_CODES.profile.serviceRequest] },
    identifier: [{ system: 'urn:ietf:rfc:3986', value: `urn:uuid:${id}` }],
    status: 'active',
    intent: 'order',
    category: [snomed(REFERRAL_CODES.patientReferral)],
    priority: PRIORITY[d.urgency],
    code: snomed(REFERRAL_CODES.referral),
    subject: { reference: refs.patient, display: d.patient.name.trim() },
    authoredOn: d.createdAt,
    requester: { reference: refs.requester, display: d.referrer.name.trim() },
    ...(refs.performer ? { performer: [{ reference: refs.performer, display: d.linkWorker.name.trim() }] } : {}),
    ...(d.needs.length > 0 ? { reasonCode: d.needs.map((need) => ({ text: need.label })) } : {}),
    ...noteElement(d),
  };
}

/**
 * A declined offer was never a request, so it is not a ServiceRequest (`revoked` would say an order existed and was
 * withdrawn). It is recorded the way the practice codes it: an Observation of 871711000000103 |Social prescribing
 * declined|.
 */
function declinedObservation(
  id: string,
  d: ReferralDraft,
  refs: ReturnType<typeof composeFhirParticipants>,
): FhirResource {
  return {
    resourceType: 'Observation',
    id,
    meta: { profile: [REFERRAL_CODES.profile.observation] },
    status: 'final',
    code: snomed(REFERRAL_CODES.declined),
    subject: { reference: refs.patient, display: d.patient.name.trim() },
    effectiveDateTime: d.createdAt,
    performer: [{ reference: refs.requester, display: d.referrer.name.trim() }],
    ...noteElement(d),
  };
}

/**
 * The referral as a FHIR R4 Bundle (`collection`) for systems that take FHIR: a UK Core ServiceRequest coded
 * 871731000000106 |Referral to social prescribing service| with the Patient (NHS number), referrer and link worker
 * as bundled resources referenced by `urn:uuid:`. A declined referral gives an Observation instead (see above).
 * `idFn` must return UUIDs, since they form `urn:uuid:` references; tests pass a counter.
 */
export function composeFhirServiceRequest(
  d: ReferralDraft,
  idFn: () => string = () => globalThis.crypto.randomUUID(),
): FhirReferralBundle {
  const bundleId = idFn();
  const mainId = idFn();
  const refs = composeFhirParticipants(d, idFn);
  const main = d.declined ? declinedObservation(mainId, d, refs) : serviceRequest(mainId, d, refs);
  return {
    resourceType: 'Bundle',
    id: bundleId,
    type: 'collection',
    timestamp: d.createdAt,
    entry: [{ fullUrl: `urn:uuid:${mainId}`, resource: main }, ...refs.entries],
  };
}
