import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeDraft } from '@/utils/referral/make-draft.fixture';
import type { ReferralDraft } from '@/utils/referral/referral';
import { PrintableReferral } from './PrintableReferral';

function show(draft?: ReferralDraft) {
  const onPrint = vi.fn();
  const onClose = vi.fn();
  render(<PrintableReferral draft={draft} onPrint={onPrint} onClose={onClose} />);
  return { onPrint, onClose };
}

function fact(label: string): string | null | undefined {
  const term = [...document.querySelectorAll('dt')].find((dt) => dt.textContent === label);
  return term?.nextElementSibling?.textContent;
}

afterEach(cleanup);

describe('PrintableReferral', () => {
  it('prints the referral under the record headings', () => {
    show(makeDraft());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Referral to social prescribing service');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Patient',
      'Needs and concerns',
      'Support offered',
      'Consent',
      'Referrer',
      'Link worker',
    ]);
    expect(fact('NHS number')).toBe('999 007 9196');
    expect(fact('Date of birth')).toBe('1 March 1956');
    expect(fact('Date')).toBe('2 June 2025, 10:05');
    expect(fact('Urgency')).toBe('Routine');
    expect(fact('Contact by')).toBe('Phone call, Text message');
    expect(fact('Practice')).toBe('Example Surgery (ODS A81001)');
    expect(screen.getByText('Worried about council tax arrears and feels isolated since moving.')).toBeTruthy();
    expect(screen.getByText('Money Advice Drop-in')).toBeTruthy();
  });

  it('prints a decline with its own title, and no urgency or link worker', () => {
    show(makeDraft({ declined: true, consent: { referral: false, sharing: false, contact: [] } }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Social prescribing declined');
    expect(fact('Urgency')).toBeUndefined();
    expect(screen.getByText('The patient declined referral to social prescribing.')).toBeTruthy();
    expect(screen.getByText('Not referred.')).toBeTruthy();
  });

  it('prints the caution under a service the directory lists as inactive, and none under an active, recent one', () => {
    const recent = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    show(
      makeDraft({
        services: [
          { id: 'a', name: 'Lunch Club', listing: { status: 'inactive', assuredDate: recent } },
          { id: 'b', name: 'Walking Group', listing: { status: 'active', assuredDate: recent } },
        ],
      }),
    );
    const items = [...document.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items.find((text) => text.startsWith('Lunch Club'))).toContain(
      'Caution: The directory lists this service as inactive: check it is still running before referring.',
    );
    expect(items.find((text) => text.startsWith('Walking Group'))).not.toContain('Caution');
  });

  it('leaves out empty facts', () => {
    const base = makeDraft();
    show(makeDraft({ patient: { nhsNumber: base.patient.nhsNumber, name: base.patient.name, dateOfBirth: '' } }));
    const patient = screen.getByRole('heading', { level: 2, name: 'Patient' }).closest('section');
    expect([...(patient?.querySelectorAll('dt') ?? [])].map((dt) => dt.textContent)).toEqual(['Name', 'NHS number']);
  });

  it('prints and closes from its buttons', () => {
    const { onPrint, onClose } = show(makeDraft());
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onPrint).toHaveBeenCalledOnce();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('says how to start again when there is nothing to print', () => {
    show(undefined);
    expect(screen.getByText('Nothing to print: start the referral again from the Signpost panel.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Print' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });
});
