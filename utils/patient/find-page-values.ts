import { findInlineValues } from './inline-values';
import { findLabelPairs } from './label-pairs';
import { aboutAnOrganisation, aboutSomeoneElse, describePlace } from './page-context';
import type { FoundValue } from './patient-types';
import { findTableValues } from './table-values';
import type { TextReader } from './visible-text';

// Page furniture: a footer's "Address:" is the practice's, a navigation list's numbers are recent patients.
const FURNITURE = 'footer, nav, [role="contentinfo"], [role="navigation"]';
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without relying on the page's global Node.

function documentOrder(a: FoundValue, b: FoundValue): number {
  if (a.element === b.element) return 0;
  return a.element.compareDocumentPosition(b.element) & FOLLOWING ? -1 : 1;
}

/**
 * Every patient field value one document shows, from any structure, in document order, each with where it is in
 * plain words. Values about someone else (a relative, a carer, another patient in a list) and an organisation's
 * (a letterhead, a practice line) are left out: they are never the patient's.
 */
export function findPageValues(reader: TextReader): FoundValue[] {
  const tables = findTableValues(reader);
  const values = [...tables.values, ...findLabelPairs(reader, tables.headerCells), ...findInlineValues(reader)];
  const excluded = new Map<Element, boolean>();
  const isExcluded = (element: Element): boolean => {
    const known = excluded.get(element);
    if (known !== undefined) return known;
    const result =
      element.closest(FURNITURE) !== null || aboutSomeoneElse(element) || aboutAnOrganisation(element, reader.text);
    excluded.set(element, result);
    return result;
  };
  // A stable sort keeps a structure's own value ahead of the same value re-read from the line that holds it.
  return values
    .filter((value) => !isExcluded(value.element))
    .map((value) => ({ ...value, place: value.place ?? describePlace(value.element) }))
    .sort(documentOrder);
}
