import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';
import type { PatientContext } from '../patient/find-patient';

export type PatientState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'read'; context: PatientContext }
  | { kind: 'error'; message: string };

/** Asks the active tab's content script for the patient, only when the user asks. */
export function usePatient(): { patient: PatientState; readPatient(): Promise<void> } {
  const [patient, setPatient] = useState<PatientState>({ kind: 'idle' });

  async function readPatient(): Promise<void> {
    setPatient({ kind: 'reading' });
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) {
      setPatient({ kind: 'error', message: 'There is no open page to read a patient from.' });
      return;
    }
    try {
      const context = await sendMessage('getPatientContext', { requestedAt: Date.now() }, tab.id);
      setPatient({ kind: 'read', context });
    } catch {
      setPatient({
        kind: 'error',
        message: 'Signpost cannot read this page. Reload the clinical system page and try again.',
      });
    }
  }

  return { patient, readPatient };
}
