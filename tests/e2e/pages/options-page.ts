import type { Page } from 'playwright-core';

/** The options page, driven as a user would. */
export class OptionsPage {
  constructor(readonly page: Page) {}

  /** Saves a feed address and waits for the import's outcome message. */
  async importFeed(url: string): Promise<string> {
    await this.page.getByLabel('Directory feed address').fill(url);
    await this.page.getByRole('button', { name: 'Save and import' }).click();
    const message = this.page.getByRole('status');
    await message.filter({ hasNotText: 'Importing' }).waitFor();
    return (await message.textContent()) ?? '';
  }

  /** Opens the real side panel: the click is the user gesture Chrome requires. */
  async openSidePanel(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open the Signpost panel' }).click();
  }
}
