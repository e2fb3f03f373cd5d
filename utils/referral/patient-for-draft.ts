import type { PatientCandidate } from '../patient/patient-types';
import type { ReferralDraft } from './referral';

/** A patient read from a page, as the referral's patient section: only what was found, nothing guessed. */
export function patientForDraft(candidate: PatientCandidate): ReferralDraft['patient'] {
  return {
    nhsNumber: candidate.nhsNumber.value,
    name: candidate.name?.value ?? '',
    dateOfBirth: candidate.dateOfBirth?.value ?? '',
    address: candidate.address?.value,
    postcode: candidate.postcode?.value,
    phone: candidate.phone?.value,
    email: candidate.email?.value,
  };
}

/** "Name from 'Patient name', date of birth from 'DOB'": what was found, and where, for the user to check. */
export function describeFound(candidate: PatientCandidate): string {
  const parts: [string, { source: string } | undefined][] = [
    ['NHS number', candidate.nhsNumber],
    ['name', candidate.name],
    ['date of birth', candidate.dateOfBirth],
    ['address', candidate.address],
    ['postcode', candidate.postcode],
    ['phone', candidate.phone],
    ['email', candidate.email],
  ];
  return parts.flatMap(([label, field]) => (field ? [`${label} from “${field.source}”`] : [])).join(', ');
}
