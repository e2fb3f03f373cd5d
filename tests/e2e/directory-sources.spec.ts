import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension } from '../../scripts/lib/launch-extension';
import { type Harness, startHarness } from './harness';
import { expectDirectoryUnchanged, expectNoStagedRows, startSlowChangedImport } from './interrupted-import';
import { SidePanelPage } from './pages/side-panel-page';

const IMPORTED = 817;

describe('directory guarantees in real Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    // Call Companions' detail record (`/services/{id}`) carries a venue and opening times its list record lacks.
    const services = h.server.services as { id: string; name: string }[];
    const target = services.find((s) => s.name === 'Call Companions');
    h.server.details.set(target?.id ?? '', {
      ...target,
      service_at_locations: [
        {
          location: {
            name: 'Test venue',
            latitude: 51.4545,
            longitude: -2.5879,
            physical_addresses: [{ address_1: '1 Test Street', city: 'Bristol', postal_code: 'bs1 5tr' }],
          },
        },
      ],
      regular_schedules: [{ weekday: 'Tuesday', opens_at: '10:00:00', closes_at: '12:00:00' }],
    });
    expect(await h.importDemoFeed()).toBe(`Imported ${IMPORTED} services; 2 records skipped.`);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('asks with the ETag on refresh and keeps the directory when the feed has not changed', async () => {
    const from = h.server.requests.length;
    const panel = await h.openPanelTab();
    await panel.page.getByRole('button', { name: 'Update now' }).click();
    await panel.page.getByRole('button', { name: 'Update now' }).waitFor();
    await expect.poll(() => h.server.requests.slice(from).filter((r) => r.startsWith('/services?')).length).toBe(1);
    expect(await panel.directoryText()).toMatch(new RegExp(`${IMPORTED} services · updated (just now|1 minute ago)`));
    await panel.page.close();
  });

  it("fetches thin records' detail in the background and shows what it adds", async () => {
    await expect
      .poll(() => h.server.requests.filter((r) => r.startsWith('/services/')).length, { timeout: 30_000 })
      .toBe(IMPORTED);
    const panel = await h.openPanelTab();
    await expect
      .poll(
        async () => {
          await panel.search('call companions');
          const card = panel.page.getByRole('article', { name: 'Call Companions' });
          await card.getByRole('button', { name: 'Call Companions' }).click();
          return card.textContent();
        },
        { timeout: 30_000 },
      )
      .toContain('1 Test Street, Bristol, BS1 5TR');
    expect(await panel.page.getByRole('article', { name: 'Call Companions' }).textContent()).toContain('Tue 10:00');
    await panel.page.close();
  });

  it('keeps practice notes across refreshes, and a pinned service comes first', async () => {
    const panel = await h.openPanelTab();
    await panel.search('lonely');
    const names = await panel.resultNames();
    const last = names.at(-1) ?? '';
    // The card by its whole name, which gains "Pinned · " once pinned ("Lunch Club" is also part of other names).
    const named = new RegExp(`^(Pinned · )?${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const card = panel.page.getByRole('article', { name: named });
    await card.getByRole('button', { name: named }).click();
    await card.getByText('Add practice note').click();
    await card.getByLabel('Practice note').fill('Waiting list about 6 weeks');
    await card.getByLabel('Tags, separated by commas').fill('good for young carers');
    await card.getByLabel('Pin: show first when it matches').check();
    await card.getByRole('button', { name: 'Save note' }).click();
    await card.getByText('Note saved.').waitFor();
    h.server.services = [...h.server.services];
    (h.server.services[1] as Record<string, unknown>).description = 'Changed again.';
    await panel.page.getByRole('button', { name: 'Update now' }).click();
    await panel.page.getByRole('button', { name: 'Update now' }).waitFor();
    await panel.page.reload();
    await panel.search('lonely');
    expect((await panel.resultNames())[0]).toContain(last);
    const first = panel.page.getByRole('article', { name: named });
    expect(await first.textContent()).toContain('Waiting list about 6 weeks');
    expect(await first.textContent()).toContain('good for young carers');
    await panel.page.close();
  });

  it('hides services the feed marks inactive unless asked, and shows the assured date', async () => {
    h.server.services = [...h.server.services];
    const index = (h.server.services as { name: string }[]).findIndex((s) => s.name === 'Silver Line');
    h.server.services[index] = { ...(h.server.services[index] as object), status: 'inactive' };
    const panel = await h.openPanelTab();
    await panel.page.getByRole('button', { name: 'Update now' }).click();
    await panel.page.getByRole('button', { name: 'Update now' }).waitFor();
    await panel.search('silver line');
    expect(await panel.resultNames()).not.toContain('Silver Line');
    await panel.page.getByText('Filters').click();
    await panel.page.getByLabel('Include closed and inactive services').check();
    await expect
      .poll(() => panel.resultNames())
      .toEqual(expect.arrayContaining([expect.stringContaining('Silver Line')]));
    expect(await panel.page.getByRole('list', { name: 'Services' }).textContent()).toMatch(/Checked \d+ \w+ \d{4}/);
    await panel.page.close();
  });

  it('adds a practice spreadsheet as a second source and searches both', async () => {
    const options = await h.ext.openExtensionPage('options.html');
    await options.getByLabel('Another feed address').fill(`${h.server.origin}/practice.csv`);
    await options.getByRole('button', { name: 'Add feed' }).click();
    const status = options.getByRole('status').filter({ hasText: /Imported|could not|no usable/ });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/^Imported \d+ services/);
    expect(await options.getByRole('list', { name: 'Directory sources' }).textContent()).toContain('127.0.0.1');
    await options.close();
    const panel = await h.openPanelTab();
    await panel.search('');
    const total = Number((await panel.resultCount()).match(/^\d+/)?.[0]);
    expect(total).toBeGreaterThan(IMPORTED);
    await panel.page.close();
  });

  it('rejects a feed with no usable record whole, in plain words, and keeps the directory', async () => {
    const before = h.server.services;
    h.server.services = [{ id: 'a' }, { name: 'No id' }];
    const options = await h.ext.openExtensionPage('options.html');
    await options.getByRole('button', { name: 'Update all now' }).click();
    const status = options.getByRole('status').filter({ hasNotText: 'Updating' });
    await status.waitFor();
    expect(await status.textContent()).toContain('has no usable services (2 records, 2 rejected)');
    await options.close();
    h.server.services = before;
    const panel = await h.openPanelTab();
    await panel.search('lonely');
    expect(await panel.resultNames()).toEqual(expect.arrayContaining(['Call Companions']));
    await panel.page.close();
  });

  it('keeps the previous directory when the browser closes in the middle of an import', async () => {
    const panel = await h.openPanelTab();
    await panel.search('');
    const before = await panel.resultCount();
    // A changed, slow feed: each page takes a second, so the import is mid-way when the browser goes.
    await startSlowChangedImport(h, panel);
    const { profileDir } = h.ext;
    await h.ext.close({ keepProfile: true });
    h.server.delayMs = 0;
    h.server.failWith = 0;
    h.ext = await launchExtension({ headless: true, profileDir });
    const reopened = new SidePanelPage(await h.ext.openExtensionPage('sidepanel.html'));
    await expectDirectoryUnchanged(reopened, before);
    // Pages 1 and 2 had been staged under a generation that never went live: dropped at the next start.
    await expectNoStagedRows(reopened);
    h.server.failWith = undefined;
  });
});
