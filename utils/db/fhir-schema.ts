import type { FhirTransaction } from '../fhir/compose-referral-transaction';

/** FHIR R4 Task statuses (the subset a referral's Task moves through, and the rest a server may send). */
export type TaskStatus =
  | 'draft'
  | 'requested'
  | 'received'
  | 'accepted'
  | 'rejected'
  | 'ready'
  | 'cancelled'
  | 'in-progress'
  | 'on-hold'
  | 'failed'
  | 'completed'
  | 'entered-in-error';

/** How a referral sent to a FHIR server is getting on; kept on its log entry. No patient details. */
export interface FhirTracking {
  /** `waiting`: in the outbox, not yet accepted by the server; `sent`: the server has it. */
  state: 'waiting' | 'sent';
  /** The server's base address. */
  endpoint: string;
  /** The Task's server id and version once sent. */
  taskId?: string;
  taskVersion?: string;
  /** The Task's status as the server last said, and when it changed there (Task.lastModified or meta). */
  taskStatus?: TaskStatus;
  statusAt?: string;
  /** Where the log's status came from: the link worker through the FHIR server, or typed here. */
  statusFrom?: 'server' | 'here';
  /** When the server last answered for this referral (sent, or checked for changes). */
  checkedAt?: string;
  /** The last failed attempt, in plain words. */
  lastError?: string;
}

/**
 * A referral waiting to reach the FHIR server. It holds the whole transaction Bundle, patient details included,
 * because it must be sent unchanged (the same identifiers) whenever the server answers; it is deleted once sent.
 */
export interface OutboxItem {
  /** The referral's id, as in the log. */
  id: string;
  endpoint: string;
  bundle: FhirTransaction;
  attempts: number;
  /** When the next attempt is due (ms since epoch). */
  nextAttemptAt: number;
  createdAt: number;
}
