import { describe, expect, it } from 'vitest';
import { deliverReferral } from './deliver-referral';
import { DELIVERY_UNAVAILABLE, loadDelivery } from './load-delivery';

describe('loadDelivery', () => {
  it('loads the sending code when first asked', async () => {
    expect(await loadDelivery()).toBe(deliverReferral);
  });

  it('answers nothing, rather than failing, when the code cannot be loaded (its files changed under the panel)', async () => {
    const missing = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    expect(await loadDelivery(missing)).toBeUndefined();
    expect(DELIVERY_UNAVAILABLE).toMatch(/^Not sent: .*reopen the Signpost panel, then try again\.$/);
  });
});
