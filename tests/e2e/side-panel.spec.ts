import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';
import { OptionsPage } from './pages/options-page';
import { SidePanelPage } from './pages/side-panel-page';

describe('the real side panel beside a clinical page', () => {
  let h: Harness;
  let panel: SidePanelPage;
  let record: Awaited<ReturnType<Harness['ext']['context']['newPage']>>;

  beforeAll(async () => {
    h = await startHarness();
    await h.importDemoFeed();
    record = await h.ext.context.newPage();
    await record.goto(h.server.recordUrl);
    const options = new OptionsPage(await h.ext.openExtensionPage('options.html'));
    await options.openSidePanel();
    panel = new SidePanelPage(await h.ext.sidePanel());
    // The clinician goes back to the record; the panel stays open beside it.
    await record.bringToFront();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("opens as Chrome's side panel and searches the directory", async () => {
    expect(panel.page.url()).toBe(`chrome-extension://${h.ext.extensionId}/sidepanel.html`);
    await panel.search('debt advice');
    expect((await panel.resultNames()).length).toBeGreaterThan(0);
  });

  it('reads the NHS number from the patient banner when asked', async () => {
    expect(await panel.readPatient()).toMatch(
      /^NHS number 999 007 9196 · (Mrs )?Eleanor TESTPATIENT · born \d{1,2} \w+ 19\d\d$/,
    );
  });

  it('finds no patient on a page without one, and never offers a number that fails mod-11', async () => {
    // The appointments page has number-shaped strings (a phone number, an order id), none a valid NHS number.
    await record.goto(`${h.server.origin}/appointments`);
    expect(await panel.readPatient()).toContain('No patient found on this page.');
  });

  it('asks for one record when a page shows two patients', async () => {
    await record.goto(`${h.server.origin}/home-visits`);
    expect(await panel.readPatient()).toBe('2 different patients are on this page: choose one in Refer.');
  });

  it('says plainly when the page cannot be read', async () => {
    await record.goto('about:blank');
    expect(await panel.readPatient()).toMatch(
      /^Signpost cannot read this page: (reload the clinical system page and try again|the active tab is not a web page Signpost can read)\.$/,
    );
  });

  it('loads its first view from a few chunks, without the referral sending code', async () => {
    const page = await h.ext.openExtensionPage('sidepanel.html?q=debt');
    const scripts = await page.evaluate(async () => {
      while (performance.getEntriesByName('signpost:first-results').length === 0)
        await new Promise((resolve) => setTimeout(resolve, 20));
      // The module scripts the page has and the ones the bundler's loader added for its dynamic imports.
      return [...document.querySelectorAll('script[type=module], link[rel=modulepreload]')].map((element) =>
        new URL(element.getAttribute('src') ?? element.getAttribute('href') ?? '', location.href).pathname.replace(
          /-[\w-]{8}\.js$/,
          '',
        ),
      );
    });
    await page.close();
    await record.bringToFront();
    // The first script and the bundler's two small ones; the early index read; the boot and mount scripts and the
    // search's and the views' chunks (scripts/build/panel-chunks.ts). The default split loaded 23.
    expect(scripts.length).toBeLessThanOrEqual(8);
    expect(scripts).toContain('/chunks/panel-search');
    expect(scripts).not.toContain('/chunks/deliver-referral');
  });
});
