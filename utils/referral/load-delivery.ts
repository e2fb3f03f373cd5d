import type { deliverReferral } from './deliver-referral';

/**
 * Said when sending's code cannot be loaded: most likely Signpost was updated while the panel was open, so the
 * panel's own files are gone. The draft is kept (session storage) and is there when the panel opens again.
 */
export const DELIVERY_UNAVAILABLE =
  'Not sent: part of Signpost could not be loaded, perhaps because it has just been updated. Close and reopen the Signpost panel, then send again: your referral is kept.';

/**
 * Sending's code (FHIR, files, the referral log), loaded when a referral is first sent rather than before the panel's
 * first results; undefined if it cannot be loaded.
 */
export async function loadDelivery(
  load: () => Promise<{ deliverReferral: typeof deliverReferral }> = () => import('./deliver-referral'),
): Promise<typeof deliverReferral | undefined> {
  try {
    return (await load()).deliverReferral;
  } catch {
    return undefined;
  }
}
