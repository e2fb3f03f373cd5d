import { browser } from 'wxt/browser';
import { CaseloadCard } from '@/components/CaseloadCard';
import { useCaseload } from '@/utils/hooks/use-caseload';

/**
 * The link worker's Caseload: referrals (FHIR Tasks) owned by them or their service on the PCN's FHIR server. What
 * they do here (accept, record contact, close with an outcome) goes back to the referring practice's log.
 */
export function App() {
  const caseload = useCaseload();
  const settings = (
    <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
      Signpost settings
    </button>
  );
  return (
    <main class="panel__main">
      <h1>Caseload</h1>
      {!caseload.endpoint || caseload.addresses.length === 0 ? (
        <p class="notice">To see your caseload, set the PCN's FHIR server and your NHSmail address in {settings}.</p>
      ) : (
        <>
          <p>
            Referrals owned by {caseload.addresses.join(' or ')} on {caseload.endpoint}.{' '}
            <button type="button" class="button button--secondary" onClick={() => void caseload.reload()}>
              Refresh
            </button>
          </p>
          {caseload.error && (
            <p role="alert" class="notice notice--error">
              {caseload.error}
            </p>
          )}
          {caseload.items === undefined && !caseload.error && <p role="status">Reading the caseload…</p>}
          {caseload.items?.length === 0 && <p class="notice">No referrals on your caseload.</p>}
          <ul class="service-list">
            {caseload.items?.map((item) => (
              <CaseloadCard key={item.task.id} item={item} onChange={caseload.change} />
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
