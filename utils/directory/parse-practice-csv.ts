import type { JsonObject } from './narrow';
import { parseDays } from './parse-days';
import { PRACTICE_COLUMNS, type PracticeColumn, practiceColumn } from './practice-columns';
import { readCsv } from './read-csv';

type Cells = Partial<Record<PracticeColumn, string>>;

const KNOWN = new Set<string>(PRACTICE_COLUMNS);
const YES = new Set(['yes', 'y', 'true', '1', 'active', 'open', 'running']);
const NO = new Set(['no', 'n', 'false', '0', 'inactive', 'closed', 'stopped']);

/** FNV-1a: a short, stable, dependency-free hash; ids only need to stay the same between imports. */
function shortHash(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** Same name and postcode, however spaced or cased, gives the same id, so notes stay attached on re-import. */
function generatedId(name: string, postcode = ''): string {
  const key = `${name.toLowerCase().replace(/\s+/g, ' ')}|${postcode.toUpperCase().replace(/\s+/g, '')}`;
  return `p-${shortHash(key)}`;
}

/** A cell of several values ("Venue; phone", "Carers, Older people"). */
function parts(value: string | undefined, separators = /[;,]/): string[] {
  return (value ?? '').split(separators).flatMap((part) => (part.trim() ? [part.trim()] : []));
}

/** The object without its blank fields, so a record carries only what the row said. */
function compact(object: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== ''));
}

/** "12 High St, Kendal" → 3.0 address lines: first part, middle parts, then the town. */
function location(id: string, cells: Cells): JsonObject | undefined {
  if (!cells.address && !cells.postcode) return undefined;
  const lines = parts(cells.address, /,/);
  const address: JsonObject = { address_1: lines[0], country: 'GB', postal_code: cells.postcode };
  if (lines.length > 2) address.address_2 = lines.slice(1, -1).join(', ');
  if (lines.length > 1) address.city = lines[lines.length - 1];
  return { id: `${id}-location`, location_type: 'physical', addresses: [compact(address)] };
}

/**
 * One weekly schedule. Days the parser understands become iCal `byday` and the normaliser writes the description;
 * otherwise the practice's own words are kept as the description, so nothing they typed is lost.
 */
function schedule(cells: Cells, row: number, warnings: string[]): JsonObject | undefined {
  if (!cells.days && !cells.opens && !cells.closes) return undefined;
  const days = cells.days ? parseDays(cells.days) : undefined;
  const result = compact({ opens_at: cells.opens, closes_at: cells.closes });
  if (days) return { ...result, freq: 'WEEKLY', byday: days.join(',') };
  if (cells.days) warnings.push(`Row ${row}: the days "${cells.days}" were not understood, so they are kept as words.`);
  const hours = [cells.opens, cells.closes].filter(Boolean).join('–');
  return { ...result, description: [cells.days, hours].filter(Boolean).join(' ') };
}

/** "Yes"/"y"/blank → active, "No"/"n" → inactive; anything else is passed on for the normaliser to judge. */
function status(value: string | undefined, row: number, warnings: string[]): string {
  const word = value?.toLowerCase();
  if (word === undefined || YES.has(word)) return 'active';
  if (NO.has(word)) return 'inactive';
  warnings.push(`Row ${row}: active "${value}" is not yes or no.`);
  return value ?? 'active';
}

function practiceRecord(id: string, cells: Cells, row: number, warnings: string[]): JsonObject {
  const where = location(id, cells);
  const when = schedule(cells, row, warnings);
  return compact({
    id,
    name: cells.name,
    description: cells.description,
    url: cells.website,
    email: cells.email,
    status: status(cells.active, row, warnings),
    // ORUK 3.0 calls it `fees`, HSDS 3.0 `fees_description`: give both so either reading finds it.
    fees: cells.cost,
    fees_description: cells.cost,
    minimum_age: cells.min_age,
    maximum_age: cells.max_age,
    organization: cells.organisation
      ? { id: `org-${shortHash(cells.organisation.toLowerCase())}`, name: cells.organisation }
      : undefined,
    phones: parts(cells.phone, /[;/]/).map((number) => ({ number })),
    schedules: when ? [when] : [],
    service_at_locations: where ? [{ id: `${id}-at-location`, location: where, schedules: [], phones: [] }] : [],
    // 3.0 has no audience, attendance or access fields; these are the v1 ones the normaliser also reads.
    eligibilitys: parts(cells.audiences, /;/).map((eligibility) => ({ eligibility })),
    attending_type: parts(cells.attendance).join(','),
    attending_access: parts(cells.how_to_access).join(','),
    attributes: parts(cells.needs).map((term) => {
      const code = term.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      return { taxonomy_term: { id: `practice:${code}`, code, term, taxonomy: 'practice' } };
    }),
    notes: cells.notes,
  });
}

/**
 * Reads a practice's own spreadsheet, saved as CSV (docs/practice-spreadsheet.md): one service a row, headings in
 * any case and a few common wordings. Each row becomes an ORUK 3.0 service record with the cell text kept as typed
 * (trimmed) for the normaliser to check. A row without a name is kept, with id `row-N`, so the import report can
 * point the practice at it. Throws when there is no name column at all.
 */
export function parsePracticeCsv(text: string): { records: unknown[]; warnings: string[] } {
  const csv = readCsv(text, (header) => practiceColumn(header) ?? header.trim());
  if (!csv.headers.includes('name')) {
    throw new Error('The spreadsheet has no "name" column, so Signpost cannot tell one service from another.');
  }
  const warnings = [...csv.warnings];
  // Only columns with something in them: Excel often saves a few blank, unnamed columns past the last one used.
  for (const header of csv.headers) {
    if (KNOWN.has(header) || !csv.rows.some(({ cells }) => cells[header] !== undefined)) continue;
    const repeat = header.match(/^(.+) \(\d+\)$/)?.[1];
    warnings.push(
      repeat && KNOWN.has(repeat)
        ? `There is more than one "${repeat}" column; only the first is read.`
        : `The column "${header}" is not one Signpost reads, so it was left out.`,
    );
  }
  const firstRowOfId = new Map<string, number>();
  const records = csv.rows.map(({ row, cells }) => {
    const given: Cells = cells;
    let id = given.name ? (given.id ?? generatedId(given.name, given.postcode)) : `row-${row}`;
    const earlier = firstRowOfId.get(id);
    if (earlier !== undefined && !given.id) {
      warnings.push(`Row ${row} has the same name and postcode as row ${earlier}; give it an id to keep them apart.`);
      id = `${id}-${row}`;
    }
    if (earlier === undefined) firstRowOfId.set(id, row);
    return practiceRecord(id, given, row, warnings);
  });
  return { records, warnings };
}
