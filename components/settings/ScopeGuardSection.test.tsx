import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCOPE_RULES, type ScopeRule } from '@/utils/referral/scope-guard';
import { ScopeGuardSection } from './ScopeGuardSection';

const FIT_NOTES: ScopeRule = {
  id: 'fit-notes',
  label: 'Fit notes',
  triggers: ['fit note', 'sick note'],
  route: 'A GP.',
};

function show(value: ScopeRule[] = [FIT_NOTES], locked = false) {
  const onSave = vi.fn(async (_rules: ScopeRule[]) => {});
  render(<ScopeGuardSection value={value} locked={locked} onSave={onSave} />);
  return { onSave };
}

function rule(n: number) {
  return within(screen.getByRole('group', { name: new RegExp(`^Rule ${n}\\b`) }));
}

afterEach(cleanup);

describe('ScopeGuardSection', () => {
  it('shows each rule with its trigger words one per line', () => {
    show();
    expect(screen.getByRole('group', { name: 'Rule 1: Fit notes' })).toBeTruthy();
    expect((rule(1).getByLabelText('Trigger words') as HTMLTextAreaElement).value).toBe('fit note\nsick note');
    expect((rule(1).getByLabelText('What to do instead') as HTMLTextAreaElement).value).toBe('A GP.');
  });

  it('adds a rule and saves every rule, the new one with an id made from its label', async () => {
    const { onSave } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Add a rule' }));
    fireEvent.input(rule(2).getByLabelText('Label'), { target: { value: 'Travel vaccines' } });
    fireEvent.input(rule(2).getByLabelText('Trigger words'), { target: { value: 'Yellow fever\n\ntravel jab' } });
    fireEvent.input(rule(2).getByLabelText('What to do instead'), { target: { value: 'Book with the nurse.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save scope rules' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave).toHaveBeenCalledWith([
      FIT_NOTES,
      {
        id: 'travel-vaccines',
        label: 'Travel vaccines',
        triggers: ['yellow fever', 'travel jab'],
        route: 'Book with the nurse.',
      },
    ]);
  });

  it('refuses a rule with no trigger words, naming it', async () => {
    const { onSave } = show();
    fireEvent.input(rule(1).getByLabelText('Trigger words'), { target: { value: ' \n ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save scope rules' }));
    expect((await screen.findByRole('alert')).textContent).toBe('“Fit notes” needs at least one trigger word.');
    expect(rule(1).getByLabelText('Trigger words').getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('removes a rule, and puts the standard rules back until saved', async () => {
    const { onSave } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Remove rule 1' }));
    expect(screen.queryByRole('group')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(screen.getAllByRole('group', { name: /^Rule \d/ })).toHaveLength(DEFAULT_SCOPE_RULES.length);
    expect(screen.getByText(/Select Save to keep them/)).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Save scope rules' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(DEFAULT_SCOPE_RULES));
  });

  it('when set by the organisation, cannot be changed', () => {
    show([FIT_NOTES], true);
    expect(screen.getByText(/^Set by your organisation/)).toBeTruthy();
    expect((rule(1).getByLabelText('Label') as HTMLInputElement).readOnly).toBe(true);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
