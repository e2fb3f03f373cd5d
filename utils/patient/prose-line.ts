import { postcodeInAddress, readFieldValue } from './field-values';
import type { PatientField } from './patient-types';

/** A field read from prose, and whether a label named it or its place in the sentence did. */
export interface ProseField {
  field: PatientField;
  value: string;
  label: string;
  unlabelled?: boolean;
}

/** The source of a value recognised as an address by its postcode, with no label. */
export const ADDRESS_LINE = 'address line';

// How a letter names its subject: "Re: Mrs Joan ELLIS, DOB 12/05/1951, NHS No 999 290 0008, 14 Elm Road …".
const SUBJECT = /^(?:re|ref|regarding|subject|patient)\s*[:-]\s*/i;
const POSTCODE_END = /[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}[\s.,]*$/i;

/**
 * Reads a letter's subject line: the name first, then comma-separated details, labelled ("DOB …", "NHS No …")
 * or not (an address ending in a postcode). Undefined when the text is not such a line or names no patient.
 */
export function parseSubjectLine(
  text: string,
  parseLabelledSegment: (segment: string) => ProseField[],
): ProseField[] | undefined {
  const start = SUBJECT.exec(text);
  if (!start) return undefined;
  const parts = text
    .slice(start[0].length)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const name = parts[0] !== undefined ? readFieldValue('name', parts[0]) : undefined;
  if (!name || parts.length < 2) return undefined;
  const fields: ProseField[] = [{ field: 'name', value: name.value, label: 'Re:' }];
  let address: string[] = [];
  for (const part of parts.slice(1)) {
    const labelled = parseLabelledSegment(part);
    if (labelled.length > 0) {
      fields.push(...labelled);
      address = [];
      continue;
    }
    address.push(part);
    if (!POSTCODE_END.test(part)) continue;
    const whole = address.join(', ');
    const postcode = postcodeInAddress(whole);
    if (postcode) {
      fields.push(
        { field: 'address', value: whole, label: 'Re:' },
        { field: 'postcode', value: postcode, label: 'Re:' },
      );
    }
    address = [];
  }
  return fields.some((field) => field.field === 'nhsNumber') ? fields : undefined;
}

/** An unlabelled line that ends in a postcode ("8 Chapel Row, Bath BA1 1HX", "BA1 1HX"): an address, perhaps. */
export function parseAddressLine(text: string): ProseField[] {
  const line = text.trim().replace(/[.,]+$/, '');
  // "Practice address: …" names whose address it is, and it is not the patient's.
  if (line.length > 120 || !POSTCODE_END.test(line) || /^[^:]{1,40}:/.test(line)) return [];
  const postcode = postcodeInAddress(line);
  if (!postcode) return [];
  const fields: ProseField[] = [{ field: 'postcode', value: postcode, label: 'address', unlabelled: true }];
  if (line.replace(/\s+/g, '').length > postcode.replace(/\s+/g, '').length) {
    fields.push({ field: 'address', value: line, label: 'address', unlabelled: true });
  }
  return fields;
}
