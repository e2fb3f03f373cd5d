import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RetentionSection } from './RetentionSection';

afterEach(cleanup);

function select(): HTMLSelectElement {
  return screen.getByLabelText('Keep referrals for') as HTMLSelectElement;
}

describe('RetentionSection', () => {
  it('offers 3 to 36 months, says what happens, and saves the choice', async () => {
    const onSave = vi.fn(async (_months: number) => {});
    render(<RetentionSection value={12} onSave={onSave} />);
    expect(Array.from(select().options, (option) => option.value)).toEqual(['3', '6', '12', '24', '36']);
    expect(select().value).toBe('12');
    expect(screen.getByText('Referrals older than this are deleted automatically.').id).toBe(
      select().getAttribute('aria-describedby'),
    );
    fireEvent.change(select(), { target: { value: '24' } });
    fireEvent.click(screen.getByRole('button', { name: /^Save/ }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(24));
    expect(await screen.findByText('Saved. Referrals are kept for 24 months.')).toBeTruthy();
  });

  it('shows a value set some other way as it is', () => {
    render(<RetentionSection value={18} onSave={async () => {}} />);
    expect(select().value).toBe('18');
  });

  it('when set by the organisation, cannot be changed', () => {
    render(<RetentionSection value={36} locked onSave={async () => {}} />);
    expect(screen.getByText(/^Set by your organisation/)).toBeTruthy();
    expect(select().disabled).toBe(true);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
