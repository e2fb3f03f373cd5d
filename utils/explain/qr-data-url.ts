import QRCode, { type QRCodeToStringOptions } from 'qrcode';
import { safeWebUrl } from './safe-web-url';

/** The one `qrcode` call used, passed in so tests can fail it. */
export type RenderQrSvg = (text: string, options: QRCodeToStringOptions) => Promise<string>;

const OPTIONS: QRCodeToStringOptions = {
  type: 'svg',
  // Medium correction survives a smudged or creased printout without making the code too dense to scan.
  errorCorrectionLevel: 'M',
  // Scanners need the four-module quiet zone; black on white because paper and printers may drop colour.
  margin: 4,
  color: { dark: '#000000', light: '#ffffff' },
};

/**
 * A `data:` URL of an SVG QR code for a self-referral address, for an `<img src>`: shown as an image, never inserted
 * as markup. Rejects anything but an https address, since patients will type their details into what it opens.
 */
export async function qrDataUrl(url: string, render: RenderQrSvg = QRCode.toString): Promise<string> {
  const safe = safeWebUrl(url);
  if (!safe) throw new Error('A QR code is made only for a full web address starting with https://');
  const svg = await render(safe, OPTIONS);
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}
