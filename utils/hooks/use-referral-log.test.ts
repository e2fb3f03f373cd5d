import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppDB } from '../db/db';
import { addReferral } from '../db/referrals';
import { makeLogEntry } from '../referral/log-entry.fixture';
import { useReferralLog } from './use-referral-log';

let db: AppDB;
beforeEach(async () => {
  db = new AppDB(`test-${Math.random()}`);
  await db.open();
  await addReferral(makeLogEntry({ id: 'a', date: '2025-05-01', needs: ['Loneliness'] }), db);
  await addReferral(makeLogEntry({ id: 'b', date: '2025-06-01', needs: ['Housing'], status: 'accepted' }), db);
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await db.delete();
});

const ids = (entries: { id: string }[] | undefined) => entries?.map((entry) => entry.id);

describe('useReferralLog', () => {
  it('lists the log and its counts, and follows the filter', async () => {
    const { result } = renderHook(() => useReferralLog(db));
    await waitFor(() => expect(ids(result.current.entries)).toEqual(['b', 'a']));
    await waitFor(() => expect(result.current.counts?.byStatus).toMatchObject({ sent: 1, accepted: 1 }));
    act(() => result.current.setFilter({ need: 'Loneliness' }));
    await waitFor(() => expect(ids(result.current.entries)).toEqual(['a']));
    expect(result.current.filter).toEqual({ need: 'Loneliness' });
  });

  it('shows an update without being asked again', async () => {
    const { result } = renderHook(() => useReferralLog(db));
    await waitFor(() => expect(result.current.entries).toHaveLength(2));
    await act(() => result.current.update('a', 'closed', 'Joined a group'));
    await waitFor(() => expect(result.current.entries?.find((e) => e.id === 'a')?.status).toBe('closed'));
    await waitFor(() => expect(result.current.counts?.byStatus.closed).toBe(1));
  });

  it('exports the filtered entries as a dated CSV', async () => {
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/1');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const files: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.push(this.download);
    });
    const blobs: Blob[] = [];
    const { result } = renderHook(() => useReferralLog(db));
    act(() => result.current.setFilter({ status: 'accepted' }));
    await act(() => result.current.exportCsv());
    for (const [blob] of create.mock.calls) if (blob instanceof Blob) blobs.push(blob);
    expect(files).toEqual([expect.stringMatching(/^signpost-referrals-\d{4}-\d{2}-\d{2}\.csv$/)]);
    const rows = (await blobs[0]?.text())?.trim().split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows?.[1]).toMatch(/^b,/);
    expect(result.current.error).toBeUndefined();
  });

  it('reports a failed export on screen rather than rejecting', async () => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      throw new Error('blocked');
    });
    const { result } = renderHook(() => useReferralLog(db));
    await act(() => result.current.exportCsv());
    expect(result.current.error).toBe('Signpost could not export the referral log. Try again.');
  });
});
