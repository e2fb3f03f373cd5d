import { findInlineValues } from './inline-values';
import { findLabelPairs } from './label-pairs';
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

/** Every patient field value one document shows, from any structure, in document order. */
export function findPageValues(reader: TextReader): FoundValue[] {
  const tables = findTableValues(reader);
  const values = [...tables.values, ...findLabelPairs(reader, tables.headerCells), ...findInlineValues(reader)];
  // A stable sort keeps a structure's own value ahead of the same value re-read from the line that holds it.
  return values.filter((value) => value.element.closest(FURNITURE) === null).sort(documentOrder);
}
