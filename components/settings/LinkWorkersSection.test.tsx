import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LinkWorker } from '@/utils/config/setting-types';
import { LinkWorkersSection } from './LinkWorkersSection';

const SAM: LinkWorker = { name: 'Sam Patel', email: 'sam.patel@nhs.net', phone: '', organisation: 'Riverside PCN' };
const JO: LinkWorker = { name: 'Jo Bloggs', email: 'jo.bloggs@nhs.net', phone: '01632 960003', organisation: '' };

function show(props: { value?: LinkWorker[]; defaultIndex?: number; locked?: boolean } = {}) {
  const onSave = vi.fn(async (_workers: LinkWorker[], _index: number) => {});
  render(
    <LinkWorkersSection
      value={props.value ?? [SAM, JO]}
      defaultIndex={props.defaultIndex ?? 0}
      locked={props.locked}
      onSave={onSave}
    />,
  );
  return { onSave };
}

function row(n: number) {
  return within(screen.getByRole('group', { name: `Link worker ${n}` }));
}

function type(n: number, label: string, value: string): void {
  fireEvent.input(row(n).getByLabelText(label), { target: { value } });
}

afterEach(cleanup);

describe('LinkWorkersSection', () => {
  it('shows each link worker as a labelled group, one the default', () => {
    show({ defaultIndex: 1 });
    expect(screen.getByRole('heading', { level: 2, name: 'Link workers' })).toBeTruthy();
    expect((row(1).getByLabelText('Name') as HTMLInputElement).value).toBe('Sam Patel');
    expect((row(2).getByLabelText('NHSmail address') as HTMLInputElement).value).toBe('jo.bloggs@nhs.net');
    expect((row(2).getByLabelText('Default for new referrals') as HTMLInputElement).checked).toBe(true);
    expect((row(1).getByLabelText('Default for new referrals') as HTMLInputElement).checked).toBe(false);
  });

  it('adds a link worker, focuses its name, and saves it as the default', async () => {
    const { onSave } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Add a link worker' }));
    await waitFor(() => expect(document.activeElement).toBe(row(3).getByLabelText('Name')));
    type(3, 'Name', 'Ali Khan');
    type(3, 'NHSmail address', 'ali.khan@nhs.net');
    fireEvent.click(row(3).getByLabelText('Default for new referrals'));
    fireEvent.click(screen.getByRole('button', { name: 'Save link workers' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave).toHaveBeenCalledWith(
      [SAM, JO, { name: 'Ali Khan', email: 'ali.khan@nhs.net', phone: '', organisation: '' }],
      2,
    );
  });

  it('keeps the default with its link worker when an earlier one is removed', async () => {
    const { onSave } = show({ defaultIndex: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Remove Sam Patel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save link workers' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith([JO], 0));
  });

  it('warns, without refusing, about an address that is not NHSmail', () => {
    show();
    type(1, 'NHSmail address', 'sam@riverside-charity.org.uk');
    expect(row(1).getByText(/not an NHSmail address/)).toBeTruthy();
  });

  it('names a missing email address on the row it is missing from', async () => {
    const { onSave } = show();
    type(2, 'NHSmail address', '');
    fireEvent.click(screen.getByRole('button', { name: 'Save link workers' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The email address of Jo Bloggs is empty.');
    expect(row(2).getByLabelText('NHSmail address').getAttribute('aria-invalid')).toBe('true');
    expect(row(1).getByLabelText('NHSmail address').getAttribute('aria-invalid')).toBeNull();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('when set by the organisation, cannot be changed', () => {
    show({ locked: true });
    expect(screen.getByText(/^Set by your organisation/)).toBeTruthy();
    expect((row(1).getByLabelText('Name') as HTMLInputElement).readOnly).toBe(true);
    expect((row(1).getByLabelText('Default for new referrals') as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
