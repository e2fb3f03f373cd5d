import { postcodeInAddress, readFieldValue } from './field-values';
import type { FrameDocument } from './frame-documents';
import type { DetectedField, PatientField } from './patient-types';
import type { SiteProfile } from './site-profile';
import { controlValue } from './visible-text';

const FIELDS: PatientField[] = ['nhsNumber', 'name', 'dateOfBirth', 'address', 'postcode', 'phone', 'email'];

/** Fields a profile found, by field. */
export type ProfileFields = Partial<Record<PatientField, DetectedField>>;

/** The visible elements a selector matches in the page and its frames; none when the selector is not valid CSS. */
export function selectVisible(documents: FrameDocument[], selector: string): Element[] {
  return documents.flatMap(({ doc, reader }) => {
    try {
      return Array.from(doc.querySelectorAll(selector)).filter((element) => reader.isVisible(element));
    } catch {
      // Profiles may come from settings a person typed; a broken selector reads nothing rather than failing.
      return [];
    }
  });
}

/**
 * Reads the fields a site profile points at. Each selector's first visible element holding a value of the field's
 * shape wins; the source is the selector. A postcode comes from the address when the profile has no selector for it.
 */
export function readProfileFields(documents: FrameDocument[], profile: SiteProfile): ProfileFields {
  const fields: ProfileFields = {};
  for (const field of FIELDS) {
    const selector = profile.selectors[field];
    if (!selector) continue;
    for (const element of selectVisible(documents, selector)) {
      const reader = documents.find(({ doc }) => doc === element.ownerDocument)?.reader;
      const found = reader && readFieldValue(field, controlValue(element) ?? reader.text(element));
      if (!found) continue;
      // The selector is the source for settings; the user is told in words where the profile looked.
      fields[field] = { value: found.value, source: selector, place: `where the “${profile.label}” profile points` };
      break;
    }
  }
  const postcode = fields.address && postcodeInAddress(fields.address.value);
  if (!fields.postcode && fields.address && postcode) {
    fields.postcode = { ...fields.address, value: postcode, source: `${fields.address.source} (postcode in address)` };
  }
  return fields;
}
