import { isValid, match as matchPostcodes, toNormalised } from 'postcode';
import { classifyLabel } from './field-labels';
import { isValidNhsNumber, normaliseNhsNumber } from './nhs-number';
import { leadingUkDate } from './parse-uk-date';
import type { PatientField } from './patient-types';

/** A value read from the start of some text, and how much of the text it took. */
export interface LeadingValue {
  value: string;
  /** Characters of the (trimmed-at-start) text the value used. */
  length: number;
}

const NHS_AT_START = /^\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d-])/;
// +44 117 496 0000, +44 (0)117 496 0000, (0117) 496 0000, 0117-496-0000, 07700 900123.
const PHONE_AT_START = /^(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d[\d\s()-]{6,14}\d(?!\d)/;
const POSTCODE_AT_START = /^[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}(?![\p{L}\p{N}])/iu;
const EMAIL_AT_START = /^[\w.+'-]+@[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}(?![\w.-])/i;
// Letters, spaces and the punctuation names carry: "O'BRIEN, Mary-Jane (Mrs)", "Mrs J. SMITH".
const NAME_TEXT = /^[\p{L}][\p{L}\p{M}'’ .,()-]*$/u;

function phoneDigits(text: string): string | undefined {
  let digits = text.replace(/\(0\)/, '').replace(/\D/g, '');
  if (digits.startsWith('44')) digits = `0${digits.slice(2)}`;
  // UK numbers: a 0, then a non-zero digit, then 8 or 9 more digits.
  return /^0[1-9]\d{8,9}$/.test(digits) ? digits : undefined;
}

function leadingNhsNumber(text: string): LeadingValue | undefined {
  const found = NHS_AT_START.exec(text)?.[0];
  const digits = found ? normaliseNhsNumber(found) : null;
  return found && digits && isValidNhsNumber(digits) ? { value: digits, length: found.length } : undefined;
}

function leadingDate(text: string): LeadingValue | undefined {
  const found = leadingUkDate(text);
  return found ? { value: found.iso, length: found.length } : undefined;
}

function leadingPhone(text: string): LeadingValue | undefined {
  const found = PHONE_AT_START.exec(text)?.[0]?.trim();
  return found && phoneDigits(found) ? { value: found.replace(/\s+/g, ' '), length: found.length } : undefined;
}

function leadingPostcode(text: string): LeadingValue | undefined {
  const found = POSTCODE_AT_START.exec(text)?.[0];
  const normalised = found && isValid(found) ? toNormalised(found) : null;
  return found && normalised ? { value: normalised, length: found.length } : undefined;
}

function leadingEmail(text: string): LeadingValue | undefined {
  const found = EMAIL_AT_START.exec(text)?.[0];
  return found ? { value: found, length: found.length } : undefined;
}

function wholeName(text: string): LeadingValue | undefined {
  const name = text.replace(/\s+/g, ' ').trim();
  const words = name.split(' ').filter((word) => /\p{L}{2}/u.test(word));
  // A name has a forename and a surname at least: one word beside "Patient" is a menu item ("Patient Records").
  if (name.length > 80 || words.length < 2 || words.length > 8 || !NAME_TEXT.test(name)) return undefined;
  // A header cell next to another ("Patient" beside "NHS number") is a label, not a name.
  if (classifyLabel(name)) return undefined;
  return { value: name, length: text.length };
}

function wholeAddress(text: string): LeadingValue | undefined {
  const address = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim().replace(/,$/, ''))
    .filter(Boolean)
    .join(', ');
  if (address.length < 5 || address.length > 200 || !/\p{L}/u.test(address)) return undefined;
  if (classifyLabel(address)) return undefined;
  return { value: address, length: text.length };
}

const READERS: Record<PatientField, (text: string) => LeadingValue | undefined> = {
  nhsNumber: leadingNhsNumber,
  dateOfBirth: leadingDate,
  phone: leadingPhone,
  postcode: leadingPostcode,
  email: leadingEmail,
  name: wholeName,
  address: wholeAddress,
};

/**
 * Reads a field's value from the start of the text that follows its label, in the field's own shape: NHS numbers
 * must pass mod-11 (giving ten digits), dates become ISO, postcodes are normalised; names and addresses take the
 * whole text. Undefined when the text does not hold such a value: nothing is guessed.
 */
export function readFieldValue(field: PatientField, text: string): LeadingValue | undefined {
  const start = text.length - text.trimStart().length;
  const found = READERS[field](text.trimStart());
  return found ? { value: found.value, length: start + found.length } : undefined;
}

/** The postcode an address ends with (the last valid one in it), normalised, or undefined. */
export function postcodeInAddress(address: string): string | undefined {
  const found = matchPostcodes(address).filter((candidate) => isValid(candidate));
  const last = found[found.length - 1];
  return last ? (toNormalised(last) ?? undefined) : undefined;
}
