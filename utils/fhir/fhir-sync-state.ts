/** Where the last check of the FHIR server got to: no patient details, only times and plain-words errors. */
export interface FhirSyncState {
  endpoint: string;
  /** The newest `meta.lastUpdated` seen among Tasks: the next check asks only for Tasks changed after it. */
  since?: string;
  /** When the server last answered a check (ISO). */
  checkedAt?: string;
  /** The last check's failure, in plain words; cleared by a success. */
  error?: string;
}

export { fhirSyncState } from '../config/storage-items';
