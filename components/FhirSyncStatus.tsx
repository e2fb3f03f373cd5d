import type { FhirSyncView } from '@/utils/hooks/use-fhir-sync';
import { formatUkDateTime } from '@/utils/referral/uk-dates';

/** Where the log's statuses come from and when they were last checked, with a "Check now" button. */
export function FhirSyncStatus({ sync }: { sync: FhirSyncView }) {
  if (!sync.endpoint) return null;
  const checkedAt = sync.state?.endpoint === sync.endpoint ? sync.state.checkedAt : undefined;
  return (
    <section class="notice" aria-label="FHIR server">
      <p>
        Referrals sent to the FHIR server at {sync.endpoint} update here by themselves when the link worker changes
        them. {checkedAt ? `Last checked ${formatUkDateTime(checkedAt)}.` : 'Not checked yet.'}
      </p>
      {sync.state?.error && <p class="notice--error">The last check failed: {sync.state.error}</p>}
      <button type="button" class="button button--secondary" disabled={sync.checking} onClick={() => void sync.check()}>
        {sync.checking ? 'Checking…' : 'Check now'}
      </button>
      <p role="status">{sync.message}</p>
    </section>
  );
}
