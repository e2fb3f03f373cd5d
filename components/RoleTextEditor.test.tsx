import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ROLE_TEXT, type RoleText } from '@/utils/explain/role-text';
import { RoleTextEditor } from './RoleTextEditor';

const TEXT: RoleText = {
  pcnName: 'Riverside PCN',
  intro: 'Link workers give you time.',
  whatTheyDo: ['Listen', 'Connect you with groups'],
  whatTheyDont: [{ item: 'Repeat prescriptions', instead: 'your pharmacy' }],
  whoTheyHelp: ['Carers'],
  howToSelfRefer: 'Ask at reception.',
  contact: { phone: '01632 960001', email: 'sp@nhs.net' },
};

function show(props: { value?: RoleText; locked?: boolean; onSave?: (value: RoleText) => Promise<void> } = {}) {
  const onSave = vi.fn(props.onSave ?? (async () => {}));
  render(<RoleTextEditor value={props.value ?? TEXT} locked={props.locked} onSave={onSave} />);
  return { onSave };
}

function field(label: string | RegExp): HTMLInputElement | HTMLTextAreaElement {
  const element = screen.getByLabelText(label);
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) throw new Error('not a field');
  return element;
}

function type(label: string | RegExp, value: string): void {
  fireEvent.input(field(label), { target: { value } });
}

afterEach(cleanup);

describe('RoleTextEditor', () => {
  it('fills labelled fields, lists one item per line and don’ts as "item — instead"', () => {
    show();
    expect(screen.getByRole('form', { name: 'Link worker text' })).toBeTruthy();
    expect(field('PCN name').value).toBe('Riverside PCN');
    expect(field('What a link worker is').value).toBe('Link workers give you time.');
    expect(field('They can help with').value).toBe('Listen\nConnect you with groups');
    expect(field('They don’t').value).toBe('Repeat prescriptions — your pharmacy');
    expect(field('They don’t').tagName).toBe('TEXTAREA');
    expect(field('Phone').value).toBe('01632 960001');
    expect(field('Self-referral web address').value).toBe('');
    expect(field('They don’t').getAttribute('aria-describedby')).toBe(
      screen.getByText(/what they don’t do, a dash/).id,
    );
  });

  it('saves the edited text as checked role text', async () => {
    const { onSave } = show();
    type('They can help with', 'Listen\n\n  Walk with you  ');
    type('They don’t', 'Repeat prescriptions — your pharmacy\nMedical advice - a GP');
    type('Self-referral web address', 'https://pcn.example/refer');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Saved/));
    expect(onSave).toHaveBeenCalledWith({
      ...TEXT,
      whatTheyDo: ['Listen', 'Walk with you'],
      whatTheyDont: [
        { item: 'Repeat prescriptions', instead: 'your pharmacy' },
        { item: 'Medical advice', instead: 'a GP' },
      ],
      contact: { ...TEXT.contact, selfReferralUrl: 'https://pcn.example/refer' },
    });
    expect(field('They can help with').value).toBe('Listen\nWalk with you');
  });

  it.each([
    ['They don’t', 'Repeat prescriptions', /Line 1 of “They don’t” needs what they don’t do, a dash/],
    ['What a link worker is', '  ', /introduction is empty/],
    ['Email', 'sp at nhs', /email address does not look right/],
    ['Self-referral web address', 'pcn.example/refer', /starting with https:\/\//],
  ])('explains a problem in %s, marks and focuses the field and does not save', async (label, value, message) => {
    const { onSave } = show();
    type(label, value);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(message);
    const input = field(label);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(alert.id);
    await waitFor(() => expect(document.activeElement).toBe(input));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('says so when saving fails', async () => {
    show({ onSave: async () => Promise.reject(new Error('quota')) });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The text could not be saved. Try again.');
  });

  it('puts back the standard wording, keeping the PCN name and contact details, until saved', async () => {
    const { onSave } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to default' }));
    expect(field('What a link worker is').value).toBe(DEFAULT_ROLE_TEXT.intro);
    expect(field('They can help with').value).toBe(DEFAULT_ROLE_TEXT.whatTheyDo.join('\n'));
    expect(field('PCN name').value).toBe('Riverside PCN');
    expect(field('Phone').value).toBe('01632 960001');
    expect(screen.getByRole('status').textContent).toMatch(/Select Save to keep it/);
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]?.[0]).toEqual({ ...DEFAULT_ROLE_TEXT, pcnName: TEXT.pcnName, contact: TEXT.contact });
  });

  it('shows a new saved value', () => {
    const onSave = async () => {};
    const { rerender } = render(<RoleTextEditor value={TEXT} onSave={onSave} />);
    rerender(<RoleTextEditor value={{ ...TEXT, pcnName: 'Hillside PCN' }} onSave={onSave} />);
    expect(field('PCN name').value).toBe('Hillside PCN');
  });

  it('when set by policy, is read-only with a note and nothing to save', () => {
    const { onSave } = show({ locked: true });
    expect(screen.getByText(/^Set by your organisation/)).toBeTruthy();
    for (const label of ['PCN name', 'They can help with', 'They don’t', 'Email', 'Self-referral web address']) {
      expect(field(label).readOnly).toBe(true);
    }
    expect(screen.queryByRole('button')).toBeNull();
    fireEvent.submit(screen.getByRole('form'));
    expect(onSave).not.toHaveBeenCalled();
  });
});
