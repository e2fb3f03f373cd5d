import { browser } from 'wxt/browser';
import { onMessage } from '../messaging';
import { syncFhir } from './sync-fhir';

const SYNC_ALARM = 'fhir-sync';

/**
 * The background's part of the feedback loop: every minute, send referrals waiting in the outbox (each on its own
 * backoff) and fetch Tasks the link workers changed. The panel asks for the same when Referrals opens.
 */
export function setupFhirSync(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void syncFhir();
  });
  void browser.alarms.get(SYNC_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
  });
  onMessage('syncFhir', ({ data }) => syncFhir({ all: data.all }));
  void syncFhir();
}
