import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { makeDraft } from '@/utils/referral/make-draft.fixture';
import { DEFAULT_SCOPE_RULES } from '@/utils/referral/scope-guard';
import { EMPTY_DRAFT, LINK_WORKERS, showForm } from './referral-form.harness';

afterEach(cleanup);

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const tick = (label: string | RegExp) => fireEvent.click(screen.getByLabelText(label));
/** The "From the record" line as a screen reader gets it once "Where found" is open: each need with its words. */
const suggestionText = () => screen.getByText(/^From the record:/).textContent;
const needChip = (name: string) => within(screen.getByRole('group', { name: 'Needs' })).getByRole('button', { name });

describe('ReferralForm reason', () => {
  it.each([
    [0, '0 of 2,000 characters'],
    [1234, '1,234 of 2,000 characters'],
    [2000, '2,000 of 2,000 characters'],
  ])('counts %i characters as "%s" with no error', (length, count) => {
    showForm();
    type('Reason for referral', 'x'.repeat(length));
    expect(screen.getByText(count)).toBeTruthy();
    expect(screen.getByLabelText('Reason for referral').getAttribute('aria-invalid')).toBeNull();
  });

  it('keeps text past the limit, says so beside the field, and does not deliver it', () => {
    const { onDeliver, state } = showForm();
    const long = 'Lonely since her husband died. '.repeat(70).slice(0, 2001);
    type('Reason for referral', long);
    const reason = screen.getByLabelText('Reason for referral');
    expect((reason as HTMLTextAreaElement).value).toBe(long);
    expect(state.draft.reason).toHaveLength(2001);
    expect(screen.getByText('2,001 of 2,000 characters')).toBeTruthy();
    const message = 'The reason is 2,001 characters: shorten it to 2,000 or fewer.';
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(message)).toBeTruthy();
    click('Copy for record');
    expect(onDeliver).not.toHaveBeenCalled();
    expect(within(screen.getByRole('alert')).getByRole('link', { name: message })).toBeTruthy();
    // Beside the field once, not twice: the live message and the attempt's are the same problem.
    expect(screen.getAllByText(message)).toHaveLength(2);
  });

  it.each([
    ['Needs a repeat prescription and is lonely', 'Repeat prescriptions'],
    ['Feels unsafe at home', 'Safeguarding concern'],
  ])('warns, without blocking, when the reason says "%s"', (reason, label) => {
    const { onDeliver } = showForm();
    expect(screen.queryByText(new RegExp(label))).toBeNull();
    type('Reason for referral', reason);
    const rule = DEFAULT_SCOPE_RULES.find((r) => r.label === label);
    const warning = screen.getByText(`${label}:`).closest('.notice');
    expect(warning?.textContent).toBe(`${label}: ${rule?.route}`);
    click('Copy for record');
    expect(onDeliver).toHaveBeenCalledWith('record');
  });

  it('warns about a need chosen as well as words typed', () => {
    showForm({ draft: makeDraft({ reason: 'Struggling at home.' }) });
    fireEvent.click(screen.getByRole('button', { name: /^All \d+ needs$/ }));
    fireEvent.click(needChip('Domestic abuse'));
    expect(screen.getByText('Safeguarding concern:')).toBeTruthy();
  });
});

describe('ReferralForm needs', () => {
  const suggestedNeeds = [
    { id: 'debt', label: 'Debt', phrase: 'debts' },
    { id: 'food', label: 'Food', phrase: 'food bank' },
  ];

  it('adds the needs suggested by the record when accepted', () => {
    const { state } = showForm({ draft: EMPTY_DRAFT, suggestedNeeds });
    expect(suggestionText()).toBe("From the record: Debt ('debts'), Food ('food bank')");
    click('Add');
    expect(state.draft.needs).toEqual([
      { id: 'debt', label: 'Debt' },
      { id: 'food', label: 'Food' },
    ]);
    expect(screen.queryByText(/From the record/)).toBeNull();
    expect(needChip('Debt').getAttribute('aria-pressed')).toBe('true');
  });

  it('hides ignored suggestions without adding them', () => {
    const { state } = showForm({ draft: EMPTY_DRAFT, suggestedNeeds });
    click('Ignore');
    expect(screen.queryByText(/From the record/)).toBeNull();
    expect(state.draft.needs).toEqual([]);
  });

  it('does not suggest a need already chosen', () => {
    showForm({ suggestedNeeds });
    expect(suggestionText()).toBe("From the record: Food ('food bank')");
  });

  it('adds and removes needs with the chips, which stay in place', () => {
    const { state } = showForm({ draft: EMPTY_DRAFT });
    const housing = needChip('Housing');
    expect(housing.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(housing);
    expect(state.draft.needs).toEqual([{ id: 'housing', label: 'Housing' }]);
    expect(needChip('Housing')).toBe(housing);
    expect(housing.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(housing);
    expect(state.draft.needs).toEqual([]);
  });

  it('shows every need on request, and a chosen need that is no longer in the vocabulary', () => {
    showForm({ draft: makeDraft({ needs: [{ id: 'old-need', label: 'An old need' }] }) });
    const before = within(screen.getByRole('group', { name: 'Needs' })).getAllByRole('button').length;
    expect(needChip('An old need').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: /^All \d+ needs$/ }));
    expect(within(screen.getByRole('group', { name: 'Needs' })).getAllByRole('button').length).toBeGreaterThan(before);
    expect(needChip('Stop smoking')).toBeTruthy();
  });
});

describe('ReferralForm patient, consent and contact', () => {
  it.each([
    ['NHS number', '943 476 5919', 'nhsNumber'],
    ['Name', 'Ann Other', 'name'],
    ['Postcode', 'BS1 4DJ', 'postcode'],
    ['Phone number', '07700 900456', 'phone'],
  ] as const)('writes %s into the patient', (label, value, key) => {
    const { state } = showForm();
    type(label, value);
    expect(state.draft.patient[key]).toBe(value);
  });

  it('writes the date of birth once day, month and year make a date, and keeps what is typed till then', () => {
    const { state } = showForm({ draft: EMPTY_DRAFT });
    type('Day', '31');
    type('Month', '2');
    type('Year', '1980');
    // 31 February is no date: nothing is written, and the boxes keep what was typed to be corrected.
    expect(state.draft.patient.dateOfBirth).toBe('');
    expect((screen.getByLabelText('Day') as HTMLInputElement).value).toBe('31');
    type('Month', '12');
    expect(state.draft.patient.dateOfBirth).toBe('1980-12-31');
  });

  it('records consent to the referral and to sharing with one tick', () => {
    const { state } = showForm({ draft: EMPTY_DRAFT });
    tick(/^Patient consents to this referral/);
    expect(state.draft.consent).toMatchObject({ referral: true, sharing: true });
    tick(/^Patient consents to this referral/);
    expect(state.draft.consent).toMatchObject({ referral: false, sharing: false });
  });

  it('records contact preferences, best times and urgency', () => {
    const { state } = showForm({ draft: EMPTY_DRAFT });
    tick('Text message');
    tick('Letter');
    tick('Text message');
    type('Best times to contact', 'After 4pm');
    fireEvent.click(screen.getByLabelText('Urgent'));
    expect(state.draft.consent.contact).toEqual(['letter']);
    expect(state.draft.consent.bestTimes).toBe('After 4pm');
    expect(state.draft.urgency).toBe('urgent');
  });

  it('removes a chosen service', () => {
    const { state } = showForm();
    click('Remove Money Advice Drop-in');
    expect(state.draft.services).toEqual([]);
    expect(screen.getByText(/None chosen/)).toBeTruthy();
  });
});

describe('ReferralForm link worker', () => {
  it('chooses between several', () => {
    const { state } = showForm({ draft: EMPTY_DRAFT });
    const select = screen.getByLabelText('Link worker') as HTMLSelectElement;
    expect(select.value).toBe('');
    fireEvent.change(select, { target: { value: '1' } });
    expect(state.draft.linkWorker).toEqual(LINK_WORKERS[1]);
  });

  it('takes the only one without asking', () => {
    const only = { name: 'Sole Worker', email: 'sole@nhs.net' };
    const { state } = showForm({ draft: EMPTY_DRAFT, linkWorkers: [only] });
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(state.draft.linkWorker).toEqual(only);
    expect(screen.getByText('Sole Worker')).toBeTruthy();
  });
});
