import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReferralCounts, ReferralFilter } from '@/utils/db/referrals';
import type { ReferralLogEntry } from '@/utils/db/schema';
import { makeLogEntry } from '@/utils/referral/log-entry.fixture';
import { ReferralLog } from './ReferralLog';

const COUNTS: ReferralCounts = {
  byStatus: { sent: 1, accepted: 0, contacted: 1, closed: 0, declined: 0 },
  byNeed: { 'Debt and money worries': 1, Loneliness: 2 },
};

const ENTRIES: ReferralLogEntry[] = [
  makeLogEntry({ id: 'r2', initials: 'AB', date: '2025-06-20', status: 'contacted', outcome: 'Left a message' }),
  makeLogEntry({ id: 'r1' }),
];

function show(overrides: Partial<Parameters<typeof ReferralLog>[0]> = {}) {
  const props = {
    entries: ENTRIES,
    counts: COUNTS,
    retentionMonths: 12,
    filter: {} as ReferralFilter,
    onFilter: vi.fn<(next: ReferralFilter) => void>(),
    onUpdate: vi.fn(async () => {}),
    onExportCsv: vi.fn(),
    ...overrides,
  };
  render(<ReferralLog {...props} />);
  return props;
}

afterEach(cleanup);

describe('ReferralLog', () => {
  it('has a heading, the retention period and each referral with its NHS number grouped 3-3-4', () => {
    show({ retentionMonths: 18 });
    expect(screen.getByRole('heading', { level: 2, name: 'Referrals' })).toBeTruthy();
    expect(screen.getByText('Referrals are kept for 18 months, then deleted automatically.')).toBeTruthy();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'AB · 20 June 2025',
      'JT · 2 June 2025',
    ]);
    expect(within(items[0] as HTMLElement).getByText('999 007 9196')).toBeTruthy();
    expect(within(items[0] as HTMLElement).getByText('Left a message')).toBeTruthy();
  });

  it.each([
    [1, 'Referrals are kept for 1 month, then deleted automatically.'],
    [6, 'Referrals are kept for 6 months, then deleted automatically.'],
  ])('words a retention of %i months', (months, line) => {
    show({ retentionMonths: months });
    expect(screen.getByText(line)).toBeTruthy();
  });

  it('shows every route a referral went by, and the one route of an older row', () => {
    show({
      entries: [makeLogEntry({ id: 'r3', routes: ['record', 'email'] }), makeLogEntry({ id: 'r1', route: 'print' })],
    });
    const [both, old] = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(within(both as HTMLElement).getByText('Routes')).toBeTruthy();
    expect(
      within(both as HTMLElement).getByText('Recorded in the clinical record, Emailed to the link worker'),
    ).toBeTruthy();
    expect(within(old as HTMLElement).getByText('Route')).toBeTruthy();
    expect(within(old as HTMLElement).getByText('Printed')).toBeTruthy();
  });

  it('shows counts by status and by need', () => {
    show();
    expect(screen.getByText('2 referrals in the log')).toBeTruthy();
    const [byStatus, byNeed] = document.querySelectorAll('section > dl');
    const pairs = (dl: Element | undefined) =>
      [...(dl?.querySelectorAll('dt') ?? [])].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(pairs(byStatus)).toEqual(['Sent: 1', 'Accepted: 0', 'Contacted: 1', 'Closed: 0', 'Declined: 0']);
    expect(pairs(byNeed)).toEqual(['Debt and money worries: 1', 'Loneliness: 2']);
  });

  it.each<[string, string, ReferralFilter, ReferralFilter]>([
    ['Status', 'accepted', { need: 'Loneliness' }, { need: 'Loneliness', status: 'accepted' }],
    ['Status', '', { status: 'sent' }, { status: undefined }],
    ['Need', 'Loneliness', { status: 'sent' }, { status: 'sent', need: 'Loneliness' }],
    ['Need', '', { need: 'Loneliness' }, { need: undefined }],
  ])('filters by %s = %j', (label, value, filter, expected) => {
    const { onFilter } = show({ filter });
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
    expect(onFilter).toHaveBeenCalledWith(expected);
  });

  it('offers each need in the log, and keeps a chosen one that has gone', () => {
    show({ filter: { need: 'Housing' }, entries: [] });
    const options = within(screen.getByLabelText('Need')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['All needs', 'Housing', 'Debt and money worries', 'Loneliness']);
    expect((screen.getByLabelText('Need') as HTMLSelectElement).value).toBe('Housing');
  });

  it('saves a new status and outcome for one referral, and says so', async () => {
    const { onUpdate } = show();
    fireEvent.change(screen.getByLabelText('Status for JT 2 June 2025'), { target: { value: 'accepted' } });
    fireEvent.input(screen.getByLabelText('Outcome for JT 2 June 2025'), { target: { value: 'First meeting booked' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save for JT 2 June 2025' }));
    expect(onUpdate).toHaveBeenCalledWith('r1', 'accepted', 'First meeting booked');
    await waitFor(() => expect(screen.getAllByRole('status').some((s) => s.textContent === 'Saved.')).toBe(true));
  });

  it('starts each row from the saved status and outcome', () => {
    show();
    expect((screen.getByLabelText('Status for AB 20 June 2025') as HTMLSelectElement).value).toBe('contacted');
    expect((screen.getByLabelText('Outcome for AB 20 June 2025') as HTMLTextAreaElement).value).toBe('Left a message');
  });

  it('says which referrals were copied but not confirmed pasted, and confirms one on request', async () => {
    const onConfirmPasted = vi.fn(async () => {});
    show({ entries: [ENTRIES[0] as ReferralLogEntry, makeLogEntry({ awaitingPaste: true })], onConfirmPasted });
    expect(screen.getByText('1 referral was copied but not confirmed pasted into the record.')).toBeTruthy();
    const [other, copied] = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(other?.textContent).not.toContain('not confirmed pasted');
    expect(copied?.textContent).toContain('Copied, not confirmed pasted into the record.');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm pasted for JT 2 June 2025' }));
    expect(onConfirmPasted).toHaveBeenCalledWith('r1');
    await waitFor(() => expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Confirmed pasted.'));
  });

  it('says when a change could not be saved', async () => {
    show({ onUpdate: vi.fn(async () => Promise.reject(new Error('There is no referral r1 in the log.'))) });
    fireEvent.click(screen.getByRole('button', { name: 'Save for JT 2 June 2025' }));
    await waitFor(() =>
      expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(
        'This change could not be saved. Try again.',
      ),
    );
  });

  it('exports through the prop', () => {
    const { onExportCsv } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(onExportCsv).toHaveBeenCalledTimes(1);
  });

  it('labels every form control', () => {
    show();
    for (const control of document.querySelectorAll('select, textarea, input')) {
      expect(control.id && document.querySelector(`label[for="${control.id}"]`)).toBeTruthy();
    }
  });

  it('says plainly when the log is empty', () => {
    show({ entries: [], counts: { byStatus: { ...COUNTS.byStatus, sent: 0, contacted: 0 }, byNeed: {} } });
    expect(screen.getByText(/No referrals yet/)).toBeTruthy();
    expect(screen.getByText('0 referrals in the log')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('says when nothing matches the filters, and clears them', () => {
    const { onFilter } = show({ entries: [], filter: { status: 'declined' } });
    expect(screen.getByText(/No referrals match these filters/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show all referrals' }));
    expect(onFilter).toHaveBeenCalledWith({});
  });

  it('shows reading and failure states', () => {
    show({ entries: undefined, counts: undefined, error: 'Signpost could not read the referral log.' });
    expect(screen.getByRole('status').textContent).toBe('Reading the referral log…');
    expect(screen.getByRole('alert').textContent).toBe('Signpost could not read the referral log.');
  });
});
