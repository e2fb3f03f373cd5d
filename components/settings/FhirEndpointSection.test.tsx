import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FhirEndpointSection } from './FhirEndpointSection';

afterEach(cleanup);

function show(value = '', locked = false) {
  const onSave = vi.fn(async (_address: string) => {});
  render(<FhirEndpointSection value={value} locked={locked} onSave={onSave} />);
  const input = screen.getByLabelText('FHIR endpoint address (optional)') as HTMLInputElement;
  const type = (text: string) => fireEvent.input(input, { target: { value: text } });
  const submit = () => fireEvent.click(screen.getByRole('button', { name: /^Save/ }));
  return { onSave, input, type, submit };
}

describe('FhirEndpointSection', () => {
  it.each([
    ['https://fhir.example.nhs.uk/R4/ServiceRequest', 'Saved. Referrals are also sent to this address.'],
    ['http://127.0.0.1:8080/fhir', 'Saved. Referrals are also sent to this address.'],
    ['http://localhost/fhir', 'Saved. Referrals are also sent to this address.'],
    ['', 'Saved. Referrals are not sent to a FHIR endpoint.'],
  ])('saves %j', async (address, saved) => {
    const { onSave, type, submit } = show('https://old.example/fhir');
    type(address);
    submit();
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(address));
    expect(await screen.findByText(saved)).toBeTruthy();
  });

  it.each([
    ['http://fhir.example.nhs.uk/', /must start with https:\/\//],
    ['fhir.example.nhs.uk', /must be a full web address/],
  ])('refuses %j in plain words', async (address, message) => {
    const { onSave, input, type, submit } = show();
    type(address);
    submit();
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('when set by the organisation, cannot be changed', () => {
    const { input } = show('https://fhir.example.nhs.uk/', true);
    expect(screen.getByText(/^Set by your organisation/)).toBeTruthy();
    expect(input.readOnly).toBe(true);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
