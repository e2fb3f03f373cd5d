import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ImportOutcome } from './directory/import-directory';
import type { PatientContext } from './patient/find-patient';

/**
 * Every message between the extension's contexts, with its data and its answer. Verb + noun; one `data` object.
 */
export interface ProtocolMap {
  // side panel / options → background
  /**
   * Fetch every saved feed now, or a new address from settings (saved only if it imports: as the main feed, or
   * as an extra source with `addSource`), and swap it in; answers what happened. `force` ignores the ETag.
   */
  refreshDirectory(data: {
    reason: 'user' | 'settings';
    url?: string;
    addSource?: boolean;
    force?: boolean;
  }): ImportOutcome;
  /** Import files the user chose (JSON, HSDS CSVs, practice spreadsheet) as a new source or again as `sourceId`. */
  importDirectoryFiles(data: { sourceId?: string; files: { name: string; text: string }[] }): ImportOutcome;
  /** Remove an extra source and its services; practice notes stay. */
  removeDirectorySource(data: { sourceId: string }): void;

  // side panel → content script (in the active tab)
  /** Read the patient shown on the page, on request only. */
  getPatientContext(data: { requestedAt: number }): PatientContext;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
