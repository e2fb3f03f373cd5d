/**
 * What the panel profiler and the build comparison share: a generated directory served as a paged ORUK feed on
 * loopback, the ids of the extensions a browser loaded, and an import of the feed through a build's settings page.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { feedPages, generateDirectory } from '../bench/generate-directory';

/** Serves `size` generated services (seed 3, as the bench) as pages of `pageSize`; answers the feed's address. */
export async function serveGeneratedFeed(
  size: number,
  pageSize = 1000,
): Promise<{ url: string; close(): Promise<void> }> {
  const pages = feedPages(generateDirectory(size, 3), pageSize);
  const http = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    // Only the list is served: a thin record's detail (`/services/{id}`) is not found, as in `npm run bench`, rather
    // than answered with a whole page of 1,000 services the background would download and decode for each.
    if (!url.pathname.endsWith('/services')) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(pages[Number(url.searchParams.get('page') ?? 1) - 1] ?? '{}');
  });
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/services`,
    close: () => new Promise((done) => http.close(() => done())),
  };
}

/** The ids of the (at least `count`) unpacked extensions whose background workers have started. */
export async function extensionIds(context: BrowserContext, count: number, timeoutMs = 20_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ids = [
      ...new Set(
        context
          .serviceWorkers()
          .map((w) => w.url())
          .filter((url) => url.startsWith('chrome-extension://'))
          .map((url) => new URL(url).host),
      ),
    ];
    if (ids.length >= count || Date.now() > deadline) return ids;
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** Imports the feed from an open settings page (`options.html`) and waits for the import's outcome. */
export async function importFeed(options: Page, feedUrl: string, timeoutMs = 300_000): Promise<string> {
  await options.getByLabel('Directory feed address').fill(feedUrl);
  await options.getByRole('button', { name: 'Save and import' }).click();
  const status = options
    .getByRole('status')
    .filter({ hasText: /Imported|could not|no usable/i })
    .first();
  await status.waitFor({ timeout: timeoutMs });
  return (await status.textContent()) ?? '';
}
