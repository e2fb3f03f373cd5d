import { roleTextItem } from '../config/storage-items';
import { qrDataUrl } from './qr-data-url';
import { DEFAULT_ROLE_TEXT, type RoleText, validateRoleText } from './role-text';

/** What the leaflet page shows: the PCN's text, its QR code when it has a self-referral address, and any problem. */
export interface LeafletContent {
  text: RoleText;
  /** A `data:` URL for an `<img>`; absent when there is no address or the code could not be made. */
  qr?: string;
  /** A plain sentence for the page when something fell back. */
  problem?: string;
}

/**
 * Reads the saved role text for the leaflet. Storage is checked again because a bad import or policy could have put
 * anything there, and a leaflet with the standard wording beats a blank page.
 */
export async function loadLeaflet(
  read: () => Promise<unknown> = () => roleTextItem.getValue(),
  makeQr: (url: string) => Promise<string> = qrDataUrl,
): Promise<LeafletContent> {
  const checked = validateRoleText(await read());
  if (!checked.ok) {
    return {
      text: DEFAULT_ROLE_TEXT,
      problem: `The saved text could not be used, so this leaflet shows the standard wording. ${checked.message}`,
    };
  }
  const text = checked.value;
  const url = text.contact.selfReferralUrl;
  if (!url) return { text };
  try {
    return { text, qr: await makeQr(url) };
  } catch {
    return { text, problem: 'The QR code could not be made. The web address is printed instead.' };
  }
}
