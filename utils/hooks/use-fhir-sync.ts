import { useCallback, useEffect, useState } from 'preact/hooks';
import { fhirEndpoint } from '../config/storage-items';
import { type FhirSyncState, fhirSyncState } from '../fhir/fhir-sync-state';
import { sendMessage } from '../messaging';
import { useStoredValue } from './use-stored-value';

/** The FHIR server's side of the referral log, for the Referrals view. */
export interface FhirSyncView {
  endpoint: string | undefined;
  state: FhirSyncState | null | undefined;
  checking: boolean;
  /** What the last check did, in plain words. */
  message: string | undefined;
  check(): Promise<void>;
}

/** Checks the FHIR server (sending what waits, fetching changed Tasks) whenever `active` turns true, and on request. */
export function useFhirSync(active: boolean): FhirSyncView {
  const endpoint = useStoredValue(fhirEndpoint);
  const state = useStoredValue(fhirSyncState);
  const [checking, setChecking] = useState(false);
  const [message, setMessage] = useState<string>();

  const check = useCallback(async () => {
    setChecking(true);
    try {
      const result = await sendMessage('syncFhir', { all: true });
      const parts: string[] = [];
      if (result.sent > 0) parts.push(`${result.sent} waiting ${result.sent === 1 ? 'referral' : 'referrals'} sent`);
      if (result.waiting > 0) parts.push(`${result.waiting} still waiting to send`);
      if (result.poll?.changed) parts.push(`${result.poll.changed} updated by the link worker`);
      if (result.poll && !result.poll.ok) parts.push(`could not check for updates: ${result.poll.message}`);
      setMessage(parts.length > 0 ? `${parts.join('; ')}.` : 'Up to date.');
    } catch {
      setMessage('Signpost could not check the FHIR server just now.');
    } finally {
      setChecking(false);
    }
  }, []);

  useEffect(() => {
    if (active && endpoint) void check();
  }, [active, endpoint, check]);

  return { endpoint, state, checking, message, check };
}
