import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';
import type { ReferPage } from './pages/refer-page';
import { ReferralDesk } from './pages/referral-desk';

/** The side panel as a care coordinator sees it beside the record: 400 px wide, 800 px tall. */
const PANEL = { width: 400, height: 800 };

/** Where an element is on the screen, as top and bottom in CSS pixels from the top of the viewport. */
async function span(locator: Locator): Promise<{ top: number; bottom: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return { top: Math.round(box.y), bottom: Math.round(box.y + box.height) };
}

describe('Refer, quick: a 400 × 800 side panel once a patient is read', () => {
  let h: Harness;
  let desk: ReferralDesk;
  let refer: ReferPage;

  beforeAll(async () => {
    h = await startHarness();
    desk = await ReferralDesk.open(h);
    refer = desk.refer;
    await refer.page.setViewportSize(PANEL);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the patient, needs, reason and consent without scrolling after reading the demo patient', async () => {
    await refer.startAgain();
    await desk.show('/record');
    await desk.panel.readPatient();
    await refer.form.getByText('Same patient as the open record').waitFor();
    // The demo record's note suggests needs: the check is with them shown, as a coordinator would see it.
    expect(await refer.suggestionText()).toMatch(/^From the record: /);
    await refer.page.evaluate(() => window.scrollTo(0, 0));

    const parts = {
      patient: refer.form.getByRole('group', { name: 'Patient', exact: true }),
      needs: refer.form.getByRole('group', { name: 'Needs', exact: true }),
      reason: refer.reason,
      consent: refer.consent,
      // The words the patient agrees to, not just the box.
      consentStatement: refer.consent.locator('xpath=ancestor::label'),
    };
    const where: Record<string, { top: number; bottom: number }> = {};
    for (const [name, locator] of Object.entries(parts)) where[name] = await span(locator);
    if (process.env.SHOT) await refer.page.screenshot({ path: process.env.SHOT });
    // Printed for the report: where each part ends at 400 × 800.
    console.log(`Refer at 400 × 800: ${JSON.stringify(where)}`);

    expect(await refer.page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
    for (const [name, { top, bottom }] of Object.entries(where)) {
      expect({ name, top: top >= 0, bottom: bottom <= PANEL.height }).toEqual({ name, top: true, bottom: true });
    }
  });
});
