import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

/** The patient fields the Refer view fills from the page, as their inputs show them. */
export interface PatientFieldValues {
  nhsNumber: string;
  name: string;
  dateOfBirth: string;
  postcode: string;
}

/** The delivery buttons, by their visible names. */
export type DeliveryButton =
  | 'Copy for record'
  | 'Email link worker'
  | 'Print'
  | 'Download FHIR'
  | 'Send to FHIR endpoint'
  | 'Fill into page field'
  | 'Patient declined';

/** The Refer view of the side panel, driven through its labels and buttons as a care coordinator would. */
export class ReferPage {
  constructor(readonly page: Page) {}

  /**
   * Switches the panel to the Refer view. `SidePanelPage.show('Refer')` cannot, as its inexact name also matches
   * the "Referrals" tab.
   */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Refer', exact: true })
      .click();
    await this.form.waitFor();
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: 'Referral' });
  }

  field(label: 'NHS number' | 'Name' | 'Postcode' | 'Phone number'): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  /** The patient's fields, folded behind "Edit details" once a patient is read. */
  get patientDetails(): Locator {
    return this.form.getByRole('group', { name: 'Patient', exact: true }).locator('details');
  }

  /** Opens "Edit details" when a read patient folded the fields away, so they can be typed in. */
  async editPatient(): Promise<void> {
    const open = await this.patientDetails.evaluate((details) => (details as HTMLDetailsElement).open);
    if (!open) await this.patientDetails.getByText('Edit details', { exact: true }).click();
    await this.field('NHS number').waitFor();
  }

  /** The date of birth's day, month and year boxes, in the group named "Date of birth" (folded away or not). */
  dateOfBirthBox(part: 'Day' | 'Month' | 'Year'): Locator {
    return this.form
      .getByRole('group', { name: 'Date of birth', includeHidden: true })
      .getByLabel(part, { exact: true });
  }

  /** The date of birth as ISO yyyy-mm-dd, from its three boxes; empty when they are. */
  async dateOfBirth(): Promise<string> {
    const [day, month, year] = await Promise.all(
      (['Day', 'Month', 'Year'] as const).map((part) => this.dateOfBirthBox(part).inputValue()),
    );
    return day || month || year ? `${year}-${(month ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}` : '';
  }

  get reason(): Locator {
    return this.form.getByLabel('Reason for referral');
  }

  get consent(): Locator {
    return this.form.getByRole('checkbox', { name: /^Patient consents/ });
  }

  /** The red mismatch banner: an alert naming the other patient's NHS number. */
  get mismatch(): Locator {
    return this.form.getByRole('alert').filter({ hasText: 'The open page shows a different patient (NHS' });
  }

  get errorSummary(): Locator {
    return this.form.getByRole('alert').filter({ has: this.page.getByRole('heading', { name: 'There is a problem' }) });
  }

  /** The line saying what the last delivery did. */
  get status(): Locator {
    return this.form.locator('.refer__status');
  }

  async values(): Promise<PatientFieldValues> {
    return {
      nhsNumber: await this.field('NHS number').inputValue(),
      name: await this.field('Name').inputValue(),
      dateOfBirth: await this.dateOfBirth(),
      postcode: await this.field('Postcode').inputValue(),
    };
  }

  /** The "Use … NHS …" buttons offered when the page shows several patients. */
  candidates(): Locator {
    return this.page.getByRole('group', { name: 'Which patient is this referral for?' }).getByRole('button');
  }

  /** The needs suggested from the record, as the form lists them. */
  async suggestionText(): Promise<string> {
    const text = this.form.getByText(/^From the record:/);
    return (await text.count()) > 0 ? ((await text.textContent()) ?? '') : '';
  }

  /** Need chips that are switched on. */
  async chosenNeeds(): Promise<string[]> {
    return this.form.locator('.chip[aria-pressed="true"]').allTextContents();
  }

  /** Switches a need chip on or off, first showing every need when the chip is not among the common ones. */
  async toggleNeed(label: string): Promise<void> {
    const chip = this.form.getByRole('button', { name: label, exact: true });
    if ((await chip.count()) === 0) await this.form.getByRole('button', { name: /^All \d+ needs$/ }).click();
    await chip.click();
  }

  /** Makes the draft complete: a need, a reason, consent, and phone contact (the pages show a phone number). */
  async complete(reason = 'Lonely since bereavement; would like to meet people locally.'): Promise<void> {
    if ((await this.chosenNeeds()).length === 0) await this.toggleNeed('Loneliness');
    await this.reason.fill(reason);
    if (!(await this.consent.isChecked())) await this.consent.check();
    const phone = this.form.getByRole('checkbox', { name: 'Phone', exact: true });
    if (!(await phone.isChecked())) await phone.check();
    if ((await this.field('Phone number').inputValue()) === '') await this.field('Phone number').fill('0117 496 0123');
  }

  /** Presses a delivery button and answers the message the delivery left, once it differs from the one before. */
  async deliver(button: DeliveryButton): Promise<string> {
    const before = (await this.status.textContent()) ?? '';
    await this.press(button);
    await this.page.waitForFunction(
      (previous) => {
        const text = document.querySelector('form[aria-label="Referral"] .refer__status')?.textContent ?? '';
        return text !== '' && text !== previous;
      },
      before,
      { timeout: 10_000 },
    );
    return (await this.status.textContent()) ?? '';
  }

  /** Presses "Download FHIR": answers the delivery's message and the downloaded file's name and text. */
  async downloadFhir(): Promise<{ message: string; name: string; text: string }> {
    const download = this.page.waitForEvent('download');
    const message = await this.deliver('Download FHIR');
    const file = await download;
    return { message, name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
  }

  /** Presses a delivery button without waiting for any outcome (a blocked delivery leaves none). */
  async press(button: DeliveryButton): Promise<void> {
    await this.form.getByRole('button', { name: button, exact: true }).click();
  }

  async startAgain(): Promise<void> {
    await this.form.getByRole('button', { name: 'Start again' }).click();
    await this.page.waitForFunction(() => {
      const nhs = [...document.querySelectorAll('label')].find((label) => label.textContent === 'NHS number');
      const input = nhs?.htmlFor ? document.getElementById(nhs.htmlFor) : null;
      return input instanceof HTMLInputElement && input.value === '';
    });
  }

  /** The panel's clipboard, as text. The browser must grant the extension `clipboard-read`. */
  readClipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  async writeClipboard(text: string): Promise<void> {
    await this.page.evaluate((value) => navigator.clipboard.writeText(value), text);
  }

  /** Replaces the panel's `window.open` with a recorder, so an email link is seen but no mail program starts. */
  async recordWindowOpen(): Promise<void> {
    await this.page.evaluate(() => {
      const opened: string[] = [];
      Object.assign(window, { openedUrls: opened });
      window.open = (url?: string | URL) => {
        opened.push(String(url));
        return null;
      };
    });
  }

  openedUrls(): Promise<string[]> {
    return this.page.evaluate(() => {
      const opened: unknown = Reflect.get(window, 'openedUrls');
      return Array.isArray(opened) ? opened.map(String) : [];
    });
  }
}
