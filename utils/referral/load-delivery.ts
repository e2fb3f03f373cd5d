import type { deliverReferral } from './deliver-referral';

/**
 * Said when sending's code cannot be loaded (say Signpost was reloaded or updated while the panel was open, and the
 * panel's files changed under it). Nothing was sent and the draft is untouched.
 */
export const DELIVERY_UNAVAILABLE =
  'Not sent: part of Signpost could not be loaded. Close and reopen the Signpost panel, then try again.';

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
