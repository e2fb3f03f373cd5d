import { isValid as isValidPostcode } from 'postcode';
import { isValidNhsNumber, normaliseNhsNumber } from '../patient/nhs-number';
import { isIsoDate, ukIsoDate } from './uk-dates';

/** How soon the link worker should make contact. */
export type Urgency = 'routine' | 'soon' | 'urgent';

/** How the patient agreed to be contacted. `do-not-contact` means they will contact the link worker themselves. */
export type ContactPreference = 'phone' | 'text' | 'email' | 'letter' | 'do-not-contact';

/** How a referral leaves the practice (or that it did not, for `declined`). */
export type ReferralRoute = 'record' | 'email' | 'print' | 'fhir' | 'fill' | 'declined';

/**
 * Everything a social prescribing referral says, following the PRSB Social Prescribing Information Standard's
 * "Referral to social prescribing services" sections. All text is plain text, never HTML.
 */
export interface ReferralDraft {
  patient: {
    nhsNumber: string;
    name: string;
    /** ISO date, yyyy-mm-dd. */
    dateOfBirth: string;
    address?: string;
    postcode?: string;
    phone?: string;
    email?: string;
  };
  /** Needs from the vocabulary, e.g. `{ id: 'debt', label: 'Debt and money worries' }`. */
  needs: { id: string; label: string }[];
  /** Services discussed with the patient. */
  services: {
    id: string;
    name: string;
    organisation?: string;
    phone?: string;
    website?: string;
    /** What the directory said of the service when it was added: its status and when its publisher last checked it. */
    listing?: { status: string; assuredDate?: string };
  }[];
  /** Why the patient is referred, in their words where possible. At most {@link MAX_REASON_LENGTH} characters. */
  reason: string;
  urgency: Urgency;
  consent: { referral: boolean; sharing: boolean; contact: ContactPreference[]; bestTimes?: string };
  referrer: { name: string; role?: string; practice: string; odsCode?: string; phone?: string; email?: string };
  /** `email` should be an NHSmail address: the referral carries patient details. */
  linkWorker: { name: string; email?: string; phone?: string; organisation?: string };
  /** The patient declined social prescribing: recorded with its own SNOMED CT code, and nothing is sent. */
  declined?: boolean;
  /** ISO date-time the referral was made. */
  createdAt: string;
}

/** One problem with a draft: `field` is a dotted path into {@link ReferralDraft}, `message` is shown as written. */
export interface ReferralIssue {
  field: string;
  message: string;
}

/** Options for {@link validateReferral}. */
export interface ValidateReferralOptions {
  /** The route about to be used; `email` needs the link worker's NHSmail address. */
  route?: ReferralRoute;
  now?: Date;
}

/** Longest reason accepted: keeps the record entry and the email readable, and within clinical systems' note limits. */
export const MAX_REASON_LENGTH = 2000;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function blank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

function patientIssues(patient: ReferralDraft['patient'], now: Date): ReferralIssue[] {
  const issues: ReferralIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field: `patient.${field}`, message });
  if (blank(patient.nhsNumber)) add('nhsNumber', "Enter the patient's NHS number.");
  else if (!normaliseNhsNumber(patient.nhsNumber)) add('nhsNumber', 'The NHS number must be 10 digits.');
  else if (!isValidNhsNumber(patient.nhsNumber)) {
    add('nhsNumber', 'The NHS number is not valid (its check digit is wrong). Check it against the record.');
  }
  if (blank(patient.name)) add('name', "Enter the patient's name.");
  if (blank(patient.dateOfBirth)) add('dateOfBirth', "Enter the patient's date of birth.");
  else if (!isIsoDate(patient.dateOfBirth)) add('dateOfBirth', 'The date of birth is not a real date.');
  // ISO dates compare correctly as strings.
  else if (patient.dateOfBirth > ukIsoDate(now)) add('dateOfBirth', 'The date of birth is in the future.');
  if (patient.postcode && !isValidPostcode(patient.postcode))
    add('postcode', 'The postcode is not a valid UK postcode.');
  if (patient.email && !EMAIL.test(patient.email.trim())) add('email', "The patient's email address is not valid.");
  return issues;
}

function consentIssues(d: ReferralDraft): ReferralIssue[] {
  const { consent, patient } = d;
  if (d.declined) {
    return consent.referral
      ? [{ field: 'consent.referral', message: 'The patient is marked as declining, but consent to refer is ticked.' }]
      : [];
  }
  const issues: ReferralIssue[] = [];
  if (!consent.referral) {
    issues.push({
      field: 'consent.referral',
      message: 'The patient has not agreed to the referral. Record their consent, or record that they declined.',
    });
  }
  if (!consent.sharing) {
    issues.push({
      field: 'consent.sharing',
      message: 'The patient has not agreed to share their details with the link worker.',
    });
  }
  const contact = consent.contact;
  if (contact.length === 0) {
    issues.push({ field: 'consent.contact', message: 'Choose how the link worker may contact the patient.' });
  } else if (contact.includes('do-not-contact') && contact.length > 1) {
    issues.push({ field: 'consent.contact', message: '"Do not contact" cannot be chosen with other ways to contact.' });
  }
  if ((contact.includes('phone') || contact.includes('text')) && blank(patient.phone)) {
    issues.push({ field: 'patient.phone', message: 'The patient chose phone or text, but there is no phone number.' });
  }
  if (contact.includes('email') && blank(patient.email)) {
    issues.push({ field: 'patient.email', message: 'The patient chose email, but there is no email address.' });
  }
  if (contact.includes('letter') && blank(patient.address)) {
    issues.push({ field: 'patient.address', message: 'The patient chose letters, but there is no address.' });
  }
  return issues;
}

function linkWorkerIssues(d: ReferralDraft, route: ReferralRoute | undefined): ReferralIssue[] {
  if (d.declined) return [];
  const issues: ReferralIssue[] = [];
  const email = d.linkWorker.email?.trim() ?? '';
  if (blank(d.linkWorker.name)) issues.push({ field: 'linkWorker.name', message: "Enter the link worker's name." });
  if (email !== '' && !EMAIL.test(email)) {
    issues.push({ field: 'linkWorker.email', message: "The link worker's email address is not valid." });
  } else if (route === 'email' && email === '') {
    issues.push({ field: 'linkWorker.email', message: "Add the link worker's NHSmail address to send by email." });
  } else if (route === 'email' && !/@nhs\.net$/i.test(email)) {
    // Patient details may only travel by secure email; NHSmail to NHSmail is the route every practice has.
    issues.push({
      field: 'linkWorker.email',
      message: 'Send patient details by email only to an NHSmail address (ending @nhs.net).',
    });
  }
  return issues;
}

/**
 * Everything that stops a draft being sent or recorded, in form order. Empty when the draft is ready.
 * A declined draft needs only the patient and referrer: there is no consent, reason or link worker to check.
 */
export function validateReferral(d: ReferralDraft, options: ValidateReferralOptions = {}): ReferralIssue[] {
  const { route, now = new Date() } = options;
  const issues = patientIssues(d.patient, now);
  if (!d.declined && d.needs.length === 0) {
    issues.push({ field: 'needs', message: 'Choose at least one need or concern.' });
  }
  if (!d.declined && blank(d.reason)) issues.push({ field: 'reason', message: 'Enter the reason for referral.' });
  if (d.reason.length > MAX_REASON_LENGTH) {
    issues.push({
      field: 'reason',
      message: `The reason is ${d.reason.length.toLocaleString('en-GB')} characters: shorten it to ${MAX_REASON_LENGTH.toLocaleString('en-GB')} or fewer.`,
    });
  }
  issues.push(...consentIssues(d));
  if (blank(d.referrer.name)) issues.push({ field: 'referrer.name', message: 'Enter your name as the referrer.' });
  if (blank(d.referrer.practice)) issues.push({ field: 'referrer.practice', message: "Enter the practice's name." });
  if (d.referrer.odsCode && !/^[A-Z0-9]{3,10}$/i.test(d.referrer.odsCode.trim())) {
    issues.push({ field: 'referrer.odsCode', message: 'The ODS code should be letters and digits, like A81001.' });
  }
  issues.push(...linkWorkerIssues(d, route));
  if (Number.isNaN(new Date(d.createdAt).getTime())) {
    issues.push({ field: 'createdAt', message: 'The referral date is missing or not a real date.' });
  }
  return issues;
}
