import { useEffect, useState } from 'preact/hooks';
import type { Service } from '../directory/service';
import { qrDataUrl } from '../explain/qr-data-url';

/** Sharing a service with the patient: its website as a QR code, and copying its details. */
export interface ShareState {
  /** The QR code's image, once drawn; none for a service without a website. */
  qr: string | undefined;
  /** What the last copy did, in plain words. */
  message: string | undefined;
  copy(text: string): void;
}

export function useShare(service: Service): ShareState {
  const [qr, setQr] = useState<string>();
  const [message, setMessage] = useState<string>();
  useEffect(() => {
    setQr(undefined);
    setMessage(undefined);
    if (service.website) void qrDataUrl(service.website).then(setQr, () => setQr(undefined));
  }, [service]);

  function copy(text: string): void {
    void navigator.clipboard.writeText(text).then(
      () => setMessage('Copied: paste it into a text or letter for the patient.'),
      () => setMessage('Could not copy: select the text and copy it by hand.'),
    );
  }

  return { qr, message, copy };
}
