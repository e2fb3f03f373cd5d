import type { JsonObject } from './narrow';
import { type CsvRow, readCsv } from './read-csv';

/** One file of an HSDS tabular export, read. */
export interface HsdsTable {
  /** The file name warnings cite, e.g. `phones.csv`. */
  file: string;
  headers: string[];
  rows: CsvRow[];
}

/** Rows of one table as JSON objects by their `id`, with the file they came from for warnings. */
export interface HsdsIndex {
  file: string;
  byId: Map<string, JsonObject>;
}

/**
 * The files of an HSDS tabular export by lower-case base name, each read once on demand. Warnings (unreadable rows,
 * broken links between tables) collect in `warnings`.
 */
export class HsdsCsvTables {
  readonly warnings: string[] = [];
  private readonly texts = new Map<string, string>();

  constructor(files: Record<string, string>) {
    for (const [name, text] of Object.entries(files)) {
      this.texts.set(name.split(/[\\/]/).pop()?.toLowerCase() ?? name, text);
    }
  }

  /**
   * The rows of the first of `names` supplied. Publishers export some tables under two names (`schedule.csv` and
   * `schedules.csv`, `address.csv` and `addresses.csv`; the standard's own example has both), so every variant
   * present is read and a row whose id an earlier variant already gave is dropped.
   */
  load(...names: string[]): HsdsTable | undefined {
    let found: HsdsTable | undefined;
    const seen = new Set<string>();
    for (const name of names) {
      const text = this.texts.get(name);
      if (text === undefined) continue;
      const csv = readCsv(text);
      // Loops rather than spreads: a spread of 200,000 warnings or rows overflows the stack.
      for (const warning of csv.warnings) this.warnings.push(`${name}: ${warning}`);
      // Only rows repeated from an earlier variant go: a repeat within one file is the publisher's to hear about.
      const rows = csv.rows.filter((row) => row.cells.id === undefined || !seen.has(row.cells.id));
      for (const row of rows) if (row.cells.id !== undefined) seen.add(row.cells.id);
      if (found) for (const row of rows) found.rows.push(row);
      else found = { file: name, headers: csv.headers, rows };
    }
    return found;
  }

  /** A table's rows as objects by id, each starting with the given empty lists so joins can push onto them. */
  index(table: HsdsTable | undefined, lists: string[] = []): HsdsIndex | undefined {
    if (!table) return undefined;
    const byId = new Map<string, JsonObject>();
    for (const row of table.rows) {
      const id = row.cells.id;
      if (id !== undefined && !byId.has(id)) byId.set(id, withLists(row, lists));
    }
    return { file: table.file, byId };
  }

  /**
   * The object `row[column]` points at in `index`. A blank cell, or a table that was not supplied, gives undefined
   * quietly (optional files may be left out); an id that matches nothing is a broken link and is warned about.
   */
  lookup(table: HsdsTable, row: CsvRow, column: string, index: HsdsIndex | undefined): JsonObject | undefined {
    const id = row.cells[column];
    if (id === undefined || !index) return undefined;
    const found = index.byId.get(id);
    if (!found) this.warnings.push(`${table.file} row ${row.row}: ${column} "${id}" matches nothing in ${index.file}.`);
    return found;
  }
}

/** A row's cells as a fresh JSON object, plus empty lists to join into. */
export function withLists(row: CsvRow, lists: string[]): JsonObject {
  const object: JsonObject = { ...row.cells };
  for (const list of lists) object[list] = [];
  return object;
}

/** Appends to `object[key]`, starting the list if the object has none yet. */
export function pushTo(object: JsonObject, key: string, value: unknown): void {
  const current = object[key];
  if (Array.isArray(current)) current.push(value);
  else object[key] = [value];
}
