import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ExplainView } from '@/components/ExplainView';
import { FhirSyncStatus } from '@/components/FhirSyncStatus';
import { GapsReport } from '@/components/GapsReport';
import { PatientStrip } from '@/components/PatientStrip';
import { ReferralLog } from '@/components/ReferralLog';
import { ShareSection } from '@/components/refer/ShareSection';
import { ViewTabs } from '@/components/ViewTabs';
import { caseload, retentionMonths, roleTextItem } from '@/utils/config/storage-items';
import type { Service } from '@/utils/directory/service';
import { useFhirSync } from '@/utils/hooks/use-fhir-sync';
import { useGaps } from '@/utils/hooks/use-gaps';
import { useReferral } from '@/utils/hooks/use-referral';
import { useReferralLog } from '@/utils/hooks/use-referral-log';
import { useStoredValue } from '@/utils/hooks/use-stored-value';
import { safetyTopicsOf } from '@/utils/needs/match-need-phrases';
import { FindTab } from './FindTab';
import { ReferView } from './ReferView';

type View = 'find' | 'explain' | 'refer' | 'referrals';

const VIEWS: { id: View; label: string }[] = [
  { id: 'find', label: 'Find' },
  { id: 'explain', label: 'Explain' },
  { id: 'refer', label: 'Refer' },
  { id: 'referrals', label: 'Referrals' },
];

/**
 * The side panel: Find (the GP mid-consultation), Explain (reception), Refer and Referrals (the care coordinator).
 * Views stay mounted so a half-typed search or referral survives switching.
 */
export function App() {
  const [view, setView] = useState<View>('find');
  const [referService, setReferService] = useState<{ service: Service; at: number }>();
  const [shareService, setShareService] = useState<Service>();
  const roleText = useStoredValue(roleTextItem);
  const retention = useStoredValue(retentionMonths);
  const log = useReferralLog();
  const referral = useReferral();
  const fhirSync = useFhirSync(view === 'referrals');
  const gaps = useGaps();
  const caseloadSet = Boolean(useStoredValue(caseload));

  function refer(service: Service): void {
    setReferService({ service, at: Date.now() });
    setView('refer');
  }

  return (
    <div class="panel">
      <header class="panel__header">
        <h1 class="panel__title">Signpost</h1>
        {caseloadSet && (
          <button
            type="button"
            class="link-button link-button--inverse"
            onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/caseload.html') })}
          >
            Caseload
          </button>
        )}
        <button
          type="button"
          class="link-button link-button--inverse"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          Settings
        </button>
      </header>
      <ViewTabs views={VIEWS} current={view} onChange={(next) => setView(next)} />
      <main class="panel__main">
        <PatientStrip
          line={referral.patientLine}
          match={referral.match}
          reading={referral.reading}
          reads={referral.reads}
          onRead={() => void referral.readPatient()}
          showMatch={view !== 'refer'}
        />
        {shareService && view === 'find' && (
          <ShareSection service={shareService} onClose={() => setShareService(undefined)} />
        )}
        <div hidden={view !== 'find'} class="find-view">
          <FindTab
            onRefer={refer}
            onShare={setShareService}
            noteSafety={safetyTopicsOf(referral.suggestions.map(({ id, phrase }) => ({ need: id, phrase })))}
          />
        </div>
        <div hidden={view !== 'explain'}>
          {roleText && (
            <ExplainView
              text={roleText}
              onPrintLeaflet={() => void browser.tabs.create({ url: browser.runtime.getURL('/leaflet.html') })}
              onEdit={() => void browser.runtime.openOptionsPage()}
            />
          )}
        </div>
        <div hidden={view !== 'refer'}>
          <ReferView referral={referral} addService={referService} />
        </div>
        <div hidden={view !== 'referrals'}>
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
        </div>
      </main>
    </div>
  );
}
