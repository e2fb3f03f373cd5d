import type { Locator, Page } from 'playwright-core';

/** A link worker as the settings page asks for one. */
export interface LinkWorkerInput {
  name: string;
  email: string;
  organisation?: string;
}

/** The referral settings on the options page, filled in and saved as a practice manager would. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  private section(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }

  /** Saves the form's details and waits for the section to say they were saved. */
  private async save(section: Locator, button: RegExp): Promise<void> {
    await section.getByRole('button', { name: button }).click();
    await section.getByText(/^Saved\./).waitFor();
  }

  async savePractice(details: { name: string; referrerName: string; odsCode?: string }): Promise<void> {
    const section = this.section('Practice and PCN');
    await section.getByLabel('Practice name').fill(details.name);
    await section.getByLabel('ODS code').fill(details.odsCode ?? '');
    await section.getByLabel('Your name').fill(details.referrerName);
    await this.save(section, /^Save practice details$/);
  }

  /** Adds one link worker to an empty list and saves it: the only one is the default. */
  async saveLinkWorker(worker: LinkWorkerInput): Promise<void> {
    const section = this.section('Link workers');
    await section.getByRole('button', { name: 'Add a link worker' }).click();
    const row = section.getByRole('group', { name: 'Link worker 1' });
    await row.getByLabel('Name', { exact: true }).fill(worker.name);
    await row.getByLabel('NHSmail address').fill(worker.email);
    await row.getByLabel('Organisation').fill(worker.organisation ?? '');
    await this.save(section, /^Save link workers$/);
  }

  async saveFhirEndpoint(address: string): Promise<void> {
    const section = this.section('FHIR endpoint');
    await section.getByLabel('FHIR endpoint address (optional)').fill(address);
    await this.save(section, /^Save the FHIR endpoint$/);
  }

  /** Fills one of the FHIR access forms (token or caseload) and saves it; each form says "Saved." on its own. */
  private async saveFhirAccess(label: string, value: string, button: RegExp): Promise<void> {
    const form = this.section('FHIR server access and caseload')
      .locator('form')
      .filter({ has: this.page.getByLabel(label) });
    await form.getByLabel(label).fill(value);
    await form.getByRole('button', { name: button }).click();
    await form.getByText(/^Saved\./).waitFor();
  }

  async saveCaseload(addresses: string): Promise<void> {
    await this.saveFhirAccess(
      'I am a link worker: my NHSmail address (optional)',
      addresses,
      /^Save the caseload addresses$/,
    );
  }

  async saveFhirToken(token: string): Promise<void> {
    await this.saveFhirAccess('Access token (optional)', token, /^Save the access token$/);
  }

  async saveRetention(months: number): Promise<void> {
    const section = this.section('Referral log');
    await section.getByLabel('Keep referrals for').selectOption(String(months));
    await this.save(section, /^Save how long referrals are kept$/);
  }
}
