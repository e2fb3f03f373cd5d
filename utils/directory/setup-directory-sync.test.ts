import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureRefreshAlarm } from './setup-directory-sync';

describe('ensureRefreshAlarm', () => {
  it('creates the daily alarm once and leaves its countdown alone on later wake-ups', async () => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ['Date'] });
    try {
      await ensureRefreshAlarm();
      const first = await fakeBrowser.alarms.get('refresh-directory');
      expect(first?.periodInMinutes).toBe(24 * 60);
      vi.setSystemTime(5_000_000);
      await ensureRefreshAlarm();
      expect((await fakeBrowser.alarms.get('refresh-directory'))?.scheduledTime).toBe(first?.scheduledTime);
    } finally {
      vi.useRealTimers();
    }
  });
});
