import { expect } from 'vitest';
import type { Harness } from './harness';
import type { SidePanelPage } from './pages/side-panel-page';

/**
 * Serves a changed, slow feed (its first 400 services renamed, a second per page) and starts an update from the
 * panel; resolves once page 3 has been asked for, so the import is mid-way when the caller interrupts it.
 */
export async function startSlowChangedImport(h: Harness, panel: SidePanelPage): Promise<void> {
  h.server.services = (h.server.services as Record<string, unknown>[]).slice(0, 400).map((s) => ({
    ...s,
    name: `Renamed ${String(s.name)}`,
  }));
  h.server.delayMs = 1000;
  h.server.requests.length = 0;
  await panel.page.getByRole('button', { name: 'Update now' }).click();
  await expect.poll(() => h.server.requests.filter((r) => r.includes('page=3')).length, { timeout: 30_000 }).toBe(1);
}

/** After the interruption: the directory is the one from before, whole, with none of the changed feed in it. */
export async function expectDirectoryUnchanged(panel: SidePanelPage, before: string): Promise<void> {
  await panel.search('');
  expect(await panel.resultCount()).toBe(before);
  await panel.search('lonely');
  const names = await panel.resultNames();
  expect(names).toContain('Call Companions');
  expect(names.some((name) => name.startsWith('Renamed'))).toBe(false);
}

/** Rows staged under a generation that never went live are dropped at the next start; the live rows match the sources. */
export async function expectNoStagedRows(panel: SidePanelPage): Promise<void> {
  const stored = () =>
    panel.page.evaluate(
      () =>
        new Promise<{ rows: number; staged: number; listed: number }>((resolve, reject) => {
          const open = indexedDB.open('signpost');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['serviceChunks', 'stagedGenerations', 'sources']);
            // Services are stored a few dozen to a row, each beside its key: count the keys.
            const chunks = tx.objectStore('serviceChunks').getAll();
            const staged = tx.objectStore('stagedGenerations').count();
            const sources = tx.objectStore('sources').getAll();
            tx.oncomplete = () => {
              open.result.close();
              const listed = (sources.result as { serviceCount: number }[]).reduce((n, s) => n + s.serviceCount, 0);
              const rows = (chunks.result as { ids: string[] }[]).reduce((n, c) => n + c.ids.length, 0);
              resolve({ rows, staged: staged.result, listed });
            };
          };
        }),
    );
  await expect.poll(async () => (await stored()).staged, { timeout: 20_000 }).toBe(0);
  const { rows, listed } = await stored();
  expect(rows).toBe(listed);
}
