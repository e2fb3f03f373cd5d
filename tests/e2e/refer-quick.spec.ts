import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';
import type { ReferPage } from './pages/refer-page';
import { ReferralDesk } from './pages/referral-desk';

/** The side panel as a care coordinator sees it beside the record: 400 px wide, 800 px tall. */
const PANEL = { width: 400, height: 800 };

/** axe's WCAG 2.1 A and AA rules and best practices on the panel as it stands, light and dark, one line a problem. */
async function axeProblems(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    found.push(
      ...results.violations.map(
        (v) => `[${colorScheme}] ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    );
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

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
    // Printed for the report: where each part ends at 400 × 800.
    console.log(`Refer at 400 × 800: ${JSON.stringify(where)}`);

    expect(await refer.page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
    for (const [name, { top, bottom }] of Object.entries(where)) {
      expect({ name, top: top >= 0, bottom: bottom <= PANEL.height }).toEqual({ name, top: true, bottom: true });
    }
    // Compact, and nothing lost: the summary names the patient, and the fields are one press away.
    expect(await parts.patient.textContent()).toContain(
      'Mrs Eleanor TESTPATIENT · born 14 March 1946 · NHS number 999 007 9196',
    );
    await refer.editPatient();
    expect(await refer.values()).toMatchObject({ nhsNumber: '9990079196', name: 'Mrs Eleanor TESTPATIENT' });
    await refer.patientDetails.getByText('Edit details', { exact: true }).click();
  });

  it('tabs from the patient through the needs to the reason, consent and the delivery buttons', async () => {
    await refer.patientDetails.getByText('Edit details', { exact: true }).focus();
    const order: string[] = [];
    for (let stop = 0; stop < 60 && order.at(-1) !== 'delivery'; stop++) {
      order.push(
        await refer.page.evaluate(() => {
          const element = document.activeElement;
          if (!element) return 'none';
          if (element.closest('.refer__patient')) return 'patient';
          if (element.closest('fieldset')?.querySelector(':scope > legend')?.textContent === 'Needs') return 'needs';
          if (element.matches('textarea')) return 'reason';
          if (/^Patient consents/.test(element.closest('label')?.textContent ?? '')) return 'consent';
          if (element.textContent === 'Copy for record') return 'delivery';
          return 'other';
        }),
      );
      await refer.page.keyboard.press('Tab');
    }
    // Each part once, in this order; the contact, services, urgency and link worker sections come between.
    const parts = order.filter((part, i) => part !== 'other' && part !== order[i - 1]);
    expect(parts).toEqual(['patient', 'needs', 'reason', 'consent', 'delivery']);
  });

  it('has no axe problems (WCAG 2.1 AA) folded, and with the words behind the needs shown', {
    timeout: 120_000,
  }, async () => {
    const folded = await axeProblems(refer.page);
    const whereFound = refer.form.getByRole('button', { name: 'Where found' });
    await whereFound.click();
    expect(await whereFound.getAttribute('aria-expanded')).toBe('true');
    // The words behind the first need are on screen now.
    await refer.form.locator('.refer__suggestions-text span').first().waitFor();
    const shown = await axeProblems(refer.page);
    expect([...folded, ...shown]).toEqual([]);
  });
});
