import type { SettingsValues } from '@/utils/config/setting-validators';
import { validateCaseload, validateFhirToken } from '@/utils/config/validate-caseload';
import { SettingsSection } from './SettingsSection';
import { TextSettingForm } from './TextSettingForm';

interface Setting<T> {
  value: T;
  locked: boolean;
  save(value: T): Promise<void>;
}

interface Props {
  token: Setting<SettingsValues['fhirToken']>;
  caseload: Setting<SettingsValues['caseload']>;
}

/** How this browser signs in to the PCN's FHIR server, and whether its user is a link worker with a caseload. */
export function FhirAccessSection({ token, caseload }: Props) {
  return (
    <SettingsSection title="FHIR server access and caseload" locked={token.locked && caseload.locked}>
      <TextSettingForm
        label="Access token (optional)"
        hint="If your PCN's FHIR server needs a bearer token, paste it here. It is sent only to the FHIR server and never exported with the settings."
        what="the access token"
        secret
        value={token.value}
        locked={token.locked}
        validate={(text) => validateFhirToken(text, 'The access token')}
        saved={(text) => (text ? 'Saved. The token is sent to the FHIR server.' : 'Saved. No token is sent.')}
        onSave={token.save}
      />
      <TextSettingForm
        label="I am a link worker: my NHSmail address (optional)"
        hint="Referrals owned by this address (add your service's shared mailbox after a comma) show in the Caseload page. Leave empty if you refer patients."
        what="the caseload addresses"
        value={caseload.value}
        locked={caseload.locked}
        validate={(text) => validateCaseload(text, 'The caseload address')}
        saved={(text) => (text ? 'Saved. Open the Caseload page from the side panel.' : 'Saved. No caseload.')}
        onSave={caseload.save}
      />
    </SettingsSection>
  );
}
