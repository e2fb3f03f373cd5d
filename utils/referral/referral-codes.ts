/**
 * Codes and canonical URLs a referral is written with. Sources: NHS England's social prescribing SNOMED CT codes
 * (PRSB Social Prescribing Information Standard), and the HL7 UK Core R4 profiles and naming systems.
 */
export const REFERRAL_CODES = {
  snomed: 'http://snomed.info/sct',
  referral: { code: '871731000000106', display: 'Referral to social prescribing service' },
  declined: { code: '871711000000103', display: 'Social prescribing declined' },
  /** ServiceRequest.category: the general kind of request. */
  patientReferral: { code: '3457005', display: 'Patient referral' },
  nhsNumberSystem: 'https://fhir.nhs.uk/Id/nhs-number',
  odsSystem: 'https://fhir.nhs.uk/Id/ods-organization-code',
  nhsNumberVerification: {
    extension: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus',
    system: 'https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland',
  },
  profile: {
    serviceRequest: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest',
    observation: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-Observation',
    patient: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient',
    practitioner: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-Practitioner',
    practitionerRole: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-PractitionerRole',
    organization: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-Organization',
  },
} as const;

/** The SNOMED CT line for the clinical record, in compositional grammar: `code |term|`. */
export function snomedLine(declined: boolean | undefined): string {
  const concept = declined ? REFERRAL_CODES.declined : REFERRAL_CODES.referral;
  return `SNOMED CT ${concept.code} |${concept.display}|`;
}
