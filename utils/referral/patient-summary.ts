import { formatDate } from '../format/relative-time';
import { formatNhsNumber, normaliseNhsNumber } from '../patient/nhs-number';
import type { ReferralDraft } from './referral';

/**
 * The referral's patient in one line for the Refer form: "Mrs Jane TESTPATIENT · born 1 March 1956 · NHS number
 * 999 007 9196 · BS1 5TR · 07700 900123". Only what is filled in; empty when nothing is.
 */
export function patientSummaryOf(patient: ReferralDraft['patient']): string {
  const nhs = patient.nhsNumber.trim();
  const digits = normaliseNhsNumber(nhs);
  return [
    patient.name.trim(),
    patient.dateOfBirth && `born ${formatDate(patient.dateOfBirth)}`,
    nhs && `NHS number ${digits ? formatNhsNumber(digits) : nhs}`,
    patient.postcode?.trim(),
    patient.phone?.trim(),
  ]
    .filter(Boolean)
    .join(' · ');
}
