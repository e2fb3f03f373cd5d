import Papa from 'papaparse';

/** One data row of a CSV file. */
export interface CsvRow {
  /** Spreadsheet row number (the header is row 1), so warnings point at the row a person sees in Excel. */
  row: number;
  /** Trimmed cell text by header; blank cells are left out. */
  cells: Record<string, string>;
}

/** A CSV file read with its first row as headers. */
export interface CsvTable {
  /** Headers after `transformHeader`, in file order. */
  headers: string[];
  /** Rows with at least one non-blank cell. */
  rows: CsvRow[];
  /** Plain-words notes about malformed rows (stray quotes, more cells than headers). */
  warnings: string[];
}

/** Default header key: case and surrounding spaces never matter in the files we read. */
export function lowerHeader(header: string): string {
  return header.trim().toLowerCase();
}

/**
 * Any run of carriage returns before a line feed is one line end. The standard's own example files end their lines
 * with "\r\r\n" (converted twice on Windows), which papaparse would otherwise read as a blank row after every row.
 */
function lineEndsFixed(text: string): string {
  return text.replace(/\r+\n/g, '\n');
}

// Excel writes "sep=," (or ";") as the first line of some CSVs to name the delimiter; it is not the header row.
const SEP_LINE = /^\uFEFF?"?sep=(.)"?[ \t]*\r*\n/i;

/** The text ready for papaparse, and the delimiter an Excel `sep=` line named, if any. */
function prepare(text: string): { text: string; delimiter?: string } {
  const sep = SEP_LINE.exec(text);
  return sep ? { text: lineEndsFixed(text.slice(sep[0].length)), delimiter: sep[1] } : { text: lineEndsFixed(text) };
}

/** The header row of CSV text as written (untrimmed), for telling kinds of file apart without reading them. */
export function readCsvHeaders(text: string): string[] {
  const { text: csv, delimiter } = prepare(text);
  return Papa.parse<string[]>(csv, { preview: 1, delimiter }).data[0] ?? [];
}

/**
 * Gives every column a distinct key: a blank heading becomes "column N" and a repeat "phone (2)". Papaparse would
 * rename repeats itself, but with a console warning each time (Excel often saves several blank headings).
 */
function uniqueHeaders(transformHeader: (header: string) => string): (header: string, index: number) => string {
  const names = new Map<number, string>();
  // Kept alongside rather than rebuilt per header: a file of 5,000 columns would otherwise take seconds.
  const taken = new Set<string>();
  return (header, index) => {
    const known = names.get(index);
    if (known !== undefined) return known;
    const base = transformHeader(header) || `column ${index + 1}`;
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base} (${n})`;
    names.set(index, name);
    taken.add(name);
    return name;
  };
}

/**
 * Reads CSV text (a UTF-8 BOM and CRLF line ends are fine) with papaparse. Blank rows are dropped here rather than
 * with papaparse's `skipEmptyLines: 'greedy'`, because that would lose the spreadsheet row numbers we report.
 */
export function readCsv(text: string, transformHeader: (header: string) => string = lowerHeader): CsvTable {
  const { text: csv, delimiter } = prepare(text);
  const result = Papa.parse<Record<string, unknown>>(csv, {
    header: true,
    delimiter,
    skipEmptyLines: false,
    transformHeader: uniqueHeaders(transformHeader),
  });
  const headers = result.meta.fields ?? [];
  const rows: CsvRow[] = [];
  result.data.forEach((data, index) => {
    const cells: Record<string, string> = {};
    for (const header of headers) {
      const value = data[header];
      if (typeof value === 'string' && value.trim() !== '') cells[header] = value.trim();
    }
    if (Object.keys(cells).length > 0) rows.push({ row: index + 2, cells });
  });
  // Too few cells is how a blank or short row looks, and a missing cell is simply blank: not worth a warning.
  const warnings = result.errors
    .filter((error) => error.code !== 'TooFewFields' && error.code !== 'UndetectableDelimiter')
    .map((error) => (error.row === undefined ? error.message : `Row ${error.row + 2}: ${error.message}`));
  return { headers, rows, warnings };
}
