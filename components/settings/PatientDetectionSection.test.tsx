import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_SITE_PROFILE } from '@/utils/patient/demo-site-profile';
import type { SiteProfile } from '@/utils/patient/site-profile';
import { PatientDetectionSection } from './PatientDetectionSection';

function show(value: SiteProfile[] = [DEMO_SITE_PROFILE], locked = false) {
  const onSave = vi.fn(async (_profiles: SiteProfile[]) => {});
  render(<PatientDetectionSection value={value} locked={locked} onSave={onSave} />);
  return { onSave };
}

function profile(n: number) {
  return within(screen.getByRole('group', { name: `Site profile ${n}` }));
}

function field(n: number, label: string): HTMLInputElement {
  return profile(n).getByLabelText(label) as HTMLInputElement;
}

afterEach(cleanup);

describe('PatientDetectionSection', () => {
  it('labels the URL pattern and a selector for every field, grouped', () => {
    show();
    expect(field(1, 'Label').value).toBe(DEMO_SITE_PROFILE.label);
    expect(field(1, 'URL pattern').value).toBe(DEMO_SITE_PROFILE.urlPattern);
    expect(profile(1).getByRole('group', { name: 'Selectors' })).toBeTruthy();
    const labels = [
      'NHS number',
      'Name',
      'Date of birth',
      'Address',
      'Postcode',
      'Phone',
      'Email',
      'Consultation note',
    ];
    for (const label of labels) expect(field(1, `${label} selector`)).toBeTruthy();
    expect(field(1, 'NHS number selector').value).toBe('#patient-nhs');
    expect(field(1, 'Postcode selector').value).toBe('');
  });

  it('names an invalid selector in plain words, marks it and saves nothing', async () => {
    const { onSave } = show();
    fireEvent.input(field(1, 'Name selector'), { target: { value: '#patient-[name' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save site profiles' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      `The Name selector of “${DEMO_SITE_PROFILE.label}” is not a valid CSS selector: check “#patient-[name”.`,
    );
    expect(field(1, 'Name selector').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(field(1, 'Name selector')));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('adds a profile and saves it with only the selectors filled in', async () => {
    const { onSave } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Add a site profile' }));
    fireEvent.input(field(2, 'Label'), { target: { value: 'SystmOne web' } });
    fireEvent.input(field(2, 'URL pattern'), { target: { value: 'https://systmone.example.nhs.uk/*' } });
    fireEvent.input(field(2, 'NHS number selector'), { target: { value: '[data-field="nhs"]' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save site profiles' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave).toHaveBeenCalledWith([
      DEMO_SITE_PROFILE,
      {
        id: 'systmone-web',
        label: 'SystmOne web',
        urlPattern: 'https://systmone.example.nhs.uk/*',
        selectors: { nhsNumber: '[data-field="nhs"]' },
      },
    ]);
  });

  it('removes a profile', async () => {
    const { onSave } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Remove site profile 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save site profiles' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith([]));
  });

  it('when set by the organisation, cannot be changed', () => {
    show([DEMO_SITE_PROFILE], true);
    expect(screen.getByText(/^Set by your organisation/)).toBeTruthy();
    expect(field(1, 'Name selector').readOnly).toBe(true);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
