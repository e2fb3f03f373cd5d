import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRACTICE, fillDemoReferral, setUpDemoPractice } from '../../scripts/lib/demo-referral';
import { type Harness, startHarness } from './harness';
import { OptionsPage } from './pages/options-page';

/** WCAG 2.1 A and AA, plus axe's best practices (landmarks, heading order, one h1…). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** The panel as screenshots show it, and the narrowest width every page must reflow to without problems. */
const PANEL_WIDTH = 400;
const TAB_WIDTH = 1280;
const NARROW = 360;

/** One line per problem: rule, what it asks, and where (CSS selectors), so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    at ${v.nodes.map((node) => node.target.join(' ')).join('\n    at ')}`,
  );
}

/**
 * Runs axe on the page as it stands in light and dark colour schemes, at its usual width and at 360 px, and answers
 * every violation found, each prefixed by where it was seen.
 */
async function audit(page: Page, width: number): Promise<string[]> {
  const height = page.viewportSize()?.height ?? 800;
  const found: string[] = [];
  for (const w of [width, NARROW]) {
    await page.setViewportSize({ width: w, height });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      found.push(...(await violations(page)).map((v) => `[${colorScheme}, ${w} px] ${v}`));
    }
  }
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

function report(found: string[]): string {
  return `axe found ${found.length} violation(s):\n${found.join('\n')}`;
}

describe('accessibility (axe, WCAG 2.1 AA) of every view and page, light and dark, down to 360 px', () => {
  let h: Harness;
  let options: Page;
  let panel: Page;
  /** The settings page's first run (nothing imported yet: the welcome section), checked before the import. */
  let firstRun: string[];

  const view = (name: 'Find' | 'Explain' | 'Refer' | 'Referrals') =>
    panel.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click();

  beforeAll(async () => {
    h = await startHarness();
    options = await h.ext.openExtensionPage('options.html');
    await options.setViewportSize({ width: TAB_WIDTH, height: 800 });
    await options.getByRole('heading', { name: 'Welcome to Signpost' }).waitFor();
    firstRun = await audit(options, TAB_WIDTH);
    await new OptionsPage(options).importFeed(h.server.feedUrl);
    await setUpDemoPractice(options);
    const record = await h.ext.context.newPage();
    await record.goto(h.server.recordUrl);
    await options.bringToFront();
    await new OptionsPage(options).openSidePanel();
    panel = await h.ext.sidePanel();
    await panel.setViewportSize({ width: PANEL_WIDTH, height: 800 });
    // The referral is checked against the record in the active tab, as when a clinician works beside it.
    await record.bringToFront();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('the settings page on first run, with its welcome', () => {
    expect(firstRun, report(firstRun)).toEqual([]);
  });

  it('the settings page, every section open', { timeout: 120_000 }, async () => {
    await options.getByRole('button', { name: 'Edit the link worker text' }).click();
    await options.getByRole('form', { name: 'Link worker text' }).waitFor();
    // Import reports are closed <details>: open them so their content is checked too.
    await options.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
    const found = await audit(options, TAB_WIDTH);
    expect(found, report(found)).toEqual([]);
  });

  it('Find: results with one card open, then with the filters open', { timeout: 120_000 }, async () => {
    await panel.getByRole('searchbox', { name: 'Search services' }).fill('lonely');
    await panel.getByTestId('result-count').filter({ hasText: 'match' }).waitFor();
    const first = panel.locator('[data-result-toggle]').first();
    await first.click();
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    const withCard = await audit(panel, PANEL_WIDTH);
    await panel.getByText('Filters', { exact: true }).click();
    await panel.getByLabel('Near postcode').waitFor();
    const withFilters = await audit(panel, PANEL_WIDTH);
    const found = [...withCard, ...withFilters.map((v) => `[filters open] ${v}`)];
    expect(found, report(found)).toEqual([]);
  });

  it('Find: a safety notice above the results', { timeout: 120_000 }, async () => {
    await panel.getByRole('searchbox', { name: 'Search services' }).fill('my partner hits me and I want to die');
    await panel.getByTestId('safety-notice').getByRole('alert').nth(1).waitFor();
    const found = await audit(panel, PANEL_WIDTH);
    await panel.getByRole('searchbox', { name: 'Search services' }).fill('lonely');
    expect(found, report(found)).toEqual([]);
  });

  it('Find: sharing a service with the patient', { timeout: 120_000 }, async () => {
    await panel.getByRole('button', { name: 'Share' }).first().click();
    const share = panel.getByRole('region', { name: 'Share with the patient' });
    await share.getByRole('button', { name: 'Copy for the patient' }).waitFor();
    const found = await audit(panel, PANEL_WIDTH);
    await share.getByRole('button', { name: 'Close sharing' }).click();
    expect(found, report(found)).toEqual([]);
  });

  it('Explain', { timeout: 120_000 }, async () => {
    await view('Explain');
    await panel.getByRole('heading', { name: 'What a link worker does' }).waitFor();
    const found = await audit(panel, PANEL_WIDTH);
    expect(found, report(found)).toEqual([]);
  });

  it('Refer: an empty referral, then the error summary after a delivery that could not go', {
    timeout: 120_000,
  }, async () => {
    await view('Refer');
    await panel.getByRole('form', { name: 'Referral' }).waitFor();
    const empty = await audit(panel, PANEL_WIDTH);
    await panel.getByRole('button', { name: 'Copy for record' }).click();
    await panel.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    const failed = await audit(panel, PANEL_WIDTH);
    const found = [...empty, ...failed.map((v) => `[error summary] ${v}`)];
    expect(found, report(found)).toEqual([]);
  });

  it('the printable referral page', { timeout: 120_000 }, async () => {
    await fillDemoReferral(panel);
    const opened = h.ext.context.waitForEvent('page');
    await panel.getByRole('button', { name: 'Print', exact: true }).click();
    const print = await opened;
    await print.getByRole('heading', { name: 'Referral to social prescribing service' }).waitFor();
    expect(await print.getByText(DEMO_PRACTICE.linkWorker).count()).toBe(1);
    const found = await audit(print, TAB_WIDTH);
    await print.close();
    expect(found, report(found)).toEqual([]);
  });

  it('Referrals, with the referral just printed in the log', { timeout: 120_000 }, async () => {
    await view('Referrals');
    const log = panel.getByRole('region', { name: 'Referrals' });
    await log.getByRole('listitem').first().waitFor();
    const found = await audit(panel, PANEL_WIDTH);
    expect(found, report(found)).toEqual([]);
  });

  it('the patient leaflet', { timeout: 120_000 }, async () => {
    const leaflet = await h.ext.openExtensionPage('leaflet.html');
    await leaflet.getByRole('button', { name: 'Print' }).waitFor();
    const found = await audit(leaflet, TAB_WIDTH);
    expect(found, report(found)).toEqual([]);
  });
});
