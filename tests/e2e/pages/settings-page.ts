import { readFile } from 'node:fs/promises';
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

  /** Saves the OAuth sign-in addresses and client id, one form at a time, as a practice manager would. */
  async saveOAuth(settings: { authorizeUrl: string; tokenUrl: string; clientId: string }): Promise<void> {
    const section = this.section('Sign in to the FHIR server (OAuth)');
    const fields: [string, string][] = [
      ['Sign-in page address (OAuth authorization endpoint)', settings.authorizeUrl],
      ['Token address (OAuth token endpoint)', settings.tokenUrl],
      ['Client id', settings.clientId],
    ];
    for (const [label, value] of fields) {
      const form = section.locator('form').filter({ has: this.page.getByLabel(label, { exact: true }) });
      await form.getByLabel(label, { exact: true }).fill(value);
      await form.getByRole('button', { name: /^Save/ }).click();
      await form.getByText(/^Saved\./).waitFor();
    }
  }

  /** Presses "Sign in to the FHIR server" (the click is the user gesture Chrome needs); answers what it then says. */
  async signIn(whileSigningIn?: () => Promise<void>): Promise<string> {
    const section = this.section('Sign in to the FHIR server (OAuth)');
    await section.getByRole('button', { name: 'Sign in to the FHIR server' }).click();
    await whileSigningIn?.();
    const said = section.getByText(/^Signed in\. Signpost/).or(section.getByRole('alert'));
    await said.first().waitFor({ timeout: 20_000 });
    return (await said.first().textContent()) ?? '';
  }

  async signOut(): Promise<void> {
    const section = this.section('Sign in to the FHIR server (OAuth)');
    await section.getByRole('button', { name: 'Sign out' }).click();
    await section.getByText('Not signed in.').waitFor();
  }

  /** Presses "Export settings": answers the settings file's text. */
  async exportSettings(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export settings' }).click();
    return readFile(await (await download).path(), 'utf8');
  }

  async saveRetention(months: number): Promise<void> {
    const section = this.section('Referral log');
    await section.getByLabel('Keep referrals for').selectOption(String(months));
    await this.save(section, /^Save how long referrals are kept$/);
  }
}
