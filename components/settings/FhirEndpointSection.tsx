import { useEffect, useId, useState } from 'preact/hooks';
import { TextField } from '@/components/TextField';
import { useSaveStatus } from '@/utils/config/use-save-status';
import { validateFhirEndpoint } from '@/utils/config/validate-addresses';
import { FormFeedback } from './FormFeedback';
import { SettingsSection } from './SettingsSection';

interface Props {
  value: string;
  locked?: boolean;
  onSave(address: string): Promise<void>;
}

/** An optional FHIR server that receives each referral as a ServiceRequest, besides the email. */
export function FhirEndpointSection({ value, locked = false, onSave }: Props) {
  const [address, setAddress] = useState(value);
  const { feedback, busy, formRef, save } = useSaveStatus();
  const id = useId();
  const problemId = `${id}-problem`;

  useEffect(() => setAddress(value), [value]);

  return (
    <SettingsSection title="FHIR endpoint" locked={locked}>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (locked) return;
          const checked = validateFhirEndpoint(address, 'The FHIR endpoint address');
          const saved = address.trim()
            ? 'Saved. Referrals are also sent to this address.'
            : 'Saved. Referrals are not sent to a FHIR endpoint.';
          void save(checked, onSave, saved);
        }}
      >
        <TextField
          id={`${id}-address`}
          label="FHIR endpoint address (optional)"
          hint="Only if your PCN or ICB gives you one. It must start with https:// (http://127.0.0.1 or http://localhost for testing). Leave empty to send referrals by email only."
          inputMode="url"
          code
          value={address}
          readOnly={locked}
          problemId={feedback.problem ? problemId : undefined}
          onInput={setAddress}
        />
        <FormFeedback problemId={problemId} feedback={feedback} />
        {!locked && (
          <button class="button" type="submit" disabled={busy}>
            Save
            <span class="visually-hidden"> the FHIR endpoint</span>
          </button>
        )}
      </form>
    </SettingsSection>
  );
}
