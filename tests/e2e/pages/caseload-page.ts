import type { Locator, Page } from 'playwright-core';

/** A link worker's Caseload page (`caseload.html`), in their own browser. */
export class CaseloadPage {
  constructor(readonly page: Page) {}

  /** The card for a patient, by NHS number as shown (3-3-4). */
  card(nhs: string): Locator {
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: `NHS ${nhs}` }) });
  }

  async refresh(): Promise<void> {
    await this.page.getByRole('button', { name: 'Refresh' }).click();
  }

  /** Presses one of a card's actions, with words where it needs them, and answers the card's message. */
  async act(nhs: string, action: 'Accept' | 'Record contact' | 'Close with outcome' | 'Reject', words?: string) {
    const card = this.card(nhs);
    if (words !== undefined) await card.getByLabel(`Contact note or outcome for NHS ${nhs}`).fill(words);
    const message = card.locator('[role="status"], [role="alert"]');
    const before = (await message.count()) > 0 ? await message.textContent() : null;
    await card.getByRole('button', { name: new RegExp(`^${action}`) }).click();
    await this.page.waitForFunction(
      ([heading, previous]) => {
        const item = [...document.querySelectorAll('li')].find((li) => li.querySelector('h3')?.textContent === heading);
        const text = item?.querySelector('[role="status"], [role="alert"]')?.textContent ?? null;
        return text !== null && text !== previous;
      },
      [`NHS ${nhs}`, before] as const,
      { timeout: 15_000 },
    );
    return (await message.textContent()) ?? '';
  }
}
