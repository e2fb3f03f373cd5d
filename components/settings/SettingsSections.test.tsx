import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gapDistanceKm, practice, retentionMonths } from '@/utils/config/storage-items';
import { SettingsSections } from './SettingsSections';

afterEach(cleanup);

const SECTIONS = [
  'Practice and PCN',
  'Link workers',
  'What a link worker does',
  'Safety notices',
  'Scope guard',
  'Patient detection',
  'Referral log',
  'Gaps in local services',
  'FHIR endpoint',
  'FHIR server access and caseload',
  'Sign in to the FHIR server (OAuth)',
  'Import and export settings',
];

describe('SettingsSections', () => {
  it('shows every section under its own heading, with no status line of its own and no repeated id', () => {
    const { container } = render(<SettingsSections managed={{}} settingsInputId="settings-file" />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(SECTIONS);
    expect(screen.getAllByRole('region').map((region) => region.getAttribute('aria-labelledby'))).toHaveLength(
      SECTIONS.length,
    );
    expect(screen.queryByRole('status')).toBeNull();
    const ids = Array.from(container.querySelectorAll('[id]'), (element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(screen.getByLabelText('Import settings file').id).toBe('settings-file');
  });

  it('shows stored settings and saves edits to storage', async () => {
    await practice.setValue({ ...practice.fallback, name: 'Riverside Medical Practice' });
    render(<SettingsSections managed={{}} settingsInputId="settings-file" />);
    const name = screen.getByLabelText('Practice name') as HTMLInputElement;
    await waitFor(() => expect(name.value).toBe('Riverside Medical Practice'));
    fireEvent.input(name, { target: { value: 'Hillside Surgery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save practice details' }));
    await waitFor(async () => expect((await practice.getValue()).name).toBe('Hillside Surgery'));
  });

  it('saves the distance the gaps counts use around the patient’s postcode', async () => {
    render(<SettingsSections managed={{}} settingsInputId="settings-file" />);
    const select = screen.getByLabelText('Local means within') as HTMLSelectElement;
    expect(select.value).toBe('5');
    fireEvent.change(select, { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the local distance for gaps' }));
    await waitFor(async () => expect(await gapDistanceKm.getValue()).toBe(2));
  });

  it('shows the organisation’s value in place of this browser’s, locked', async () => {
    await retentionMonths.setValue(6);
    render(<SettingsSections managed={{ retentionMonths: 36 }} settingsInputId="settings-file" />);
    const select = screen.getByLabelText('Keep referrals for') as HTMLSelectElement;
    expect(select.value).toBe('36');
    expect(select.disabled).toBe(true);
    expect(screen.getAllByText(/^Set by your organisation/)).toHaveLength(1);
  });

  it('imports a settings file into storage, skipping the organisation’s settings', async () => {
    const onImported = vi.fn();
    render(
      <SettingsSections managed={{ retentionMonths: 36 }} settingsInputId="settings-file" onImported={onImported} />,
    );
    const input = screen.getByLabelText('Import settings file') as HTMLInputElement;
    const file = { signpostSettings: 1, retentionMonths: 3, fhirEndpoint: 'https://fhir.example.nhs.uk/' };
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(file)], 'pcn.json')] });
    fireEvent.change(input);
    await waitFor(() => expect(onImported).toHaveBeenCalledWith(['fhirEndpoint']));
    expect(await retentionMonths.getValue()).toBe(12);
    expect((screen.getByLabelText('FHIR endpoint address (optional)') as HTMLInputElement).value).toBe(
      'https://fhir.example.nhs.uk/',
    );
  });
});
