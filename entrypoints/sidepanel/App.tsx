import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PatientStrip } from '@/components/PatientStrip';
import { ViewTabs } from '@/components/ViewTabs';
import { caseload, roleTextItem } from '@/utils/config/storage-items';
import type { Service } from '@/utils/directory/service';
import { useReferral } from '@/utils/hooks/use-referral';
import { useStoredValue } from '@/utils/hooks/use-stored-value';
import { safetyTopicsOf } from '@/utils/needs/match-need-phrases';
import { FindTab } from './FindTab';
import { LazyView } from './LazyView';

// Views other than Find load their code when first opened (dynamic imports, their own chunks), so the panel's first
// results do not wait for it.
const loadExplain = () => import('@/components/ExplainView').then((m) => m.ExplainView);
const loadRefer = () => import('./ReferView').then((m) => m.ReferView);
const loadReferrals = () => import('./ReferralsView').then((m) => m.ReferralsView);
const loadShare = () => import('@/components/refer/ShareSection').then((m) => m.ShareSection);

type View = 'find' | 'explain' | 'refer' | 'referrals';

const VIEWS: { id: View; label: string }[] = [
  { id: 'find', label: 'Find' },
  { id: 'explain', label: 'Explain' },
  { id: 'refer', label: 'Refer' },
  { id: 'referrals', label: 'Referrals' },
];

/**
 * The side panel: Find (the GP mid-consultation), Explain (reception), Refer and Referrals (the care coordinator).
 * Views stay mounted so a half-typed search or referral survives switching; all but Find load when first opened.
 */
export function App() {
  const [view, setView] = useState<View>('find');
  const [referService, setReferService] = useState<{ service: Service; at: number }>();
  const [shareService, setShareService] = useState<Service>();
  const roleText = useStoredValue(roleTextItem);
  const referral = useReferral();
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
          <LazyView
            load={loadShare}
            wanted
            props={{ service: shareService, onClose: () => setShareService(undefined) }}
          />
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
            <LazyView
              load={loadExplain}
              wanted={view === 'explain'}
              props={{
                text: roleText,
                onPrintLeaflet: () => void browser.tabs.create({ url: browser.runtime.getURL('/leaflet.html') }),
                onEdit: () => void browser.runtime.openOptionsPage(),
              }}
            />
          )}
        </div>
        <div hidden={view !== 'refer'}>
          <LazyView load={loadRefer} wanted={view === 'refer'} props={{ referral, addService: referService }} />
        </div>
        <div hidden={view !== 'referrals'}>
          <LazyView load={loadReferrals} wanted={view === 'referrals'} props={{ active: view === 'referrals' }} />
        </div>
      </main>
    </div>
  );
}
