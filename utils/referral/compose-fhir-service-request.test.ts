import { describe, expect, it } from 'vitest';
import { isObject, list, text } from '../directory/narrow';
import { composeFhirServiceRequest } from './compose-fhir-service-request';
import type { FhirResource } from './fhir-participants';
import { makeDraft } from './make-draft.fixture';
import type { ReferralDraft, Urgency } from './referral';

function counter(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

/** Reads a bundle the way a receiver would: through JSON, with no help from our types. */
function receive(d: ReferralDraft) {
  const json: unknown = JSON.parse(JSON.stringify(composeFhirServiceRequest(d, counter())));
  if (!isObject(json)) throw new Error('not an object');
  const entries = list(json.entry).filter(isObject);
  const resolve = (ref: unknown): FhirResource | undefined => {
    const reference = isObject(ref) ? text(ref.reference) : undefined;
    const found = entries.find((e) => e.fullUrl === reference)?.resource;
    return isObject(found) && typeof found.resourceType === 'string' && typeof found.id === 'string'
      ? { ...found, resourceType: found.resourceType, id: found.id }
      : undefined;
  };
  const main = isObject(entries[0]?.resource) ? entries[0].resource : {};
  return { json, entries, main, resolve };
}

function coding(concept: unknown): unknown {
  return isObject(concept) ? list(concept.coding)[0] : undefined;
}

describe('composeFhirServiceRequest', () => {
  it('is a collection Bundle whose entries each have a urn:uuid fullUrl matching the resource id', () => {
    const { json, entries } = receive(makeDraft());
    expect(json).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: '2025-06-02T09:05:00Z' });
    for (const entry of entries) {
      const resource = isObject(entry.resource) ? entry.resource : {};
      expect(entry.fullUrl).toBe(`urn:uuid:${String(resource.id)}`);
      expect(list(isObject(resource.meta) ? resource.meta.profile : [])[0]).toMatch(
        /^https:\/\/fhir\.hl7\.org\.uk\/StructureDefinition\/UKCore-/,
      );
    }
    expect(new Set(entries.map((e) => e.fullUrl)).size).toBe(entries.length);
  });

  it('puts a UK Core ServiceRequest first, coded as a referral to social prescribing', () => {
    const { main } = receive(makeDraft());
    expect(main).toMatchObject({
      resourceType: 'ServiceRequest',
      meta: { profile: ['https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest'] },
      status: 'active',
      intent: 'order',
      authoredOn: '2025-06-02T09:05:00Z',
      reasonCode: [{ text: 'Debt and money worries' }, { text: 'Loneliness' }],
    });
    expect(coding(main.code)).toEqual({
      system: 'http://snomed.info/sct',
      code: '871731000000106',
      display: 'Referral to social prescribing service',
    });
  });

  it('refers to a bundled Patient identified by NHS number', () => {
    const { main, resolve } = receive(makeDraft());
    const patient = resolve(main.subject);
    expect(patient?.resourceType).toBe('Patient');
    expect(list(patient?.identifier)[0]).toMatchObject({
      system: 'https://fhir.nhs.uk/Id/nhs-number',
      value: '9990079196',
      extension: [{ url: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus' }],
    });
    expect(patient).toMatchObject({ birthDate: '1956-03-01', address: [{ postalCode: 'BS1 5TR' }] });
  });

  it('resolves requester to the referrer at the practice (ODS code) and performer to the link worker', () => {
    const { main, resolve } = receive(makeDraft());
    const requester = resolve(main.requester);
    expect(requester?.resourceType).toBe('PractitionerRole');
    expect(resolve(requester?.practitioner)).toMatchObject({ name: [{ text: 'Dr Sam Example' }] });
    expect(resolve(requester?.organization)).toMatchObject({
      name: 'Example Surgery',
      identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'A81001' }],
    });
    const performer = resolve(list(main.performer)[0]);
    expect(resolve(performer?.practitioner)).toMatchObject({
      name: [{ text: 'Alex Linkworker' }],
      telecom: [{ system: 'email', value: 'alex.linkworker@nhs.net' }],
    });
  });

  it.each<[Urgency, string]>([
    ['routine', 'routine'],
    ['soon', 'urgent'],
    ['urgent', 'asap'],
  ])('maps urgency %s to priority %s', (urgency, priority) => {
    expect(receive(makeDraft({ urgency })).main.priority).toBe(priority);
  });

  it('carries the reason, services and consent as notes', () => {
    const notes = list(receive(makeDraft()).main.note).map((n) => (isObject(n) ? n.text : undefined));
    expect(notes).toEqual(
      expect.arrayContaining([
        expect.stringContaining('council tax arrears'),
        expect.stringContaining('Money Advice Drop-in'),
        expect.stringContaining('Consent to referral: Yes'),
      ]),
    );
  });

  it('records a declined offer as a UK Core Observation, with no ServiceRequest or link worker', () => {
    const { main, entries, resolve } = receive(makeDraft({ declined: true }));
    expect(main).toMatchObject({
      resourceType: 'Observation',
      status: 'final',
      meta: { profile: ['https://fhir.hl7.org.uk/StructureDefinition/UKCore-Observation'] },
    });
    expect(coding(main.code)).toMatchObject({ code: '871711000000103' });
    expect(resolve(main.subject)?.resourceType).toBe('Patient');
    const types = entries.map((e) => (isObject(e.resource) ? e.resource.resourceType : undefined));
    expect(types).not.toContain('ServiceRequest');
    expect(JSON.stringify(entries)).not.toContain('Alex Linkworker');
  });

  it('leaves out empty elements rather than writing empty arrays', () => {
    const d = makeDraft({ needs: [], services: [], reason: '' });
    const bare = { ...d, linkWorker: { name: 'Alex' }, referrer: { name: 'Sam', practice: 'Example Surgery' } };
    expect(JSON.stringify(composeFhirServiceRequest(bare, counter()))).not.toMatch(/\[\]/);
  });

  it('uses random UUIDs by default', () => {
    const bundle = composeFhirServiceRequest(makeDraft());
    expect(bundle.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(composeFhirServiceRequest(makeDraft()).id).not.toBe(bundle.id);
  });
});
