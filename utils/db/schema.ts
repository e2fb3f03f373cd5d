import type { ImportReport } from '../directory/build-import-report';
import type { FeedFormat, RecordProblem } from '../directory/import-report';
import type { ReferralRoute } from '../referral/referral';
import type { FhirTracking } from './fhir-schema';

export type { Service } from '../directory/service';

/** How long an import took, per stage, in milliseconds: shown in settings and read by `npm run bench`. */
export interface ImportTimings {
  fetchMs: number;
  normaliseMs: number;
  /** Building the search index, inside the swap. */
  indexMs: number;
  /** The swap transaction: search index build and IndexedDB writes. */
  swapMs: number;
}

/** What the last import of a directory source did; one row per source. */
export interface SourceStatus {
  /** The source's id, the prefix of its services' ids. */
  id: string;
  /** The feed address, or the file name for a file imported by hand. */
  url: string;
  format?: FeedFormat;
  /** When the directory now in use was imported (ms since epoch); absent before the first success. */
  importedAt?: number;
  /** When the feed was last confirmed current: an import, or an unchanged answer (304) to a refresh. */
  checkedAt?: number;
  serviceCount: number;
  /** Records the last successful import skipped, with the reason. */
  rejected: RecordProblem[];
  /** The last successful import's full report. */
  report?: ImportReport;
  /** Validators from the feed's first page, sent back on the next refresh so an unchanged feed costs one request. */
  etag?: string;
  lastModifiedHeader?: string;
  /** How long the last import took, per stage. */
  timings?: ImportTimings;
  /** The generation of services in use (utils/db/service-rows.ts); absent before the first success. */
  generation?: string;
  /** The last attempt's failure in plain words; cleared by a success. The previous directory stays in use. */
  lastError?: string;
  lastAttemptAt?: number;
}

/** A practice's own note on a service. Keyed by the service's id, kept apart from services so refreshes never touch it. */
export interface PracticeNote {
  serviceId: string;
  /** Free text, e.g. "Waiting list about 6 weeks (May 2026)". */
  text: string;
  /** Pinned services rank first for matching searches. */
  pinned: boolean;
  /** Short flags shown as tags, e.g. "good for young carers". */
  tags: string[];
  updatedAt: number;
}

/** A list record whose `/services/{id}` detail has not been fetched yet; the queue survives restarts. */
export interface DetailTask {
  /** The service's id (source-qualified). */
  id: string;
  sourceId: string;
  /** Address of the detail record. */
  url: string;
  attempts: number;
}

/** One row of the practice's referral log: initials rather than a name, so the log is safe to audit. */
export interface ReferralLogEntry {
  id: string;
  nhsNumber: string;
  initials: string;
  /** Need labels. */
  needs: string[];
  /** Service names. */
  services: string[];
  /** ISO date the referral was made. */
  date: string;
  /** The first route used; kept because rows written before {@link routes} existed have only this. */
  route: ReferralRoute;
  /** Every route used for this referral, in the order used (not indexed, so no schema version change). */
  routes?: ReferralRoute[];
  referrer: string;
  status: 'sent' | 'accepted' | 'contacted' | 'closed' | 'declined';
  outcome?: string;
  /** ISO date-time of the last status change. */
  updatedAt: string;
  /**
   * The referral only went to the clipboard (copied for the record, or an email too long for a link) and nobody has
   * confirmed it was pasted: until then it may exist nowhere but here. Cleared by confirming, or by filling it into
   * the page.
   */
  awaitingPaste?: true;
  /** For a referral sent to the PCN's FHIR server: its Task and where its status came from. */
  fhir?: FhirTracking;
}

/** An import's generation whose rows are being staged and is not live yet; removed when it goes live or is dropped. */
export interface StagedGeneration {
  id: string;
  sourceId: string;
  startedAt: number;
}

/**
 * A row of services (Dexie version 5, utils/db/service-chunks.ts): up to a few dozen services of one generation,
 * each as JSON, beside its key `${generation}/${serviceId}` (the multi-entry index `ids`, unique).
 */
export interface ServiceChunk {
  ids: string[];
  rows: string[];
}
