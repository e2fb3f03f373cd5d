import type { NamePart } from './name-parts';

/** The facts about a patient that Signpost reads from a page; `note` is the consultation free text, not a fact. */
export type PatientField = 'nhsNumber' | 'name' | 'dateOfBirth' | 'address' | 'postcode' | 'phone' | 'email';

/** The fields besides the NHS number, in the order they are read and shown. */
export const PATIENT_DETAILS = ['name', 'dateOfBirth', 'address', 'postcode', 'phone', 'email'] as const;

/** One value read from the page, with where it came from so the user can see "what was found and where". */
export interface DetectedField<T = string> {
  value: T;
  /** Where: the label text or the selector that led to the value. */
  source: string;
  /** Where on the page, in plain words for the user ("the banner", "the Demographics table"). */
  place?: string;
}

/** One patient as read from a page. Only fields with a clear label or structure are present. */
export interface PatientCandidate {
  /** Ten digits, mod-11 valid. */
  nhsNumber: DetectedField;
  name?: DetectedField;
  /** ISO yyyy-mm-dd. */
  dateOfBirth?: DetectedField;
  address?: DetectedField;
  /** Normalised, e.g. "BS5 6XX". */
  postcode?: DetectedField;
  phone?: DetectedField;
  email?: DetectedField;
}

/** What a page shows: no patient, one (perhaps read through a site profile), or several to choose from. */
export type PatientDetection =
  | { status: 'none'; reason: string }
  | { status: 'found'; patient: PatientCandidate; profile?: string }
  | { status: 'several'; candidates: PatientCandidate[] };

/** A value found on a page beside its label, or in a structure that names it. Internal to detection. */
export interface FoundValue {
  field: PatientField;
  /** Normalised: ten digits, ISO date, normalised postcode; names and addresses as shown. */
  value: string;
  /** The label as shown, a column header, or an attribute: where the user can look for it. */
  source: string;
  /** The element holding the value, which ties it to the patient whose record contains it. */
  element: Element;
  /** The row, when found in a table listing several people: a row is one person and lends nothing to the others. */
  row?: Element;
  /** Where on the page, in plain words ("the banner"); set once the value is known to be read. */
  place?: string;
  /** One part of a name shown in parts ("Surname", "First name(s)"), joined into the name with the others. */
  part?: NamePart;
  /** Found by its shape alone (an NHS number written "999 007 9196", a name "Jane SMITH"), with no label. */
  unlabelled?: boolean;
}
