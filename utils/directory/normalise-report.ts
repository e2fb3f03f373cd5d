/** Records one dropped or cut field of the record being normalised, by its feed field name. */
export type ReportProblem = (field: string, reason: string) => void;

const QUOTE_LIMIT = 80;
const COUNT = new Intl.NumberFormat('en-GB');

/** A feed value as it appears in a report line: quoted, and shortened so one bad value cannot flood the report. */
export function quoted(value: string): string {
  return JSON.stringify(value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT)}…` : value);
}

/** A count with thousands separators ("2,400,000"), as the report shows it. */
export function count(value: number): string {
  return COUNT.format(value);
}
