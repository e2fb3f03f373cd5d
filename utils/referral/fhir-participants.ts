import { normaliseNhsNumber } from '../patient/nhs-number';
import type { ReferralDraft } from './referral';
import { REFERRAL_CODES } from './referral-codes';

/** A FHIR R4 resource as plain JSON. Only what this module writes is typed; the rest stays open. */
export interface FhirResource {
  resourceType: string;
  id: string;
  [element: string]: unknown;
}

/** One Bundle entry. `fullUrl` is `urn:uuid:<id>` so references resolve inside the Bundle. */
export interface FhirEntry {
  fullUrl: string;
  resource: FhirResource;
}

/** The people and organisations a referral mentions, as Bundle entries, and the references to them. */
export interface FhirParticipants {
  entries: FhirEntry[];
  patient: string;
  /** PractitionerRole: the referrer at the practice. */
  requester: string;
  /** PractitionerRole: the link worker; absent for a declined referral. */
  performer?: string;
}

type Telecom = { system: 'phone' | 'email'; value: string };

function telecom(phone: string | undefined, email: string | undefined): { telecom?: Telecom[] } {
  const list: Telecom[] = [];
  if (phone?.trim()) list.push({ system: 'phone', value: phone.trim() });
  if (email?.trim()) list.push({ system: 'email', value: email.trim() });
  return list.length > 0 ? { telecom: list } : {};
}

function entry(id: string, resource: { resourceType: string; [element: string]: unknown }): FhirEntry {
  const { resourceType, ...elements } = resource;
  // resourceType and id first, the way FHIR examples read.
  return { fullUrl: `urn:uuid:${id}`, resource: { resourceType, id, ...elements } };
}

function patientResource(id: string, p: ReferralDraft['patient']): FhirEntry {
  const text = p.address?.trim();
  const postalCode = p.postcode?.trim();
  return entry(id, {
    resourceType: 'Patient',
    meta: { profile: [REFERRAL_CODES.profile.patient] },
    identifier: [
      {
        // "02 Number present but not traced": the number came from the screen, and this extension did not trace
        // it against PDS. Claiming "01 verified" would be untrue; leaving the status out makes some receivers drop it.
        extension: [
          {
            url: REFERRAL_CODES.nhsNumberVerification.extension,
            valueCodeableConcept: {
              coding: [
                {
                  system: REFERRAL_CODES.nhsNumberVerification.system,
                  code: '02',
                  display: 'Number present but not traced',
                },
              ],
            },
          },
        ],
        system: REFERRAL_CODES.nhsNumberSystem,
        value: normaliseNhsNumber(p.nhsNumber) ?? p.nhsNumber.trim(),
      },
    ],
    // Name as one text: splitting "given" from "family" by guesswork gets many names wrong.
    name: [{ use: 'official', text: p.name.trim() }],
    birthDate: p.dateOfBirth,
    ...telecom(p.phone, p.email),
    ...(text || postalCode ? { address: [{ ...(text ? { text } : {}), ...(postalCode ? { postalCode } : {}) }] } : {}),
  });
}

function practitioner(id: string, name: string, phone?: string, email?: string): FhirEntry {
  return entry(id, {
    resourceType: 'Practitioner',
    meta: { profile: [REFERRAL_CODES.profile.practitioner] },
    name: [{ text: name.trim() }],
    ...telecom(phone, email),
  });
}

function organization(id: string, name: string, odsCode?: string): FhirEntry {
  return entry(id, {
    resourceType: 'Organization',
    meta: { profile: [REFERRAL_CODES.profile.organization] },
    ...(odsCode?.trim()
      ? { identifier: [{ system: REFERRAL_CODES.odsSystem, value: odsCode.trim().toUpperCase() }] }
      : {}),
    name: name.trim(),
  });
}

function role(id: string, practitionerId: string, organizationId: string | undefined, roleText?: string): FhirEntry {
  return entry(id, {
    resourceType: 'PractitionerRole',
    meta: { profile: [REFERRAL_CODES.profile.practitionerRole] },
    practitioner: { reference: `urn:uuid:${practitionerId}` },
    ...(organizationId ? { organization: { reference: `urn:uuid:${organizationId}` } } : {}),
    ...(roleText?.trim() ? { code: [{ text: roleText.trim() }] } : {}),
  });
}

/**
 * Patient, referrer (Practitioner + PractitionerRole at the practice Organization) and, unless declined, the link
 * worker (Practitioner + PractitionerRole, with their Organization when known), all with UK Core profiles.
 */
export function composeFhirParticipants(d: ReferralDraft, idFn: () => string): FhirParticipants {
  const patientId = idFn();
  const [referrerId, practiceId, referrerRoleId] = [idFn(), idFn(), idFn()];
  const r = d.referrer;
  const entries = [
    patientResource(patientId, d.patient),
    practitioner(referrerId, r.name, r.phone, r.email),
    organization(practiceId, r.practice, r.odsCode),
    role(referrerRoleId, referrerId, practiceId, r.role),
  ];
  const base = { entries, patient: `urn:uuid:${patientId}`, requester: `urn:uuid:${referrerRoleId}` };
  if (d.declined) return base;
  const w = d.linkWorker;
  const workerId = idFn();
  const workerOrgId = w.organisation?.trim() ? idFn() : undefined;
  const workerRoleId = idFn();
  entries.push(practitioner(workerId, w.name, w.phone, w.email));
  if (workerOrgId && w.organisation) entries.push(organization(workerOrgId, w.organisation));
  entries.push(role(workerRoleId, workerId, workerOrgId, 'Social prescribing link worker'));
  return { ...base, performer: `urn:uuid:${workerRoleId}` };
}
