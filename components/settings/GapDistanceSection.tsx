import { GAP_KM_CHOICES } from '@/utils/config/setting-validators';
import { FEW_SERVICES } from '@/utils/gaps/gap-rule';
import { ChoiceSettingSection } from './ChoiceSettingSection';

interface Props {
  value: number;
  locked?: boolean;
  onSave(km: number): Promise<void>;
}

/** How far "local" reaches for the gaps counts when a referral is made without a postcode in the Find filters. */
export function GapDistanceSection(props: Props) {
  return (
    <ChoiceSettingSection
      {...props}
      title="Gaps in local services"
      label="Local means within"
      fieldName="The local distance"
      hint={`A need searched or referred counts as a gap when fewer than ${FEW_SERVICES} live services meet it within the distance chosen in Find, or, when Find names no postcode, within this distance of the patient’s postcode.`}
      unit="km"
      choices={GAP_KM_CHOICES}
      saveWhat="the local distance for gaps"
      saved={(km) => `Saved. Gaps are counted within ${km} km.`}
    />
  );
}
