import type { RecordProblem } from '../directory/normalise-oruk-service';

export type { Service } from '../directory/service';

/** What the last import of a directory source did; one row per source. */
export interface SourceStatus {
  /** The source's id, the prefix of its services' ids. */
  id: string;
  url: string;
  /** When the directory now in use was imported (ms since epoch); absent before the first success. */
  importedAt?: number;
  serviceCount: number;
  /** Records the last successful import skipped, with the reason. */
  rejected: RecordProblem[];
  /** The last attempt's failure in plain words; cleared by a success. The previous directory stays in use. */
  lastError?: string;
  lastAttemptAt?: number;
}
