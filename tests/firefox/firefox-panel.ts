import type { Page } from 'puppeteer-core';
import { button, control, fillIn, tick } from './find-by-label';

/** The delivery buttons the Firefox core path presses. */
type DeliveryButton = 'Copy for record';

/**
 * Signpost's panel page driven through puppeteer-core, by the same labels and roles as the Chromium page objects
 * (tests/e2e/pages/), which are written for Playwright.
 */
export class FirefoxPanel {
  constructor(readonly page: Page) {}

  /** Types a query and answers the result names once the count says it answers that query. */
  async search(query: string): Promise<string[]> {
    await fillIn(this.page, 'Search services', query);
    await this.page.waitForFunction(
      (q) => {
        const count = document.querySelector('[data-testid="result-count"]');
        return count?.getAttribute('data-answered') === q && /in the directory|match/.test(count.textContent ?? '');
      },
      { timeout: 20_000 },
      query,
    );
    return this.page.$$eval('[aria-label="Services"] h3', (headings) => headings.map((h) => h.textContent ?? ''));
  }

  directoryText(): Promise<string> {
    return this.page.$eval('[aria-label="Directory"]', (region) => region.textContent ?? '');
  }

  /** Reads the patient from the active tab of the last focused window; answers the strip's line. */
  async readPatient(): Promise<string> {
    const reads = () =>
      Number(document.querySelector('[data-testid="patient-status"]')?.getAttribute('data-reads') ?? 0);
    const before = await this.page.evaluate(reads);
    await (await button(this.page, 'Read patient from page')).click();
    await this.page.waitForFunction(
      (count) => Number(document.querySelector('[data-testid="patient-status"]')?.getAttribute('data-reads')) > count,
      { timeout: 20_000 },
      before,
    );
    return this.page.$eval('[data-testid="patient-status"]', (status) => status.textContent ?? '');
  }

  /** Searches and presses the first result's Refer button, which opens the Refer view with that service chosen. */
  async referFirstResult(query: string): Promise<void> {
    await this.search(query);
    await (await button(this.page, 'Refer', '[aria-label="Services"] li')).click();
    await this.page.waitForSelector('form[aria-label="Referral"]', { timeout: 20_000 });
  }

  /** Makes the draft complete as a care coordinator would: a need, a reason, consent and a phone number. */
  async completeReferral(): Promise<void> {
    const form = 'form[aria-label="Referral"]';
    const chosen = await this.page.$$(`${form} .chip[aria-pressed="true"]`);
    if (chosen.length === 0) await (await button(this.page, 'Loneliness', form)).click();
    await fillIn(this.page, 'Reason for referral', 'Lonely since bereavement.', form);
    await tick(this.page, 'Patient consents…', form);
    await tick(this.page, 'Phone', form);
    const phone = await control(this.page, 'Phone number', form);
    if ((await phone.evaluate((input) => (input as HTMLInputElement).value)) === '') {
      await fillIn(this.page, 'Phone number', '0117 496 0123', form);
    }
  }

  /** Presses a delivery button; answers the status line once it says something new. */
  async deliver(name: DeliveryButton): Promise<string> {
    const status = 'form[aria-label="Referral"] .refer__status';
    const before = await this.page.$eval(status, (line) => line.textContent ?? '').catch(() => '');
    await (await button(this.page, name, 'form[aria-label="Referral"]')).click();
    const after = await this.page
      .waitForFunction(
        (selector, previous) => {
          const text = document.querySelector(selector)?.textContent ?? '';
          return text !== '' && text !== previous && text;
        },
        { timeout: 20_000 },
        status,
        before,
      )
      .catch(async (error: unknown) => {
        const alerts = await this.page.$$eval('form[aria-label="Referral"] [role="alert"]', (found) =>
          found.map((alert) => alert.textContent ?? ''),
        );
        throw new Error(`${name} said nothing; the form's alerts: ${JSON.stringify(alerts)}`, { cause: error });
      });
    return String(await after.jsonValue());
  }

  /** Opens the Referrals view and answers each listed entry's facts by their labels. */
  async logEntries(): Promise<Record<string, string>[]> {
    await (await button(this.page, 'Referrals', 'nav[aria-label="Views"]')).click();
    await this.page.waitForSelector('section[aria-labelledby="referral-log-heading"]', { timeout: 20_000 });
    // The section is drawn before the log is read from IndexedDB: wait for the entries or the empty notice.
    await this.page.waitForFunction(
      () =>
        !document
          .querySelector('section[aria-labelledby="referral-log-heading"]')
          ?.textContent?.includes('Reading the referral log'),
      { timeout: 20_000 },
    );
    return this.page.$$eval('section[aria-labelledby="referral-log-heading"] li', (items) =>
      items.map((item) => {
        const facts: Record<string, string> = {};
        for (const term of Array.from(item.querySelectorAll('dt'))) {
          facts[term.textContent ?? ''] = term.nextElementSibling?.textContent ?? '';
        }
        return facts;
      }),
    );
  }
}
