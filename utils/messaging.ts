import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ImportOutcome } from './directory/import-directory';
import type { PatientContext } from './patient/find-patient';

/**
 * Every message between the extension's contexts, with its data and its answer. Verb + noun; one `data` object.
 */
export interface ProtocolMap {
  // side panel / options → background
  /**
   * Fetch the saved feed now, or a new address from settings (saved only if it imports), and swap it in;
   * answers what happened.
   */
  refreshDirectory(data: { reason: 'user' | 'settings'; url?: string }): ImportOutcome;

  // side panel → content script (in the active tab)
  /** Read the patient shown on the page, on request only. */
  getPatientContext(data: { requestedAt: number }): PatientContext;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
