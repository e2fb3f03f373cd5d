import type { DeliveryAction } from '@/utils/referral/draft-issues';

interface Props {
  fhirEndpoint?: boolean;
  busy?: boolean;
  onAction(action: DeliveryAction): void;
  onClear(): void;
}

const SEND: [DeliveryAction, string][] = [
  ['record', 'Copy for record'],
  ['email', 'Email link worker'],
  ['print', 'Print'],
  ['fhir', 'Download FHIR'],
  ['fhir-post', 'Send to FHIR endpoint'],
  ['fill', 'Fill into page field'],
];

/**
 * Every way the referral can leave the practice, then recording a decline and starting again. While busy the buttons
 * say so rather than being disabled, so keyboard focus stays on the one just pressed.
 */
export function DeliveryButtons({ fhirEndpoint = false, busy = false, onAction, onClear }: Props) {
  const act = (action: DeliveryAction) => () => {
    if (!busy) onAction(action);
  };
  const shown = SEND.filter(([action]) => action !== 'fhir-post' || fhirEndpoint);
  return (
    <div class="refer__actions">
      <div class="refer__buttons">
        {shown.map(([action, label], i) => (
          <button
            key={action}
            type="button"
            class={i === 0 ? 'button' : 'button button--secondary'}
            aria-disabled={busy || undefined}
            onClick={act(action)}
          >
            {label}
          </button>
        ))}
      </div>
      <div class="refer__buttons">
        <button
          type="button"
          class="button button--secondary"
          aria-disabled={busy || undefined}
          onClick={act('declined')}
        >
          Patient declined
        </button>
        <button type="button" class="link-button" onClick={onClear}>
          Start again
        </button>
      </div>
    </div>
  );
}
