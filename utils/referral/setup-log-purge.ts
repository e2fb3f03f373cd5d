import { browser } from 'wxt/browser';
import { retentionMonths } from '../config/storage-items';
import { purgeExpiredReferrals } from './retention';

const PURGE_ALARM = 'purge-referral-log';

async function purge(): Promise<void> {
  await purgeExpiredReferrals(await retentionMonths.getValue());
}

/** Deletes referral log entries older than the retention setting: when the background starts, then daily. */
export function setupLogPurge(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PURGE_ALARM) void purge();
  });
  void browser.alarms.get(PURGE_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(PURGE_ALARM, { periodInMinutes: 24 * 60 });
  });
  retentionMonths.watch(() => void purge());
  void purge();
}
