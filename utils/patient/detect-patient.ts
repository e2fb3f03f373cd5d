import { DEMO_SITE_PROFILE } from './demo-site-profile';
import { findPageValues } from './find-page-values';
import { type PageDocuments, pageDocuments } from './frame-documents';
import { groupCandidates } from './group-candidates';
import { PATIENT_DETAILS, type PatientCandidate, type PatientDetection } from './patient-types';
import { type ProfileFields, readProfileFields } from './read-profile';
import { matchingProfile, type SiteProfile } from './site-profile';

export { DEMO_SITE_PROFILE } from './demo-site-profile';
export { parseUkDate } from './parse-uk-date';
export type { DetectedField, PatientCandidate, PatientDetection } from './patient-types';
export { readConsultationText } from './read-consultation-text';
export type { SiteProfile } from './site-profile';

function noPatient(page: PageDocuments): PatientDetection {
  const frames = page.unreadableFrames;
  const unread = frames === 0 ? '' : ` ${frames} frame${frames === 1 ? '' : 's'} from another site could not be read.`;
  return { status: 'none', reason: `No NHS number with a valid check digit is visible on this page.${unread}` };
}

/** The profile's fields over the heuristics' (they name this system's own elements), keeping the NHS number. */
function overlay(candidate: PatientCandidate, fields: ProfileFields): PatientCandidate {
  const patient: PatientCandidate = { ...candidate };
  for (const field of PATIENT_DETAILS) {
    const value = fields[field];
    if (value) patient[field] = value;
  }
  return patient;
}

/**
 * Reads the patient from a clinical page and its same-origin frames, using only what the user can see.
 *
 * When `url` matches a site profile, the profile's selectors win: its NHS number is the patient even if the page
 * shows others, and its fields replace the heuristics'. A profile whose NHS number selector finds nothing (the
 * system changed) falls back to the heuristics. The heuristics tie each labelled, mod-11 valid NHS number to the
 * fields around it (banner, table row, definition list, "Label: value" text); several different numbers give
 * 'several', never a guess. Page content is never logged.
 */
export function detectPatient(
  doc: Document = document,
  profiles: readonly SiteProfile[] = [DEMO_SITE_PROFILE],
  url: string = doc.URL,
): PatientDetection {
  const page = pageDocuments(doc);
  const candidates = groupCandidates(page.documents.flatMap(({ reader }) => findPageValues(reader)));
  const profile = matchingProfile(profiles, url);
  const fields = profile ? readProfileFields(page.documents, profile) : {};

  if (profile && fields.nhsNumber) {
    const number = fields.nhsNumber;
    const base = candidates.find((candidate) => candidate.nhsNumber.value === number.value) ?? { nhsNumber: number };
    return { status: 'found', patient: { ...overlay(base, fields), nhsNumber: number }, profile: profile.id };
  }
  const [only] = candidates;
  if (candidates.length === 0 || !only) return noPatient(page);
  if (candidates.length > 1) return { status: 'several', candidates };
  // A profile without an NHS number selector still names where this system shows the other fields.
  if (profile && !profile.selectors.nhsNumber) {
    return { status: 'found', patient: overlay(only, fields), profile: profile.id };
  }
  return { status: 'found', patient: only };
}
