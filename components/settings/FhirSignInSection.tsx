import { useState } from 'preact/hooks';
import type { SettingsValues } from '@/utils/config/setting-validators';
import { validateFhirEndpoint } from '@/utils/config/validate-addresses';
import { validateClientId, validateScope } from '@/utils/config/validate-caseload';
import { fhirOAuthTokens } from '@/utils/fhir/fhir-auth';
import type { OAuthResult } from '@/utils/fhir/oauth-pkce';
import { useStoredValue } from '@/utils/hooks/use-stored-value';
import { SettingsSection } from './SettingsSection';
import { TextSettingForm } from './TextSettingForm';

interface Setting<T> {
  value: T;
  locked: boolean;
  save(value: T): Promise<void>;
}

type OAuthKey = 'fhirAuthorizeUrl' | 'fhirTokenUrl' | 'fhirClientId' | 'fhirScope';

interface Props {
  settings: { [K in OAuthKey]: Setting<SettingsValues[K]> };
  /** The address the sign-in server sends the browser back to: the PCN registers it for Signpost's client id. */
  redirectAddress: string;
  /** Runs the sign-in (oauth-browser.ts in the extension; a fake in tests). */
  onSignIn(): Promise<OAuthResult<null>>;
  onSignOut(): Promise<void>;
}

const FIELDS: { key: OAuthKey; label: string; hint: string; what: string }[] = [
  {
    key: 'fhirAuthorizeUrl',
    label: 'Sign-in page address (OAuth authorization endpoint)',
    hint: 'From whoever runs your PCN’s FHIR server, if it signs users in with OAuth 2. Starts with https://.',
    what: 'the sign-in page address',
  },
  {
    key: 'fhirTokenUrl',
    label: 'Token address (OAuth token endpoint)',
    hint: 'Where Signpost swaps the sign-in for an access token. Starts with https://.',
    what: 'the token address',
  },
  { key: 'fhirClientId', label: 'Client id', hint: 'The id the server gave Signpost.', what: 'the client id' },
  {
    key: 'fhirScope',
    label: 'Scopes (optional)',
    hint: 'Space-separated, e.g. user/Task.rw. Leave empty to let the server choose.',
    what: 'the scopes',
  },
];

function validatorFor(key: OAuthKey, label: string) {
  if (key === 'fhirClientId') return (text: string) => validateClientId(text, label);
  if (key === 'fhirScope') return (text: string) => validateScope(text, label);
  return (text: string) => validateFhirEndpoint(text, label);
}

/** OAuth 2 sign-in to the FHIR server (authorization code with PKCE), used instead of a pasted token. */
export function FhirSignInSection({ settings, redirectAddress, onSignIn, onSignOut }: Props) {
  const tokens = useStoredValue(fhirOAuthTokens);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const ready = Boolean(settings.fhirAuthorizeUrl.value && settings.fhirTokenUrl.value && settings.fhirClientId.value);
  const locked = FIELDS.every(({ key }) => settings[key].locked);

  async function signIn() {
    setBusy(true);
    const result = await onSignIn();
    setBusy(false);
    setOutcome(
      result.ok
        ? { ok: true, text: 'Signed in. Signpost uses this sign-in for the FHIR server.' }
        : {
            ok: false,
            text: result.message,
          },
    );
  }

  return (
    <SettingsSection title="Sign in to the FHIR server (OAuth)" locked={locked}>
      <p class="field__hint">
        Redirect address to register with the sign-in server for this client id:{' '}
        <code data-testid="oauth-redirect">{redirectAddress}</code>
      </p>
      {FIELDS.map(({ key, label, hint, what }) => (
        <TextSettingForm
          key={key}
          label={label}
          hint={hint}
          what={what}
          value={settings[key].value}
          locked={settings[key].locked}
          validate={validatorFor(key, label)}
          saved={(text) => (text ? 'Saved.' : 'Saved. Left empty.')}
          onSave={settings[key].save}
        />
      ))}
      <p>
        {tokens
          ? 'Signed in: the sign-in is used before any access token above. It stays in this browser and is never exported.'
          : 'Not signed in.'}
      </p>
      <p>
        <button type="button" class="button" disabled={!ready || busy} onClick={() => void signIn()}>
          Sign in to the FHIR server
        </button>{' '}
        {tokens && (
          <button
            type="button"
            class="link-button"
            onClick={() => void onSignOut().then(() => setOutcome({ ok: true, text: 'Signed out.' }))}
          >
            Sign out
          </button>
        )}
      </p>
      {!ready && (
        <p class="field__hint">Save the sign-in page address, the token address and the client id to sign in.</p>
      )}
      {outcome && !outcome.ok && (
        <p class="notice notice--error" role="alert">
          {outcome.text}
        </p>
      )}
      <p aria-live="polite" class={outcome?.ok ? 'notice' : undefined}>
        {outcome?.ok ? outcome.text : ''}
      </p>
    </SettingsSection>
  );
}
