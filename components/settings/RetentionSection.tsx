import { RETENTION_CHOICES } from '@/utils/config/setting-validators';
import { ChoiceSettingSection } from './ChoiceSettingSection';

interface Props {
  value: number;
  locked?: boolean;
  onSave(months: number): Promise<void>;
}

/** How long the referral log keeps a referral before deleting it. */
export function RetentionSection(props: Props) {
  return (
    <ChoiceSettingSection
      {...props}
      title="Referral log"
      label="Keep referrals for"
      fieldName="The time to keep referrals"
      hint="Referrals older than this are deleted automatically."
      unit="months"
      choices={RETENTION_CHOICES}
      saveWhat="how long referrals are kept"
      saved={(months) => `Saved. Referrals are kept for ${months} months.`}
    />
  );
}
