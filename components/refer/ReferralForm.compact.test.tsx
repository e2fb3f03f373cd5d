import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeDraft } from '@/utils/referral/make-draft.fixture';
import { ReferralForm } from './ReferralForm';
import { EMPTY_DRAFT, showForm } from './referral-form.harness';

afterEach(cleanup);

const patientGroup = () => screen.getByRole('group', { name: 'Patient' });
const editDetails = () => patientGroup().querySelector('details') as HTMLDetailsElement;
const READ = makeDraft({
  patient: {
    nhsNumber: '9990079196',
    name: 'Jane Testpatient',
    dateOfBirth: '1956-03-01',
    postcode: 'BS1 5TR',
    phone: '07700 900123',
  },
});

describe('ReferralForm, compact once a patient is read', () => {
  it('shows a read patient as one line, with the fields folded behind "Edit details"', () => {
    showForm({ draft: READ });
    expect(screen.getByTestId('patient-summary').textContent).toBe(
      'Jane Testpatient · born 1 March 1956 · NHS number 999 007 9196 · BS1 5TR · 07700 900123',
    );
    expect(editDetails().open).toBe(false);
    expect(within(editDetails()).getByText('Edit details').tagName).toBe('SUMMARY');
    // Folded, not removed: every field keeps its label.
    for (const label of ['NHS number', 'Name', 'Postcode', 'Day', 'Month', 'Year']) {
      expect(editDetails().contains(screen.getByLabelText(label))).toBe(true);
    }
  });

  it('shows the fields open for an empty draft, and keeps them open while they are typed in', () => {
    showForm({ draft: EMPTY_DRAFT });
    expect(screen.queryByTestId('patient-summary')).toBeNull();
    expect(editDetails().open).toBe(true);
    fireEvent.input(screen.getByLabelText('NHS number'), { target: { value: '999' } });
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Jane' } });
    expect(editDetails().open).toBe(true);
    expect(screen.getByTestId('patient-summary').textContent).toBe('Jane · NHS number 999');
  });

  it('folds the fields away when a patient is read into the draft from outside, and opens them for a fresh start', () => {
    // Rendered bare, so the test hands the form each new draft as the panel does after a read.
    const props = { onChange: vi.fn(), onDeliver: vi.fn(), onClear: vi.fn(), linkWorkers: [], scopeRules: [] };
    const none = { suggestedNeeds: [], match: { kind: 'none' } as const };
    const view = render(<ReferralForm {...props} {...none} draft={EMPTY_DRAFT} />);
    expect(editDetails().open).toBe(true);
    view.rerender(<ReferralForm {...props} {...none} draft={READ} />);
    expect(editDetails().open).toBe(false);
    view.rerender(<ReferralForm {...props} {...none} draft={EMPTY_DRAFT} />);
    expect(editDetails().open).toBe(true);
  });

  it('opens the folded fields when one is in error, and a summary link focuses it', () => {
    showForm({ draft: makeDraft({ ...READ, patient: { ...READ.patient, name: '' } }) });
    expect(editDetails().open).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Copy for record' }));
    expect(editDetails().open).toBe(true);
    // Folded again by hand, the summary's link still opens it and moves focus to the field.
    editDetails().open = false;
    fireEvent.click(within(screen.getByRole('alert')).getByRole('link', { name: "Enter the patient's name." }));
    expect(editDetails().open).toBe(true);
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
  });

  it('keeps the words behind each suggested need behind "Where found", one press away', () => {
    showForm({
      draft: EMPTY_DRAFT,
      suggestedNeeds: [
        { id: 'debt', label: 'Debt', phrase: 'debts', where: 'journal' },
        { id: 'housing', label: 'Housing', phrase: 'eviction', hedged: true },
      ],
    });
    const line = screen.getByText(/^From the record:/);
    const words = [...line.querySelectorAll('span')];
    expect(words.map((span) => [span.textContent, span.hidden])).toEqual([
      [" ('debts', journal)", true],
      [" ('eviction')", true],
    ]);
    const whereFound = screen.getByRole('button', { name: 'Where found' });
    expect(whereFound.getAttribute('aria-expanded')).toBe('false');
    expect(whereFound.getAttribute('aria-controls')).toBe(line.id);
    fireEvent.click(whereFound);
    expect(whereFound.getAttribute('aria-expanded')).toBe('true');
    expect(words.every((span) => !span.hidden)).toBe(true);
    expect(line.textContent).toBe("From the record: Debt ('debts', journal), Housing (query) ('eviction')");
  });
});
