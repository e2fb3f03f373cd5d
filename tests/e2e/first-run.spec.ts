import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';

describe('first run with nothing configured, in real Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the panel says the directory is empty and points to settings', async () => {
    const panel = await h.openPanelTab();
    await panel.page.getByText('The directory is empty.').waitFor();
    await panel.page.close();
  });

  it('offers a feed, a file or the demo directory, and the demo imports offline', async () => {
    const options = await h.ext.openExtensionPage('options.html');
    const welcome = options.getByRole('region', { name: 'Welcome to Signpost' });
    expect(await welcome.getByRole('link', { name: 'Add a feed address' }).count()).toBe(1);
    expect(await welcome.getByRole('link', { name: 'Import a file' }).count()).toBe(1);
    await h.ext.context.setOffline(true);
    try {
      await welcome.getByRole('button', { name: 'Try the demo directory' }).click();
      const status = options.getByRole('status').filter({ hasText: /^Imported/ });
      await status.waitFor();
      expect(await status.textContent()).toMatch(/^Imported 12 services/);
    } finally {
      await h.ext.context.setOffline(false);
    }
    await options.close();
    const panel = await h.openPanelTab();
    await panel.search('food bank');
    expect((await panel.resultNames()).some((name) => /food/i.test(name))).toBe(true);
    await panel.page.close();
  });
});
