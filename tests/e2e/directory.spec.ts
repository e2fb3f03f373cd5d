import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension } from '../../scripts/lib/launch-extension';
import { type Harness, startHarness } from './harness';
import { SidePanelPage } from './pages/side-panel-page';

const BRISTOL_RECORDS = 819;

describe('directory import and search in real Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('imports the real Bristol feed page by page through the options page', async () => {
    const message = await h.importDemoFeed();
    expect(message).toBe(`Imported ${BRISTOL_RECORDS - 2} services; 2 records skipped.`);
    // 819 records at 50 a page: the background followed every page of the paged API.
    const pages = h.server.requests.filter((r) => r.startsWith('/services?'));
    expect(pages).toHaveLength(Math.ceil(BRISTOL_RECORDS / 50));
    expect(pages.at(-1)).toContain('page=17');
  });

  it('searches the imported directory as you type', async () => {
    const panel = await h.openPanelTab();
    await panel.search('');
    expect(await panel.resultCount()).toBe(`${BRISTOL_RECORDS - 2} services in the directory`);
    await panel.search('lonely');
    expect(await panel.allResultNames()).toEqual(expect.arrayContaining(['Call Companions', 'Silver Line']));
    expect(await panel.resultCount()).toMatch(/^(Top 25 of )?\d+ services match$/);
    // A typo still finds the bereavement services.
    await panel.search('bereavment');
    expect((await panel.resultNames()).some((name) => /bereave/i.test(name))).toBe(true);
    await panel.search('zzqxv');
    expect(await panel.resultCount()).toBe('No services match "zzqxv"');
    await panel.page.close();
  });

  it('keeps the cached directory, and says so, when the feed is unreachable', async () => {
    const panel = await h.openPanelTab();
    h.server.failWith = 503;
    await panel.page.getByRole('button', { name: 'Update now' }).click();
    const alert = panel.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      `The directory feed at ${h.server.origin}/services?per_page=50 answered 503 Service Unavailable. Still using the directory saved on ${new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}.`,
    );
    await panel.search('lonely');
    expect(await panel.resultNames()).toContain('Call Companions');
    h.server.failWith = undefined;
    await panel.page.close();
  });

  it('refuses a feed that is not JSON in plain words and keeps the directory', async () => {
    const message = await h.importDemoFeed(`${h.server.origin}/not-json`);
    expect(message).toBe(`The directory feed at ${h.server.origin}/not-json did not send JSON.`);
    const panel = await h.openPanelTab();
    await panel.search('');
    expect(await panel.resultCount()).toBe(`${BRISTOL_RECORDS - 2} services in the directory`);
    await panel.page.close();
  });

  it('keeps the working feed address when a new one fails to import', async () => {
    await h.importDemoFeed(`${h.server.origin}/not-json`);
    const options = await h.ext.openExtensionPage('options.html');
    await expect.poll(() => options.getByLabel('Directory feed address').inputValue()).toBe(h.server.feedUrl);
    await options.close();
  });

  it('searches normally offline and says it is offline', async () => {
    const panel = await h.openPanelTab();
    await h.ext.context.setOffline(true);
    try {
      await panel.page.getByText('You are offline').waitFor();
      await panel.search('debt');
      expect((await panel.resultNames()).length).toBeGreaterThan(0);
    } finally {
      await h.ext.context.setOffline(false);
    }
    await panel.page.close();
  });

  it('keeps the directory in IndexedDB across closing and reopening the browser', async () => {
    const { profileDir } = h.ext;
    await h.ext.close({ keepProfile: true });
    // The feed is now unreachable: whatever the panel shows comes from IndexedDB.
    h.server.failWith = 0;
    h.ext = await launchExtension({ headless: true, profileDir });
    const panel = new SidePanelPage(await h.ext.openExtensionPage('sidepanel.html'));
    await panel.search('');
    expect(await panel.resultCount()).toBe(`${BRISTOL_RECORDS - 2} services in the directory`);
    await panel.search('lonely');
    expect(await panel.resultNames()).toContain('Call Companions');
    expect(await panel.directoryText()).toContain(`${BRISTOL_RECORDS - 2} services · updated`);
  });
});
