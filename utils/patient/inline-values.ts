import { type InlineLabel, inlineLabelAt } from './field-labels';
import { readFieldValue } from './field-values';
import { looksLikePatientName } from './name-shape';
import { isValidNhsNumber, normaliseNhsNumber } from './nhs-number';
import type { FoundValue, PatientField } from './patient-types';
import { ADDRESS_LINE, parseAddressLine, parseSubjectLine } from './prose-line';
import type { TextReader } from './visible-text';

// What separates fields in a banner line: "Jane SMITH · NHS No. 999 007 9196 | DOB 03/04/1948".
const SEPARATORS = /[·•|;\t\n]/;
// Spaces, commas and an aside in brackets, such as the age after a date of birth: "3 Apr 1948 (76y)".
const FILLER = /^[\s,]*(?:\([^()]{0,20}\)[\s,]*)?/;
const SPACED_NHS_NUMBER = /(?<![\d-])\d{3} \d{3} \d{4}(?![\d-])/g;
const FREE_TEXT: ReadonlySet<PatientField> = new Set(['name', 'address']);
const SUBJECT_PLACE = "the letter's “Re:” line";
const NAME_HOLDERS = /^H[1-6]$|^B$|^STRONG$/;

interface InlineField {
  field: PatientField;
  label: string;
  value: string;
}

function skipFiller(text: string, from: number): number {
  return from + (FILLER.exec(text.slice(from))?.[0].length ?? 0);
}

/** A label that starts a new field inside free text: it has a colon, or a value of its own shape follows it. */
function nextLabel(segment: string, from: number): number {
  for (let i = from; i < segment.length; i++) {
    if (!/[\s,]/.test(segment[i - 1] ?? '')) continue;
    const label = inlineLabelAt(segment, i);
    if (label && (label.colon || readFieldValue(label.field, segment.slice(label.valueStart)))) return i;
  }
  return segment.length;
}

function readValue(segment: string, label: InlineLabel): { value: string; end: number } | undefined {
  if (FREE_TEXT.has(label.field)) {
    const end = nextLabel(segment, label.valueStart);
    const found = readFieldValue(label.field, segment.slice(label.valueStart, end));
    return found && { value: found.value, end };
  }
  const found = readFieldValue(label.field, segment.slice(label.valueStart));
  return found && { value: found.value, end: label.valueStart + found.length };
}

/**
 * Reads "Label: value" runs from one segment of text, from its start: "DOB: 03-Apr-1948 NHS: 999 007 9196". The
 * segment must begin with a label, so a sentence that merely mentions one ("her daughter's phone: …") is not read.
 */
export function parseLabelledSegment(segment: string): InlineField[] {
  const fields: InlineField[] = [];
  let at = skipFiller(segment, 0);
  while (at < segment.length) {
    const label = inlineLabelAt(segment, at);
    const read = label && readValue(segment, label);
    if (!label || !read) break;
    fields.push({ field: label.field, label: label.label, value: read.value });
    at = skipFiller(segment, read.end);
  }
  return fields;
}

function hasOwnText(element: Element): boolean {
  return Array.from(element.childNodes).some((node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '');
}

function holdsName(element: Element): boolean {
  const names = `${element.id} ${element.getAttribute('class') ?? ''}`.toLowerCase();
  return NAME_HOLDERS.test(element.tagName) || names.includes('name');
}

/**
 * Reads fields written inline in text ("NHS No. 999 007 9196 · Born 3 Apr 1948"), and values recognisable by their
 * shape alone: NHS numbers spaced 3-3-4 and names printed "SURNAME, Forename" or "Forename SURNAME" in a heading,
 * a name element, or at the head of a line of labelled fields. Shape-only values are marked unlabelled.
 */
export function findInlineValues(reader: TextReader): FoundValue[] {
  const values: FoundValue[] = [];
  for (const element of reader.elements.filter(hasOwnText)) {
    const text = reader.text(element);
    const segments = text.split(SEPARATORS).map((segment) => segment.trim());
    let labelled = 0;
    for (const segment of segments) {
      const subject = parseSubjectLine(segment, parseLabelledSegment);
      for (const field of subject ?? []) {
        values.push({ field: field.field, value: field.value, source: field.label, element, place: SUBJECT_PLACE });
      }
      const fields = subject ? [] : parseLabelledSegment(segment);
      for (const field of fields) {
        values.push({ field: field.field, value: field.value, source: field.label, element });
        labelled++;
      }
      // A line that names nothing but ends in a postcode may be the patient's address; grouping decides.
      const address = subject || fields.length > 0 ? [] : parseAddressLine(segment);
      for (const { field, value } of address)
        values.push({ field, value, source: ADDRESS_LINE, element, unlabelled: true });
    }
    const first = segments[0] ?? '';
    if (looksLikePatientName(first) && (holdsName(element) || labelled > 0)) {
      values.push({
        field: 'name',
        value: first,
        source: `${element.tagName.toLowerCase()} text`,
        element,
        unlabelled: true,
      });
    }
    for (const match of text.matchAll(SPACED_NHS_NUMBER)) {
      const digits = normaliseNhsNumber(match[0]);
      if (digits && isValidNhsNumber(digits)) {
        values.push({
          field: 'nhsNumber',
          value: digits,
          source: 'number format, no label',
          element,
          unlabelled: true,
        });
      }
    }
  }
  return values;
}
