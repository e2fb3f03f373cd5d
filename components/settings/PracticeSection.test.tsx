import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_PRACTICE, type PracticeDetails } from '@/utils/config/setting-types';
import { PracticeSection } from './PracticeSection';

const PRACTICE: PracticeDetails = { ...EMPTY_PRACTICE, name: 'Riverside Medical Practice', odsCode: 'A81001' };

function show(props: { locked?: boolean; onSave?: (value: PracticeDetails) => Promise<void> } = {}) {
  const onSave = vi.fn(props.onSave ?? (async () => {}));
  render(<PracticeSection value={PRACTICE} locked={props.locked} onSave={onSave} />);
  return { onSave };
}

function input(label: string): HTMLInputElement {
  const element = screen.getByLabelText(label);
  if (!(element instanceof HTMLInputElement)) throw new Error(`${label} is not an input`);
  return element;
}

afterEach(cleanup);

describe('PracticeSection', () => {
  it('labels every field, in two named groups, under its heading', () => {
    show();
    expect(screen.getByRole('heading', { level: 2, name: 'Practice and PCN' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Practice' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Who is referring' })).toBeTruthy();
    for (const label of ['Practice name', 'ODS code', 'PCN name', 'Practice phone', 'Practice email', 'Your name']) {
      expect(input(label)).toBeTruthy();
    }
    expect(input('Practice name').value).toBe('Riverside Medical Practice');
  });

  it('saves the details, tidied, and says so', async () => {
    const { onSave } = show();
    fireEvent.input(input('ODS code'), { target: { value: ' a81002 ' } });
    fireEvent.input(input('Practice email'), { target: { value: 'riverside.reception@nhs.net' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save practice details' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave).toHaveBeenCalledWith({ ...PRACTICE, odsCode: 'A81002', email: 'riverside.reception@nhs.net' });
    expect(await screen.findByText(/^Saved\./)).toBeTruthy();
  });

  it.each([
    ['Practice email', 'reception at riverside', /Practice email does not look right/],
    ['Practice phone', 'ring us', /Practice phone can only have digits/],
    ['ODS code', 'A8-1001', /ODS code can only have letters and digits/],
  ])('names a problem in %s, marks and focuses the field, and saves nothing', async (label, value, message) => {
    const { onSave } = show();
    fireEvent.input(input(label), { target: { value } });
    fireEvent.click(screen.getByRole('button', { name: 'Save practice details' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(input(label).getAttribute('aria-invalid')).toBe('true');
    expect(input(label).getAttribute('aria-describedby')).toContain(alert.id);
    await waitFor(() => expect(document.activeElement).toBe(input(label)));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('when set by the organisation, shows the details read-only with nothing to save', () => {
    const { onSave } = show({ locked: true });
    expect(screen.getByText(/^Set by your organisation/)).toBeTruthy();
    expect(input('Practice name').readOnly).toBe(true);
    expect(screen.queryByRole('button')).toBeNull();
    fireEvent.submit(input('Practice name').form as HTMLFormElement);
    expect(onSave).not.toHaveBeenCalled();
  });
});
