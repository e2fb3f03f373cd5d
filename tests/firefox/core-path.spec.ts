import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server';
import { button, fillIn, sectionNamed } from './find-by-label';
import { type FirefoxExtension, launchFirefoxExtension } from './firefox-extension';
import { FirefoxPanel } from './firefox-panel';

// The Bristol fixture's records less the two it skips (tests/e2e/directory.spec.ts says which).
const IMPORTED = 817;

/** Waits for a settings section to say its details were saved. */
async function saved(page: Page, section: string): Promise<void> {
  await page
    .waitForFunction(
      (scope) => (document.querySelector(scope)?.textContent ?? '').includes('Saved.'),
      { timeout: 20_000 },
      section,
    )
    .catch(async (error: unknown) => {
      const text = await page.$eval(section, (element) => element.textContent ?? '');
      throw new Error(`Not saved: the section says "${text}"`, { cause: error });
    });
}

describe('Signpost in Firefox ESR: the core path', () => {
  let server: DemoServer;
  let ff: FirefoxExtension;
  let record: Page;
  let panel: FirefoxPanel;

  beforeAll(async () => {
    server = await startDemoServer();
    ff = await launchFirefoxExtension(server.origin);
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('imports the demo feed from the settings page', async () => {
    const options = await ff.openExtensionPage('options.html');
    await fillIn(options, 'Directory feed address', server.feedUrl);
    await (await button(options, 'Save and import')).click();
    const message = await options.waitForFunction(
      () => {
        const text = document.querySelector('[role="status"]')?.textContent ?? '';
        return text !== '' && !text.includes('Importing') && text;
      },
      { timeout: 60_000 },
    );
    expect(await message.jsonValue()).toBe(`Imported ${IMPORTED} services; 2 records skipped.`);
    await options.close();
  });

  it('saves the practice and its link worker on the settings page', async () => {
    const options = await ff.openExtensionPage('options.html');
    const practice = await sectionNamed(options, 'Practice and PCN');
    await fillIn(options, 'Practice name', 'Riverside Medical Practice', practice);
    await fillIn(options, 'Your name', 'Jo Care', practice);
    await (await button(options, 'Save practice details', practice)).click();
    await saved(options, practice);
    const workers = await sectionNamed(options, 'Link workers');
    await (await button(options, 'Add a link worker', workers)).click();
    const row = await sectionNamed(options, 'Link worker 1');
    await fillIn(options, 'Name', 'Sam Okoro', row);
    await fillIn(options, 'NHSmail address', 'sam.okoro@nhs.net', row);
    await (await button(options, 'Save link workers', workers)).click();
    await saved(options, workers);
    await options.close();
  });

  it('searches the directory for "lonely" in the panel', async () => {
    // The panel in its own window, the clinical record in the first: the panel reads the last focused window's tab.
    record = await ff.browser.newPage();
    await record.goto(server.recordUrl);
    panel = new FirefoxPanel(
      await ff.openExtensionPage('sidepanel.html', await ff.browser.newPage({ type: 'window' })),
    );
    const names = await panel.search('lonely');
    expect(names.length).toBeGreaterThan(0);
    expect(await panel.directoryText()).toContain(`${IMPORTED.toLocaleString('en-GB')} services`);
  });

  it('reads the demo patient from the record', async () => {
    await record.bringToFront();
    expect(await panel.readPatient()).toMatch(
      /^NHS number 999 007 9196 · (Mrs )?Eleanor TESTPATIENT · born \d{1,2} \w+ 19\d\d$/,
    );
  });

  it('makes a referral, copies it for the record, and logs it', async () => {
    await panel.referFirstResult('lonely');
    await panel.completeReferral();
    expect(await panel.deliver('Copy for record')).toContain('Copied for the clinical record');
    // The clinician pastes into the record's note: what the clipboard really holds.
    await record.bringToFront();
    await record.locator('#consultation-note').click();
    await record.keyboard.down('Control');
    await record.keyboard.press('v');
    await record.keyboard.up('Control');
    const note = await record.$eval('#consultation-note', (element) => (element as HTMLTextAreaElement).value);
    expect(note).toContain('871731000000106');
    expect(note).toContain('999 007 9196');
    const entries = await panel.logEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ 'NHS number': '999 007 9196', Route: 'Recorded in the clinical record' });
  });

  it('still searches offline after Firefox restarts on the same profile', async () => {
    await ff.restart();
    // The feed is unreachable from now on (connections dropped): the search runs on what was stored.
    server.failWith = 0;
    const reopened = new FirefoxPanel(await ff.openExtensionPage('sidepanel.html'));
    expect((await reopened.search('lonely')).length).toBeGreaterThan(0);
    expect(await reopened.logEntries()).toHaveLength(1);
  });
});
