import type { SettingKey, SettingsValues } from '@/utils/config/setting-validators';
import { exportSettings, importSettingsText, type SettingsImportOutcome } from '@/utils/config/settings-file';
import { useSetting } from '@/utils/config/use-setting';
import { oauthRedirectAddress, signInToFhirServer, signOutOfFhirServer } from '@/utils/fhir/oauth-browser';
import { FhirAccessSection } from './FhirAccessSection';
import { FhirEndpointSection } from './FhirEndpointSection';
import { FhirSignInSection } from './FhirSignInSection';
import { GapDistanceSection } from './GapDistanceSection';
import { LinkWorkersSection } from './LinkWorkersSection';
import { PatientDetectionSection } from './PatientDetectionSection';
import { PracticeSection } from './PracticeSection';
import { RetentionSection } from './RetentionSection';
import { RoleTextSection } from './RoleTextSection';
import { SafetyNoticesSection } from './SafetyNoticesSection';
import { ScopeGuardSection } from './ScopeGuardSection';
import { SettingsTransferSection } from './SettingsTransferSection';

interface Props {
  /** The organisation's settings: shown in place of this browser's, locked. */
  managed: Partial<SettingsValues>;
  /** The id of the settings file input, for the welcome section's link. */
  settingsInputId: string;
  /** Hears which settings an imported file changed, e.g. to import its feeds. */
  onImported?(keys: SettingKey[]): void;
}

/** The settings page's sections after the directory: practice, referrals, patient reading, import and export. */
export function SettingsSections({ managed, settingsInputId, onImported }: Props) {
  const practice = useSetting('practice', managed);
  const workers = useSetting('linkWorkers', managed);
  const defaultWorker = useSetting('defaultLinkWorker', managed);
  const roleText = useSetting('roleText', managed);
  const rules = useSetting('scopeRules', managed);
  const profiles = useSetting('siteProfiles', managed);
  const retention = useSetting('retentionMonths', managed);
  const gapKm = useSetting('gapDistanceKm', managed);
  const fhir = useSetting('fhirEndpoint', managed);
  const safety = useSetting('safetyNotices', managed);
  const fhirToken = useSetting('fhirToken', managed);
  const caseload = useSetting('caseload', managed);
  const oauth = {
    fhirAuthorizeUrl: useSetting('fhirAuthorizeUrl', managed),
    fhirTokenUrl: useSetting('fhirTokenUrl', managed),
    fhirClientId: useSetting('fhirClientId', managed),
    fhirScope: useSetting('fhirScope', managed),
  };
  const locked = Object.keys(managed) as SettingKey[];

  async function importText(text: string): Promise<SettingsImportOutcome> {
    const outcome = await importSettingsText(text, { skip: locked });
    if (outcome.ok) onImported?.(outcome.applied);
    return outcome;
  }

  return (
    <>
      <PracticeSection value={practice.value} locked={practice.locked} onSave={practice.save} />
      <LinkWorkersSection
        value={workers.value}
        defaultIndex={defaultWorker.value}
        locked={workers.locked || defaultWorker.locked}
        onSave={async (list, index) => {
          await workers.save(list);
          await defaultWorker.save(index);
        }}
      />
      <RoleTextSection value={roleText.value} locked={roleText.locked} onSave={roleText.save} />
      <SafetyNoticesSection value={safety.value} locked={safety.locked} onSave={safety.save} />
      <ScopeGuardSection value={rules.value} locked={rules.locked} onSave={rules.save} />
      <PatientDetectionSection value={profiles.value} locked={profiles.locked} onSave={profiles.save} />
      <RetentionSection value={retention.value} locked={retention.locked} onSave={retention.save} />
      <GapDistanceSection value={gapKm.value} locked={gapKm.locked} onSave={gapKm.save} />
      <FhirEndpointSection value={fhir.value} locked={fhir.locked} onSave={fhir.save} />
      <FhirAccessSection token={fhirToken} caseload={caseload} />
      <FhirSignInSection
        settings={oauth}
        redirectAddress={oauthRedirectAddress()}
        onSignIn={signInToFhirServer}
        onSignOut={signOutOfFhirServer}
      />
      <SettingsTransferSection
        onExport={() => exportSettings()}
        onImport={importText}
        lockedCount={locked.length}
        inputId={settingsInputId}
      />
    </>
  );
}
