import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fhirOAuthTokens } from '@/utils/fhir/fhir-auth';
import { FhirSignInSection } from './FhirSignInSection';

afterEach(cleanup);

const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';

function setting(value: string, locked = false) {
  return { value, locked, save: vi.fn(async () => undefined) };
}

function settings(filled: boolean) {
  return {
    fhirAuthorizeUrl: setting(filled ? 'https://auth.example/authorize' : ''),
    fhirTokenUrl: setting(filled ? 'https://auth.example/token' : ''),
    fhirClientId: setting(filled ? 'signpost' : ''),
    fhirScope: setting(''),
  };
}

describe('FhirSignInSection', () => {
  it('cannot sign in until the sign-in page, token address and client id are saved', () => {
    render(
      <FhirSignInSection
        redirectAddress={REDIRECT}
        settings={settings(false)}
        onSignIn={vi.fn()}
        onSignOut={vi.fn()}
      />,
    );
    expect(screen.getByRole('button', { name: 'Sign in to the FHIR server' })).toHaveProperty('disabled', true);
  });

  it('shows the redirect address the PCN registers for Signpost', () => {
    render(
      <FhirSignInSection
        redirectAddress={REDIRECT}
        settings={settings(false)}
        onSignIn={vi.fn()}
        onSignOut={vi.fn()}
      />,
    );
    expect(screen.getByTestId('oauth-redirect').textContent).toBe(REDIRECT);
  });

  it('checks a sign-in address before saving it', async () => {
    const all = settings(false);
    render(<FhirSignInSection redirectAddress={REDIRECT} settings={all} onSignIn={vi.fn()} onSignOut={vi.fn()} />);
    const field = screen.getByLabelText('Token address (OAuth token endpoint)');
    fireEvent.input(field, { target: { value: 'http://auth.example/token' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the token address' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/https:\/\//);
    expect(all.fhirTokenUrl.save).not.toHaveBeenCalled();
  });

  it('says in words why signing in failed', async () => {
    const onSignIn = vi.fn(async () => ({ ok: false as const, message: 'Signing in was closed before it finished.' }));
    render(
      <FhirSignInSection
        redirectAddress={REDIRECT}
        settings={settings(true)}
        onSignIn={onSignIn}
        onSignOut={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sign in to the FHIR server' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Signing in was closed before it finished.');
  });

  it('shows when signed in, and signs out', async () => {
    await fhirOAuthTokens.setValue({ accessToken: 'AT' });
    const onSignOut = vi.fn(() => fhirOAuthTokens.setValue(null));
    render(
      <FhirSignInSection
        redirectAddress={REDIRECT}
        settings={settings(true)}
        onSignIn={vi.fn()}
        onSignOut={onSignOut}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(screen.getByText('Not signed in.')).toBeTruthy());
    expect(screen.queryByText(/AT/)).toBeNull();
  });
});
