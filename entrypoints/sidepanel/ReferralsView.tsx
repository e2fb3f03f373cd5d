import { FhirSyncStatus } from '@/components/FhirSyncStatus';
import { GapsReport } from '@/components/GapsReport';
import { ReferralLog } from '@/components/ReferralLog';
import { retentionMonths } from '@/utils/config/storage-items';
import { useFhirSync } from '@/utils/hooks/use-fhir-sync';
import { useGaps } from '@/utils/hooks/use-gaps';
import { useReferralLog } from '@/utils/hooks/use-referral-log';
import { useStoredValue } from '@/utils/hooks/use-stored-value';

/**
 * The care coordinator's Referrals view: the referral log, FHIR sync and the gaps report. Loaded when first opened
 * (entrypoints/sidepanel/App.tsx), so its code and its database reads do not delay the Find tab at open.
 */
export function ReferralsView({ active }: { active: boolean }) {
  const retention = useStoredValue(retentionMonths);
  const log = useReferralLog();
  const fhirSync = useFhirSync(active);
  const gaps = useGaps();
  return (
    <>
      <FhirSyncStatus sync={fhirSync} />
      <ReferralLog
        entries={log.entries}
        counts={log.counts}
        retentionMonths={retention}
        filter={log.filter}
        error={log.error}
        onFilter={log.setFilter}
        onUpdate={log.update}
        onConfirmPasted={log.confirmPasted}
        onExportCsv={() => void log.exportCsv()}
      />
      <GapsReport rows={gaps.rows} onExportCsv={gaps.exportCsv} />
    </>
  );
}
