import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeliveryAction } from '@/utils/referral/draft-issues';
import { makeDraft } from '@/utils/referral/make-draft.fixture';
import type { MatchState } from './ReferralForm';
import { EMPTY_DRAFT, showForm } from './referral-form.harness';

afterEach(cleanup);

const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

function summary(): HTMLElement {
  return screen.getByRole('alert', { name: 'There is a problem' });
}

describe('ReferralForm labels', () => {
  it.each([
    ['NHS number', 'INPUT'],
    ['Name', 'INPUT'],
    ['Day', 'INPUT'],
    ['Month', 'INPUT'],
    ['Year', 'INPUT'],
    ['Postcode', 'INPUT'],
    ['Reason for referral', 'TEXTAREA'],
    ['Phone', 'INPUT'],
    ['Text message', 'INPUT'],
    ['Email', 'INPUT'],
    ['Letter', 'INPUT'],
    ['Do not contact: the patient will get in touch', 'INPUT'],
    ['Best times to contact', 'INPUT'],
    ['Routine', 'INPUT'],
    ['Soon', 'INPUT'],
    ['Urgent', 'INPUT'],
    ['Link worker', 'SELECT'],
  ])('labels %s', (label, tag) => {
    showForm();
    expect(screen.getByLabelText(label).tagName).toBe(tag);
  });

  it('has day, month and year boxes for the date of birth, a consent box and the needs and urgency groups', () => {
    showForm();
    const born = screen.getByRole('group', { name: 'Date of birth' });
    expect(
      within(born)
        .getAllByRole('textbox')
        .map((box) => box.getAttribute('inputmode')),
    ).toEqual(['numeric', 'numeric', 'numeric']);
    expect(born.querySelector('input[type="date"]')).toBeNull();
    const consent = screen.getByLabelText(
      /^Patient consents to this referral and to sharing their details with the link worker/,
    );
    expect(consent.getAttribute('type')).toBe('checkbox');
    expect(screen.getByRole('group', { name: 'Needs' })).toBeTruthy();
    expect(within(screen.getByRole('group', { name: 'Urgency' })).getAllByRole('radio')).toHaveLength(3);
  });

  it.each([
    [true, ['Copy for record', 'Email link worker', 'Print', 'Download FHIR', 'Send to FHIR endpoint']],
    [false, ['Copy for record', 'Email link worker', 'Print', 'Download FHIR']],
  ])('with a FHIR endpoint %s, offers %j', (fhirEndpoint, names) => {
    showForm({ fhirEndpoint });
    const shown = screen.getAllByRole('button').map((button) => button.textContent);
    for (const name of names) expect(shown).toContain(name);
    expect(shown.includes('Send to FHIR endpoint')).toBe(fhirEndpoint);
    for (const name of ['Fill into page field', 'Patient declined', 'Start again']) {
      expect(shown).toContain(name);
    }
    // The panel's patient block reads the page: the form has no second "Read patient from page".
    expect(shown).not.toContain('Read patient from page');
  });

  it('keeps every id unique and every summary target on the page', () => {
    showForm({ draft: EMPTY_DRAFT });
    click('Copy for record');
    const ids = [...document.body.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    const hrefs = within(summary())
      .getAllByRole('link')
      .map((link) => link.getAttribute('href') ?? '');
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) expect(document.getElementById(href.slice(1)), href).toBeTruthy();
  });
});

describe('ReferralForm delivery', () => {
  it.each([
    ['Copy for record', 'record'],
    ['Email link worker', 'email'],
    ['Print', 'print'],
    ['Download FHIR', 'fhir'],
    ['Send to FHIR endpoint', 'fhir-post'],
    ['Fill into page field', 'fill'],
  ] satisfies [string, DeliveryAction][])('"%s" delivers a complete draft by %s', (name, route) => {
    const { onDeliver } = showForm({ fhirEndpoint: true });
    click(name);
    expect(onDeliver).toHaveBeenCalledExactlyOnceWith(route);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a focused error summary linking to each field, and errors beside the fields, instead of delivering', () => {
    const { onDeliver } = showForm({ draft: EMPTY_DRAFT });
    click('Copy for record');
    expect(onDeliver).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(summary());
    const link = within(summary()).getByRole('link', { name: "Enter the patient's NHS number." });
    expect(link.getAttribute('href')).toBe('#referral-nhs-number');
    for (const message of ["Enter the patient's name.", 'Choose at least one need or concern.']) {
      expect(within(summary()).getByRole('link', { name: message })).toBeTruthy();
    }
    const nhs = screen.getByLabelText('NHS number');
    expect(nhs.getAttribute('aria-invalid')).toBe('true');
    const errorId = nhs.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '';
    expect(document.getElementById(errorId)?.textContent).toBe("Error: Enter the patient's NHS number.");
  });

  it('moves focus to the field a summary link names', () => {
    showForm({ draft: EMPTY_DRAFT });
    click('Copy for record');
    fireEvent.click(within(summary()).getByRole('link', { name: "Enter the patient's name." }));
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
    fireEvent.click(
      within(summary()).getByRole('link', { name: 'Choose how the link worker may contact the patient.' }),
    );
    expect(document.activeElement).toBe(screen.getByLabelText('Phone'));
  });

  it('drops each error once its field is fixed, and delivers when nothing is left', () => {
    const draft = makeDraft({ patient: { ...makeDraft().patient, name: '' } });
    const { onDeliver } = showForm({ draft });
    click('Copy for record');
    expect(within(summary()).getAllByRole('link')).toHaveLength(1);
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Jane Testpatient' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBeNull();
    click('Copy for record');
    expect(onDeliver).toHaveBeenCalledWith('record');
  });

  it('checks the route: email needs an NHSmail address, copying for the record does not', () => {
    const draft = makeDraft({ linkWorker: { name: 'Alex Linkworker', email: 'alex@example.org' } });
    const { onDeliver } = showForm({ draft, linkWorkers: [draft.linkWorker] });
    click('Email link worker');
    expect(
      within(summary())
        .getByText(/only to an NHSmail address/)
        .getAttribute('href'),
    ).toBe('#referral-link-worker');
    expect(onDeliver).not.toHaveBeenCalled();
    click('Copy for record');
    expect(onDeliver).toHaveBeenCalledExactlyOnceWith('record');
  });

  it('ignores presses while busy, and shows the last result in a status region', () => {
    const { onDeliver, rerender } = showForm({ busy: true });
    click('Copy for record');
    expect(onDeliver).not.toHaveBeenCalled();
    rerender({ busy: false, message: { text: 'Copied. Paste it into the record.', error: false } });
    expect(screen.getByRole('status').textContent).toBe('Copied. Paste it into the record.');
    click('Copy for record');
    expect(onDeliver).toHaveBeenCalledOnce();
  });

  it('starts again without the old errors', () => {
    const { onClear } = showForm({ draft: EMPTY_DRAFT });
    click('Copy for record');
    click('Start again');
    expect(onClear).toHaveBeenCalledOnce();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('ReferralForm patient match', () => {
  it.each([
    [{ kind: 'match', source: 'EMIS Web' }, 'Same patient as the open record'],
    [
      { kind: 'unknown', message: 'the page is still loading.' },
      'Cannot check the open page: the page is still loading.',
    ],
  ] satisfies [MatchState, string][])('shows %j as a banner, not an alert', (match, text) => {
    showForm({ match });
    expect(screen.getByText(text)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows nothing when no patient is bound', () => {
    showForm({ match: { kind: 'none' } });
    expect(screen.queryByText(/open (record|page)/)).toBeNull();
  });

  it('blocks every delivery while the open page shows another patient, until one is chosen', () => {
    const { onDeliver, onResolveMismatch, rerender } = showForm({
      match: { kind: 'mismatch', pagePatient: '9434765919' },
    });
    expect(screen.getByRole('alert').textContent).toContain(
      'The open page shows a different patient (NHS 943 476 5919). Sending is blocked until you choose.',
    );
    for (const name of ['Copy for record', 'Patient declined']) {
      click(name);
      expect(screen.getByRole('button', { name }).getAttribute('disabled')).toBeNull();
    }
    expect(onDeliver).not.toHaveBeenCalled();
    expect(
      within(summary())
        .getByRole('link', { name: /different patient/ })
        .getAttribute('href'),
    ).toBe('#referral-match');
    click('Keep this patient');
    expect(onResolveMismatch).toHaveBeenCalledWith('keep');
    click('Use the patient on the page');
    expect(onResolveMismatch).toHaveBeenCalledWith('use-page-patient');
    rerender({ match: { kind: 'match', source: 'EMIS Web' } });
    click('Copy for record');
    expect(onDeliver).toHaveBeenCalledExactlyOnceWith('record');
  });
});

describe('ReferralForm declined', () => {
  const patientOnly = {
    ...EMPTY_DRAFT,
    patient: { nhsNumber: '999 007 9196', name: 'Jane Testpatient', dateOfBirth: '' },
  };

  it('records a decline with only the NHS number and name', () => {
    const { onDeliver } = showForm({ draft: patientOnly });
    click('Patient declined');
    expect(onDeliver).toHaveBeenCalledExactlyOnceWith('declined');
  });

  it('still needs the name, and does not ask for the rest', () => {
    const { onDeliver } = showForm({ draft: { ...patientOnly, patient: { ...patientOnly.patient, name: '' } } });
    click('Patient declined');
    expect(onDeliver).not.toHaveBeenCalled();
    expect(
      within(summary())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(["Enter the patient's name."]);
  });
});
