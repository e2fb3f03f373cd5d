/** The element ids of a referral form's fields, all under one prefix so two forms on a page never clash. */
export interface DraftFieldIds {
  match: string;
  summary: string;
  nhsNumber: string;
  name: string;
  dateOfBirth: string;
  postcode: string;
  address: string;
  phone: string;
  email: string;
  needs: string;
  reason: string;
  consent: string;
  contact: string;
  bestTimes: string;
  urgency: string;
  services: string;
  linkWorker: string;
}

/** Ids for a form whose ids start with `prefix`, e.g. `referral-nhs-number`. */
export function draftFieldIds(prefix: string): DraftFieldIds {
  const id = (name: string) => `${prefix}-${name}`;
  return {
    match: id('match'),
    summary: id('summary'),
    nhsNumber: id('nhs-number'),
    name: id('name'),
    dateOfBirth: id('date-of-birth'),
    postcode: id('postcode'),
    address: id('address'),
    phone: id('phone'),
    email: id('email'),
    needs: id('needs'),
    reason: id('reason'),
    consent: id('consent'),
    contact: id('contact'),
    bestTimes: id('best-times'),
    urgency: id('urgency'),
    services: id('services'),
    linkWorker: id('link-worker'),
  };
}

/** Which form field fixes a {@link ReferralIssue}'s dotted path; paths with no field in the form are left out. */
const ISSUE_FIELDS: Record<string, keyof DraftFieldIds> = {
  'patient.nhsNumber': 'nhsNumber',
  'patient.name': 'name',
  'patient.dateOfBirth': 'dateOfBirth',
  'patient.postcode': 'postcode',
  'patient.address': 'address',
  'patient.phone': 'phone',
  'patient.email': 'email',
  needs: 'needs',
  reason: 'reason',
  // One checkbox records both: the patient agrees to the referral and to the sharing it needs.
  'consent.referral': 'consent',
  'consent.sharing': 'consent',
  'consent.contact': 'contact',
  'linkWorker.name': 'linkWorker',
  'linkWorker.email': 'linkWorker',
};

/** The id of the element an error summary links to for an issue at `field`, or undefined when the form has none. */
export function draftIssueAnchor(field: string, ids: DraftFieldIds): string | undefined {
  const key = ISSUE_FIELDS[field];
  return key === undefined ? undefined : ids[key];
}
