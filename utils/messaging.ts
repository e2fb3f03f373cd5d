import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ImportOutcome } from './directory/import-directory';
import type { FhirSyncResult } from './fhir/sync-fhir';
import type { PatientDetection } from './patient/patient-types';
import type { SiteProfile } from './patient/site-profile';

/** What the content script read from the active page, on request. */
export interface PageReading {
  detection: PatientDetection;
  /**
   * Needs the visible record suggests, best first, computed in the page: the need, the words that suggest it and
   * where they are ("journal, 12 Mar"); `hedged` when only queried. The record's text itself is not sent.
   */
  suggestedNeeds: { need: string; phrase: string; where?: string; hedged?: boolean }[];
  /** The page's address without query or fragment, for showing where the patient was read. */
  page: string;
}

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
  /** Send referrals waiting in the FHIR outbox (`all`: even those not yet due) and fetch changed Tasks. */
  syncFhir(data: { all?: boolean }): FhirSyncResult;

  // side panel → content script (in the active tab)
  /**
   * Read the patient's details and the needs the record suggests, on request only. `waitForPatient` (a user's
   * read) watches a page still drawing its record for a moment; the match guard's checks answer at once.
   */
  readPage(data: { profiles: SiteProfile[]; waitForPatient?: boolean }): PageReading;
  /** Put referral text into the text field the user last clicked on the page. */
  fillField(data: { text: string }): { ok: true; field: string } | { ok: false; message: string };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
