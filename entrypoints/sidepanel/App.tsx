import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DirectoryStatus } from '@/components/DirectoryStatus';
import { ExplainView } from '@/components/ExplainView';
import { FhirSyncStatus } from '@/components/FhirSyncStatus';
import { GapsReport } from '@/components/GapsReport';
import { PatientStrip } from '@/components/PatientStrip';
import { ReferralLog } from '@/components/ReferralLog';
import { ShareWithPatient } from '@/components/refer/ShareWithPatient';
import { caseload } from '@/utils/config/settings-items';
import type { Service } from '@/utils/directory/service';
import { qrDataUrl } from '@/utils/explain/qr-data-url';
import { roleTextItem } from '@/utils/explain/role-text-setting';
import { useDirectory } from '@/utils/hooks/use-directory';
import { useFhirSync } from '@/utils/hooks/use-fhir-sync';
import { useGaps } from '@/utils/hooks/use-gaps';
import { useNow } from '@/utils/hooks/use-now';
import { useOnline } from '@/utils/hooks/use-online';
import { useReferral } from '@/utils/hooks/use-referral';
import { useReferralLog } from '@/utils/hooks/use-referral-log';
import { useStoredValue } from '@/utils/hooks/use-stored-value';
import { retentionMonths } from '@/utils/referral/retention';
import { FindView } from './FindView';
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
  const directory = useDirectory();
  const online = useOnline();
  const now = useNow();
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
  const initialQuery = new URLSearchParams(location.search).get('q') ?? '';
  const [qr, setQr] = useState<string>();
  const [shareMessage, setShareMessage] = useState<string>();
  useEffect(() => {
    setQr(undefined);
    setShareMessage(undefined);
    if (shareService?.website) void qrDataUrl(shareService.website).then(setQr, () => setQr(undefined));
  }, [shareService]);

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
      <nav class="views" aria-label="Views">
        {VIEWS.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            class="views__tab"
            aria-current={view === id ? 'page' : undefined}
            onClick={() => setView(id)}
          >
            {label}
          </button>
        ))}
      </nav>
      <main class="panel__main">
        <PatientStrip
          line={referral.patientLine}
          match={referral.match}
          reading={referral.reading}
          reads={referral.reads}
          onRead={() => void referral.readPatient()}
        />
        {shareService && view === 'find' && (
          <section class="share-section" aria-label="Share with the patient">
            <ShareWithPatient
              service={shareService}
              qr={qr}
              onCopy={(text) =>
                void navigator.clipboard.writeText(text).then(
                  () => setShareMessage('Copied: paste it into a text or letter for the patient.'),
                  () => setShareMessage('Could not copy: select the text and copy it by hand.'),
                )
              }
              onPrint={() => window.print()}
            />
            <p role="status">{shareMessage}</p>
            <button type="button" class="link-button" onClick={() => setShareService(undefined)}>
              Close sharing
            </button>
          </section>
        )}
        <div hidden={view !== 'find'} class="find-view">
          <DirectoryStatus
            status={directory.status}
            online={online}
            refreshing={directory.refreshing}
            error={directory.error}
            now={now}
            onRefresh={() => void directory.refresh()}
          />
          {directory.sources !== undefined && (directory.status?.serviceCount ?? 0) === 0 ? (
            <p class="empty">
              The directory is empty. Add a directory feed in{' '}
              <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
                Settings
              </button>
              .
            </p>
          ) : (
            <FindView
              directorySize={directory.sources ? (directory.status?.serviceCount ?? 0) : undefined}
              onRefer={refer}
              onShare={setShareService}
              initialQuery={initialQuery}
            />
          )}
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
            retentionMonths={retention ?? 12}
            filter={log.filter}
            error={log.error}
            onFilter={log.setFilter}
            onUpdate={log.update}
            onExportCsv={() => void log.exportCsv()}
          />
          <GapsReport rows={gaps.rows} onExportCsv={gaps.exportCsv} />
        </div>
      </main>
    </div>
  );
}
