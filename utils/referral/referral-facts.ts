import { formatDate } from '../format/relative-time';
import { formatNhsNumber, normaliseNhsNumber } from '../patient/nhs-number';
import type { ReferralDraft } from './referral';
import { REFERRAL_LABELS, yesNo } from './referral-labels';

/**
 * A labelled fact of a referral; undefined or blank values are left out by whoever shows them. The record text and the
 * printable page build their rows here, so both always say the same things under the same labels.
 */
export type ReferralFact = [label: string, value: string | undefined];

/** Parts joined with commas, leaving out empty ones; undefined when nothing is left. */
export function joinedParts(...parts: (string | undefined)[]): string | undefined {
  const kept = parts.map((part) => part?.trim() ?? '').filter((part) => part !== '');
  return kept.length > 0 ? kept.join(', ') : undefined;
}

/** Letters and digits only, upper case: "bs1 5tr" and "BS15TR" are the same postcode. */
function squashed(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/**
 * The address with the postcode after it, unless the address already ends with or holds it (as a page's address line
 * usually does), so the record does not say the postcode twice.
 */
export function addressWithPostcode(address: string | undefined, postcode: string | undefined): string | undefined {
  const code = postcode?.trim();
  if (code && address && squashed(address).includes(squashed(code))) return joinedParts(address);
  return joinedParts(address, code);
}

/** The organisation in brackets after a service's name, unless it only says the name again. */
export function organisationAfterName(name: string, organisation: string | undefined): string | undefined {
  const org = organisation?.trim();
  if (!org || squashed(org) === squashed(name)) return undefined;
  return org;
}

export function patientFacts(patient: ReferralDraft['patient']): ReferralFact[] {
  const nhs = normaliseNhsNumber(patient.nhsNumber);
  return [
    ['Name', patient.name],
    ['NHS number', nhs ? formatNhsNumber(nhs) : patient.nhsNumber],
    ['Date of birth', formatDate(patient.dateOfBirth)],
    ['Address', addressWithPostcode(patient.address, patient.postcode)],
    ['Phone', patient.phone],
    ['Email', patient.email],
  ];
}

export function consentFacts(consent: ReferralDraft['consent']): ReferralFact[] {
  const contact = consent.contact.map((choice) => REFERRAL_LABELS.contact[choice]).join(', ');
  return [
    ['Consent to referral', yesNo(consent.referral)],
    ['Consent to share information with the link worker', yesNo(consent.sharing)],
    ['Contact by', contact || 'Not recorded'],
    ['Best times to contact', consent.bestTimes],
  ];
}

export function referrerFacts(referrer: ReferralDraft['referrer']): ReferralFact[] {
  const ods = referrer.odsCode?.trim().toUpperCase();
  return [
    ['Name', joinedParts(referrer.name, referrer.role)],
    ['Practice', ods ? `${referrer.practice} (ODS ${ods})` : referrer.practice],
    ['Phone', referrer.phone],
    ['Email', referrer.email],
  ];
}

export function linkWorkerFacts(worker: ReferralDraft['linkWorker']): ReferralFact[] {
  return [
    ['Name', worker.name],
    ['Organisation', worker.organisation],
    ['Email', worker.email],
    ['Phone', worker.phone],
  ];
}
