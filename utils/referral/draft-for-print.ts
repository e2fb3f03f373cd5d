import { printReferral } from '../config/storage-items';
import { draftFromUnknown } from './draft-from-unknown';
import type { ReferralDraft } from './referral';

/**
 * The referral the print page should show, or undefined when there is none (the tab was reopened after the
 * browser restarted) or it cannot be read. A read that fails is treated as nothing to print rather than an error.
 */
export async function draftForPrint(
  // Read as unknown and checked: the value crossed from another page.
  read: () => Promise<unknown> = () => printReferral.getValue(),
): Promise<ReferralDraft | undefined> {
  try {
    return draftFromUnknown(await read());
  } catch {
    return undefined;
  }
}
