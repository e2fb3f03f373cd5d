import type { Service } from '@/utils/directory/service';
import { useShare } from '@/utils/hooks/use-share';
import { ShareWithPatient } from './ShareWithPatient';

interface Props {
  service: Service;
  onClose(): void;
}

/** The panel's share box: the service's details to copy or print for the patient, with a QR code of its website. */
export function ShareSection({ service, onClose }: Props) {
  const share = useShare(service);
  return (
    <section class="share-section" aria-label="Share with the patient">
      <ShareWithPatient service={service} qr={share.qr} onCopy={share.copy} onPrint={() => window.print()} />
      <p role="status">{share.message}</p>
      <button type="button" class="link-button" onClick={onClose}>
        Close sharing
      </button>
    </section>
  );
}
