/** A record that was not imported, and why. */
export interface RecordProblem {
  /** The feed's id for the record, or "(none)" / "(record N)" when it has none. */
  id: string;
  reason: string;
}

/** A field that was dropped or cut from a record that was still imported. */
export interface FieldProblem {
  id: string;
  /** The feed's field name, e.g. `url`, `assured_date`, `locations[0].latitude`. */
  field: string;
  reason: string;
}

/** Feed formats the directory reads. */
export type FeedFormat = 'oruk-v1' | 'oruk-3.0' | 'hsds-csv' | 'practice-csv';
