import { storage } from 'wxt/utils/storage';
import { draftFromUnknown } from './draft-from-unknown';
import type { ReferralDraft } from './referral';

/** Where the panel leaves the referral for the print page: session storage, so it never outlives the browser. */
export const PRINT_REFERRAL_KEY = 'session:printReferral';

/**
 * The referral the print page should show, or undefined when there is none (the tab was reopened after the
 * browser restarted) or it cannot be read. A read that fails is treated as nothing to print rather than an error.
 */
export async function draftForPrint(
  read: () => Promise<unknown> = () => storage.getItem<unknown>(PRINT_REFERRAL_KEY),
): Promise<ReferralDraft | undefined> {
  try {
    return draftFromUnknown(await read());
  } catch {
    return undefined;
  }
}
