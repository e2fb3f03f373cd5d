import { practiceColumn } from './practice-columns';
import { readCsvHeaders } from './read-csv';

/**
 * Columns only an HSDS services.csv has. `organization_id` is required there; the others catch exports that
 * leave it out. A practice spreadsheet has none of them.
 */
const HSDS_ONLY = ['organization_id', 'assured_date', 'assurer_email', 'last_modified', 'fees_description', 'alert'];

/** Which kind a single CSV is, from its header row: an HSDS services.csv, a practice spreadsheet, or neither. */
export function detectCsvKind(text: string): 'hsds-services' | 'practice' | undefined {
  const first = readCsvHeaders(text);
  const headers = first.map((header) => header.trim().toLowerCase());
  if (headers.includes('id') && headers.includes('name') && HSDS_ONLY.some((column) => headers.includes(column))) {
    return 'hsds-services';
  }
  // The other HSDS tables have a name column too; their links (`service_id`) and codes (`location_type`) give them away.
  if (headers.some((header) => /_(id|type)$/.test(header))) return undefined;
  return first.some((header) => practiceColumn(header) === 'name') ? 'practice' : undefined;
}
