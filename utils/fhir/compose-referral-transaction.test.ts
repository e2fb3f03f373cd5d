// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FhirStore } from '../../scripts/lib/fhir-store';
import { runTransaction } from '../../scripts/lib/fhir-transaction';
import { validateFhirResource } from '../../scripts/lib/fhir-validate';
import { makeDraft } from '../referral/make-draft.fixture';
import { composeReferralTransaction } from './compose-referral-transaction';

const REFERRAL = '6c1f3a52-0d0e-4c55-9c8f-2a7d1e4b9f10';

describe('composeReferralTransaction', () => {
  it('is valid FHIR R4, by the validator library', () => {
    expect(() => validateFhirResource(composeReferralTransaction(REFERRAL, makeDraft()))).not.toThrow();
  });

  it('makes a BaRS-style Task for the link worker, about the ServiceRequest, for the patient by NHS number', () => {
    const store = new FhirStore();
    runTransaction(store, composeReferralTransaction(REFERRAL, makeDraft()));
    const [request] = store.all('ServiceRequest');
    const [task] = store.all('Task');
    const [patient] = store.all('Patient');
    expect(task).toMatchObject({
      status: 'requested',
      intent: 'order',
      identifier: [{ system: 'urn:ietf:rfc:3986', value: `urn:uuid:${REFERRAL}` }],
      focus: { reference: `ServiceRequest/${request?.id}` },
      basedOn: [{ reference: `ServiceRequest/${request?.id}` }],
      for: {
        reference: `Patient/${patient?.id}`,
        identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9990079196' },
      },
      owner: {
        identifier: { system: 'urn:ietf:rfc:3986', value: 'mailto:alex.linkworker@nhs.net' },
        display: 'Alex Linkworker',
      },
    });
    expect(request).toMatchObject({
      identifier: [{ value: `urn:uuid:${REFERRAL}` }],
      code: { text: 'Referral to social prescribing service' },
    });
  });

  it('makes nothing new when the same Bundle is sent again, and reuses a patient already on the server', () => {
    const store = new FhirStore();
    const bundle = composeReferralTransaction(REFERRAL, makeDraft());
    runTransaction(store, bundle);
    const counts = () =>
      ['ServiceRequest', 'Task', 'Patient', 'Practitioner', 'PractitionerRole', 'Organization'].map(
        (t) => store.all(t).length,
      );
    const first = counts();
    runTransaction(store, bundle);
    expect(counts()).toEqual(first);
    runTransaction(store, composeReferralTransaction('0f5b8f0c-3f7e-4a8e-8a55-8d2f8f3c1e22', makeDraft()));
    expect(store.all('Task')).toHaveLength(2);
    expect(store.all('Patient')).toHaveLength(1);
  });
});
