import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

/** A referral log row written straight into the extension's IndexedDB, as an old entry would have been. */
export interface StoredReferral {
  id: string;
  nhsNumber: string;
  initials: string;
  needs: string[];
  services: string[];
  /** yyyy-mm-dd */
  date: string;
  route: 'record' | 'email' | 'print' | 'fhir' | 'fill' | 'declined';
  referrer: string;
  status: 'sent' | 'accepted' | 'contacted' | 'closed' | 'declined';
  updatedAt: string;
}

/** One entry's facts as the log lists them, by their labels. */
export type EntryFacts = Record<string, string>;

/** The Referrals view of the side panel, and the `signpost` IndexedDB behind it. */
export class ReferralLogPage {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Referrals' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Referrals' }).click();
    await this.section.waitFor();
  }

  /** The listed entries, newest first. */
  entries(): Locator {
    return this.section.getByRole('listitem');
  }

  /** The entry for this NHS number (shown 3-3-4); there must be exactly one. */
  entry(nhsNumber: string): Locator {
    return this.entries().filter({ has: this.page.getByRole('definition').getByText(nhsNumber, { exact: true }) });
  }

  /** Every listed entry's facts (NHS number, Needs, Route, Status…), and its heading as `heading`. */
  async facts(): Promise<EntryFacts[]> {
    return this.entries().evaluateAll((items) =>
      items.map((item) => {
        const facts: Record<string, string> = { heading: item.querySelector('h3')?.textContent ?? '' };
        for (const term of Array.from(item.querySelectorAll('dt'))) {
          facts[term.textContent ?? ''] = term.nextElementSibling?.textContent ?? '';
        }
        return facts;
      }),
    );
  }

  /** Moves an entry on to `status` with an outcome note, saves, and waits for it to be listed with that status. */
  async setStatus(entry: Locator, status: string, outcome?: string): Promise<void> {
    await entry.getByLabel(/^Status for /).selectOption({ label: status });
    if (outcome !== undefined) await entry.getByLabel(/^Outcome for /).fill(outcome);
    await entry.getByRole('button', { name: /^Save/ }).click();
    await entry.getByRole('definition').getByText(status, { exact: true }).waitFor();
  }

  /** Presses "Export CSV": answers the downloaded file's name and text (byte-order mark included). */
  async exportCsv(): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.section.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
  }

  /** Writes closed referrals dated `daysAgo` days back, as if made then, straight into the log's store. */
  insertAged(entries: { id: string; daysAgo: number }[]): Promise<void> {
    return this.insert(
      entries.map(({ id, daysAgo }) => ({
        id,
        nhsNumber: '9990308241',
        initials: 'TG',
        needs: ['Loneliness'],
        services: [],
        date: new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10),
        route: 'record',
        referrer: 'Jo Care',
        status: 'closed',
        updatedAt: new Date().toISOString(),
      })),
    );
  }

  /** Writes entries into the log's store with plain IndexedDB, bypassing the extension's own code. */
  async insert(entries: StoredReferral[]): Promise<void> {
    await this.page.evaluate(
      (rows) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('signpost');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('referrals', 'readwrite');
            for (const row of rows) tx.objectStore('referrals').put(row);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      entries,
    );
  }

  /** The ids the database holds. */
  storedIds(): Promise<string[]> {
    return this.page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('signpost');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('referrals').objectStore('referrals').getAllKeys();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result.map(String));
            };
            request.onerror = () => reject(request.error);
          };
        }),
    );
  }
}
