import './refer.css';
import { Fragment } from 'preact';
import type { Service } from '@/utils/directory/service';
import { draftShareFacts } from '@/utils/referral/draft-share-facts';
import { draftShareText } from '@/utils/referral/draft-share-text';

interface Props {
  service: Service;
  /** A `data:` URL of a QR code for the service's website. */
  qr?: string;
  /** Gets the same words as shown, as plain text, for the clipboard. */
  onCopy(text: string): void;
  onPrint(): void;
}

/**
 * One service in plain words for the patient to take away: what it is, how to get in touch, when, where and what
 * it costs. It carries nothing about the patient, so it can be copied or printed without consent questions.
 */
export function ShareWithPatient({ service, qr, onCopy, onPrint }: Props) {
  const titleId = `share-${service.id.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  const organisation = service.organisation && service.organisation !== service.name ? service.organisation : '';
  return (
    <section class="share" aria-labelledby={titleId}>
      <h2 id={titleId} class="share__title">
        {service.name}
      </h2>
      {organisation && <p class="share__org">Run by {organisation}</p>}
      <dl class="facts">
        {draftShareFacts(service).map((fact) => (
          <Fragment key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </Fragment>
        ))}
      </dl>
      {qr && service.website && (
        <img class="share__qr" src={qr} alt={`QR code for ${service.website}`} width={120} height={120} />
      )}
      <p class="refer__buttons">
        <button type="button" class="button" onClick={() => onCopy(draftShareText(service))}>
          Copy for the patient
        </button>
        <button type="button" class="button button--secondary" onClick={onPrint}>
          Print for the patient
        </button>
      </p>
    </section>
  );
}
