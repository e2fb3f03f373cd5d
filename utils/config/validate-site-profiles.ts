import { isObject } from '../directory/narrow';
import type { PatientField } from '../patient/patient-types';
import type { SiteProfile } from '../patient/site-profile';
import { checkList, checkText } from './check-fields';
import type { Checked } from './checked';
import { problemAt } from './checked';
import { makeId } from './make-id';

/** A field a site profile can point a selector at. */
export type SelectorField = PatientField | 'note';

/** Every selector a profile may have, in the order the settings page shows them, with their names there. */
export const SELECTOR_LABELS: Record<SelectorField, string> = {
  nhsNumber: 'NHS number',
  name: 'Name',
  dateOfBirth: 'Date of birth',
  address: 'Address',
  postcode: 'Postcode',
  phone: 'Phone',
  email: 'Email',
  note: 'Consultation note',
};

const SELECTOR_FIELDS = Object.keys(SELECTOR_LABELS) as SelectorField[];
const MAX_PROFILES = 50;
const MAX_SELECTOR = 500;

/**
 * True when `selector` is valid CSS. Checked against an empty fragment so nothing on the page is touched; where
 * there is no document (a service worker) every selector passes, and detection ignores broken ones anyway.
 */
export function isValidSelector(selector: string, doc: Document | undefined = globalThis.document): boolean {
  if (!doc) return true;
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

function isSelectorField(key: string): key is SelectorField {
  return (SELECTOR_FIELDS as string[]).includes(key);
}

function checkSelectors(
  value: unknown,
  which: string,
  index: number,
  doc?: Document,
): Checked<SiteProfile['selectors']> {
  if (value === undefined) return problemAt(`${which} needs at least one selector.`, 'nhsNumber', index);
  if (!isObject(value)) return problemAt(`The selectors of ${which} are not in the expected format.`, undefined, index);
  const selectors: SiteProfile['selectors'] = {};
  for (const [key, raw] of Object.entries(value)) {
    if (!isSelectorField(key)) {
      return problemAt(`${which} has a selector for “${key}”, which Signpost does not read.`, undefined, index);
    }
    const label = `The ${SELECTOR_LABELS[key]} selector of ${which}`;
    const text = checkText(raw, label, { max: MAX_SELECTOR, field: key, index });
    if (!text.ok) return text;
    if (!text.value) continue;
    if (!isValidSelector(text.value, doc)) {
      return problemAt(`${label} is not a valid CSS selector: check “${text.value}”.`, key, index);
    }
    selectors[key] = text.value;
  }
  if (Object.keys(selectors).length === 0) {
    return problemAt(`${which} needs at least one selector.`, 'nhsNumber', index);
  }
  return { ok: true, value: selectors };
}

/**
 * Narrows site profiles: each needs a label, a URL pattern and at least one valid CSS selector. A missing or
 * repeated id is made from the label. `doc` checks selectors' syntax (see `isValidSelector`).
 */
export function validateSiteProfiles(value: unknown, doc?: Document): Checked<SiteProfile[]> {
  const list = checkList(value, 'The site profiles', MAX_PROFILES);
  if (!list.ok) return list;
  const profiles: SiteProfile[] = [];
  const ids = new Set<string>();
  for (const [index, entry] of list.value.entries()) {
    const position = `site profile ${index + 1}`;
    if (!isObject(entry)) return problemAt(`The ${position} is not in the expected format.`, undefined, index);
    const label = checkText(entry.label, `The label of ${position}`, { required: true, field: 'label', index });
    if (!label.ok) return label;
    const which = `“${label.value}”`;
    const pattern = checkText(entry.urlPattern, `The URL pattern of ${which}`, {
      required: true,
      max: MAX_SELECTOR,
      field: 'urlPattern',
      index,
    });
    if (!pattern.ok) return pattern;
    // A pattern is matched against whole page addresses: without a scheme or a leading * it can never match.
    if (!/^(https?:\/\/|\*)\S*$/i.test(pattern.value)) {
      return problemAt(
        `The URL pattern of ${which} must start with https://, http:// or *, with no spaces, like https://clinical.example.nhs.uk/*`,
        'urlPattern',
        index,
      );
    }
    const selectors = checkSelectors(entry.selectors, which, index, doc);
    if (!selectors.ok) return selectors;
    const given = typeof entry.id === 'string' && /^[a-z0-9-]{1,60}$/i.test(entry.id) ? entry.id : '';
    const id = given && !ids.has(given) ? given : makeId(label.value, ids, 'profile');
    ids.add(id);
    profiles.push({ id, label: label.value, urlPattern: pattern.value, selectors: selectors.value });
  }
  return { ok: true, value: profiles };
}
