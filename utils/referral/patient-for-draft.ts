import type { PatientCandidate } from '../patient/patient-types';
import type { ContactPreference, ReferralDraft } from './referral';

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

/** How the patient can be reached, judged by the details found: a phone, else an email, else a letter. */
function contactFound(candidate: PatientCandidate): ContactPreference[] {
  if (candidate.phone) return ['phone'];
  if (candidate.email) return ['email'];
  return candidate.address ? ['letter'] : [];
}

/**
 * The draft for a patient read from a page. Contact preference defaults from the details found (a phone read ticks
 * "Phone") only while the user has ticked none: a choice already made is theirs and stays.
 */
export function draftForPatient(draft: ReferralDraft, candidate: PatientCandidate): ReferralDraft {
  const contact = draft.consent.contact.length > 0 ? draft.consent.contact : contactFound(candidate);
  return { ...draft, patient: patientForDraft(candidate), consent: { ...draft.consent, contact } };
}

/**
 * What was found and where, in plain words, for the user to check: "NHS number, name and date of birth from the
 * banner; postcode from the letter's “Re:” line". A value read through a site profile names its label instead.
 */
export function describeFound(candidate: PatientCandidate): string {
  const parts: [string, { source: string; place?: string } | undefined][] = [
    ['NHS number', candidate.nhsNumber],
    ['name', candidate.name],
    ['date of birth', candidate.dateOfBirth],
    ['address', candidate.address],
    ['postcode', candidate.postcode],
    ['phone', candidate.phone],
    ['email', candidate.email],
  ];
  const byPlace = new Map<string, string[]>();
  for (const [label, field] of parts) {
    if (!field) continue;
    const place = field.place ?? `“${field.source}”`;
    byPlace.set(place, [...(byPlace.get(place) ?? []), label]);
  }
  const list = (labels: string[]) =>
    labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}` : (labels[0] ?? '');
  const text = [...byPlace].map(([place, labels]) => `${list(labels)} from ${place}`).join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
