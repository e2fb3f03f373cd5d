/**
 * `npm run screenshots`: pictures of the running extension for the README and docs, taken from the real side panel
 * beside the demo clinical record (build first; `npm run screenshots` does). Writes docs/screenshot.png (the panel
 * beside the record), and one picture per view: find, explain, refer, referrals, settings and leaflet.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { fillDemoReferral, setUpDemoPractice } from './lib/demo-referral';
import { startDemoServer } from './lib/demo-server';
import { launchExtension } from './lib/launch-extension';
import { openDemo } from './lib/open-demo';

const OUT = 'docs';
/** About the width a side panel is usually given. */
const PANEL = { width: 400, height: 860 };
const RECORD_WIDTH = 900;
const written: string[] = [];

async function save(name: string, png: Buffer): Promise<void> {
  await writeFile(`${OUT}/${name}`, png);
  written.push(`${OUT}/${name}`);
}

/** The record and the panel side by side on one canvas, as a user sees them; the record is the active tab after. */
async function besideRecord(record: Page, panel: Page): Promise<Buffer> {
  const [recordPng, panelPng] = [await record.screenshot(), await panel.screenshot()];
  const canvas = await record.context().newPage();
  await canvas.setViewportSize({ width: RECORD_WIDTH + PANEL.width + 1, height: PANEL.height });
  await canvas.setContent(
    `<body style="margin:0;display:flex;background:#888">
       <img src="data:image/png;base64,${recordPng.toString('base64')}">
       <img style="margin-left:1px" src="data:image/png;base64,${panelPng.toString('base64')}">
     </body>`,
  );
  const png = await canvas.screenshot();
  await canvas.close();
  // The panel reads the patient from the active tab: that must be the record again.
  await record.bringToFront();
  return png;
}

/** Scrolls the panel so `target` is near its top, with a little of what comes before it for context. */
async function scrollToTop(page: Page, target: Locator): Promise<void> {
  const top = await target.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
  await page.evaluate((y) => window.scrollTo(0, y), Math.max(0, top - 48));
}

/**
 * Opens the top result with the shortest description, so the picture of an open card shows all of it: many services'
 * full descriptions run to a screen or more.
 */
async function openShowcaseCard(panel: Page): Promise<Locator> {
  const cards = panel.getByTestId('service-card');
  const summaries = await cards.locator('.service-card__summary').allTextContents();
  const lengths = summaries.slice(0, 10).map((text) => (text.endsWith('…') ? Number.POSITIVE_INFINITY : text.length));
  const card = cards.nth(Math.max(0, lengths.indexOf(Math.min(...lengths))));
  await card.locator('[data-result-toggle]').click();
  await card.locator('.note-editor').waitFor();
  return card;
}

/** The panel from the top of `from` to the bottom of `to`, however tall: the panel grows for the one picture. */
async function tallShot(panel: Page, from: Locator, to: Locator): Promise<Buffer> {
  await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const top = await from.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
  const bottom = await to.evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
  await panel.setViewportSize({ width: PANEL.width, height: Math.ceil(bottom + 12) });
  // Clicks scrolled the panel; with the clip in page coordinates, the top of the page must be in view.
  await panel.evaluate(() => window.scrollTo(0, 0));
  const png = await panel.screenshot({ clip: { x: 0, y: top - 12, width: PANEL.width, height: bottom - top + 24 } });
  await panel.setViewportSize(PANEL);
  return png;
}

const server = await startDemoServer();
const ext = await launchExtension({ headless: true, windowSize: { width: 1400, height: 960 } });
try {
  await mkdir(OUT, { recursive: true });
  // Referrals need a referrer and a link worker: set up before the panel opens, so its first draft has them.
  const setup = await ext.openExtensionPage('options.html');
  await setUpDemoPractice(setup);
  await setup.close();
  const { record, panel } = await openDemo(ext, server);
  await panel.setViewportSize(PANEL);
  await record.setViewportSize({ width: RECORD_WIDTH, height: PANEL.height });
  const views = panel.getByRole('navigation', { name: 'Views' });
  const show = (name: string) => views.getByRole('button', { name, exact: true }).click();

  // Find: the patient read from the record, and services for "lonely".
  await panel.getByRole('button', { name: 'Read patient from page' }).first().click();
  await panel.getByTestId('patient-status').filter({ hasText: 'NHS number' }).waitFor();
  await panel.getByRole('searchbox', { name: 'Search services' }).fill('lonely');
  await panel.getByTestId('result-count').filter({ hasText: 'match' }).waitFor();
  await panel.getByRole('searchbox', { name: 'Search services' }).blur();
  await save('screenshot.png', await besideRecord(record, panel));
  const card = await openShowcaseCard(panel);
  await save('find.png', await tallShot(panel, panel.getByRole('region', { name: 'Directory' }), card));

  // Refer: that service added to a referral filled in for the demo patient.
  await card.getByRole('button', { name: 'Refer' }).click();
  await fillDemoReferral(panel);
  // The whole form, from the record-match banner to the ways to send it.
  const form = panel.getByRole('form', { name: 'Referral' });
  await save('refer.png', await tallShot(panel, form, form));

  // Two referrals in the log: this one printed, then a second sent as a FHIR file.
  const printed = ext.context.waitForEvent('page');
  await panel.getByRole('button', { name: 'Print', exact: true }).click();
  await (await printed).close();
  await record.bringToFront();
  await panel.getByRole('button', { name: 'Start again' }).click();
  await fillDemoReferral(panel);
  await panel.getByRole('button', { name: 'Download FHIR' }).click();
  await panel.getByText('Downloaded the FHIR referral').waitFor();
  await show('Referrals');
  const entries = panel.getByRole('region', { name: 'Referrals' }).getByRole('listitem');
  await entries.nth(1).waitFor();
  await scrollToTop(panel, entries.first());
  await save('referrals.png', await panel.screenshot());

  await show('Explain');
  await panel.getByRole('heading', { name: 'What a link worker does' }).waitFor();
  await panel.evaluate(() => window.scrollTo(0, 0));
  await save('explain.png', await panel.screenshot());

  const settings = await ext.openExtensionPage('options.html');
  await settings.setViewportSize({ width: 1000, height: 1100 });
  await settings.getByRole('heading', { name: 'Sources' }).waitFor();
  await save('settings.png', await settings.screenshot());

  const leaflet = await ext.openExtensionPage('leaflet.html');
  await leaflet.setViewportSize({ width: 1000, height: 1100 });
  await leaflet.getByRole('button', { name: 'Print' }).waitFor();
  await save('leaflet.png', await leaflet.screenshot({ fullPage: true }));
  console.log(`Wrote ${written.join(', ')}`);
} finally {
  await ext.close();
  await server.close();
}
