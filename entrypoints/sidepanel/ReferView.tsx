import { useEffect } from 'preact/hooks';
import { ReferralForm } from '@/components/refer/ReferralForm';
import { fhirEndpoint, linkWorkers, scopeRules } from '@/utils/config/storage-items';
import type { Service } from '@/utils/directory/service';
import type { ReferralState } from '@/utils/hooks/use-referral';
import { useStoredValue } from '@/utils/hooks/use-stored-value';
import { formatNhsNumber } from '@/utils/patient/nhs-number';

interface Props {
  referral: ReferralState;
  /** A service the user chose "Refer" on: added to the referral with its needs. */
  addService?: { service: Service; at: number };
}

/** The care coordinator's view: the referral, bound to its patient, and the ways to send it. */
export function ReferView({ referral, addService }: Props) {
  const rules = useStoredValue(scopeRules);
  const workers = useStoredValue(linkWorkers);
  const endpoint = useStoredValue(fhirEndpoint);

  useEffect(() => {
    if (!addService) return;
    const { service } = addService;
    referral.addService(
      {
        id: service.id,
        name: service.name,
        organisation: service.organisation,
        phone: service.phones[0],
        website: service.website,
        listing: { status: service.status, ...(service.assuredDate ? { assuredDate: service.assuredDate } : {}) },
      },
      service.needs.slice(0, 2),
    );
  }, [addService?.at]);

  if (!referral.draft) return <p role="status">Loading the referral…</p>;
  return (
    <>
      {referral.candidates.length > 0 && (
        <fieldset class="candidates">
          <legend>Which patient is this referral for?</legend>
          {referral.candidates.map((candidate) => (
            <button
              key={candidate.nhsNumber.value}
              type="button"
              class="button button--secondary"
              onClick={() => referral.choosePatient(candidate)}
            >
              Use {candidate.name?.value ?? 'the patient with'} NHS {formatNhsNumber(candidate.nhsNumber.value)}
            </button>
          ))}
        </fieldset>
      )}
      <ReferralForm
        found={referral.found}
        draft={referral.draft}
        onChange={referral.change}
        match={referral.match}
        onResolveMismatch={(choice) => void referral.resolveMismatch(choice)}
        suggestedNeeds={referral.suggestions}
        scopeRules={rules}
        linkWorkers={workers.map((worker) => ({
          name: worker.name,
          email: worker.email || undefined,
          phone: worker.phone || undefined,
          organisation: worker.organisation || undefined,
        }))}
        busy={referral.busy}
        message={referral.message}
        fhirEndpoint={endpoint !== ''}
        onDeliver={(route) => void referral.deliver(route)}
        onClear={() => void referral.clear()}
      />
    </>
  );
}
