import type { Page } from 'playwright-core';

/** The side panel, whether opened as the real panel or as a tab. */
export class SidePanelPage {
  constructor(readonly page: Page) {}

  get searchBox() {
    return this.page.getByRole('searchbox', { name: 'Search services' });
  }

  /** Types a query and waits until the result count describes it. */
  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
    // The count names the query its results answer: results land a moment after each keystroke.
    await this.page.waitForFunction((q) => {
      const count = document.querySelector('[data-testid="result-count"]');
      return count?.getAttribute('data-answered') === q && /in the directory|match/.test(count.textContent ?? '');
    }, query);
  }

  async resultCount(): Promise<string> {
    return (await this.page.getByTestId('result-count').textContent()) ?? '';
  }

  /** The names of the result cards drawn so far (the list is windowed: the first few, more on scroll or End). */
  async resultNames(): Promise<string[]> {
    return this.page.getByRole('list', { name: 'Services' }).getByRole('heading').allTextContents();
  }

  /** Every result's name: End on the first result draws the whole list, as a keyboard user would. */
  async allResultNames(): Promise<string[]> {
    const list = this.page.getByRole('list', { name: 'Services' });
    const size = Number((await list.getByRole('listitem').first().getAttribute('aria-setsize')) ?? 0);
    await list.locator('[data-result-toggle]').first().focus();
    await this.page.keyboard.press('End');
    await this.page.waitForFunction(
      (n) => document.querySelectorAll('ol[aria-label="Services"] > li').length >= n,
      size,
    );
    return this.resultNames();
  }

  /** Reads the patient from the active tab through the strip's button; answers the strip's line. */
  async readPatient(): Promise<string> {
    const status = this.page.getByTestId('patient-status');
    const before = Number(await status.getAttribute('data-reads'));
    await this.page.getByRole('button', { name: 'Read patient from page' }).first().click();
    await this.page.waitForFunction(
      (count) => Number(document.querySelector('[data-testid="patient-status"]')?.getAttribute('data-reads')) > count,
      before,
    );
    return (await status.textContent()) ?? '';
  }

  /** Switches view: Find, Explain, Refer or Referrals. */
  async show(view: 'Find' | 'Explain' | 'Refer' | 'Referrals'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: view, exact: true }).click();
  }

  /** The directory line: count and age, plus any notices. */
  async directoryText(): Promise<string> {
    return (await this.page.getByRole('region', { name: 'Directory' }).textContent()) ?? '';
  }
}
