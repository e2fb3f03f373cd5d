import { leafletTitle } from '@/utils/explain/leaflet-title';
import type { LeafletContent } from '@/utils/explain/load-leaflet';
import { RoleTextSections } from './RoleTextSections';

interface Props {
  content: LeafletContent;
  onPrint(): void;
}

/**
 * The A4 leaflet about the PCN's link workers, to hand to patients: the same sections as the Explain view in large
 * type, and a QR code for the self-referral form with its address printed underneath for those without a phone.
 */
export function Leaflet({ content, onPrint }: Props) {
  const { text, qr, problem } = content;
  const url = text.contact.selfReferralUrl;
  const selfReferral = qr && url && (
    <figure class="leaflet__qr">
      <img class="leaflet__qr-image" alt={`QR code for ${url}`} src={qr} width={160} height={160} />
      <figcaption>
        Scan the code with your phone camera, or go to <span class="leaflet__url">{url}</span>
      </figcaption>
    </figure>
  );
  return (
    <main class="leaflet">
      <div class="leaflet__actions">
        <button type="button" class="button" onClick={() => onPrint()}>
          Print
        </button>
        <p class="leaflet__tip">Check the PCN name and contact details before printing. Prints on A4 paper.</p>
        {problem && (
          <p class="notice notice--warning" role="status">
            {problem}
          </p>
        )}
      </div>
      <article class="leaflet__page">
        <h1 class="leaflet__title">{leafletTitle(text.pcnName)}</h1>
        <RoleTextSections text={text} level={2} selfReferral={selfReferral || undefined} />
      </article>
    </main>
  );
}
