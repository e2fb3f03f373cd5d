/**
 * `npx tsx scripts/bench/compare-builds.ts DIR_A DIR_B [size]`: two builds of the extension in one browser, each
 * with the same generated directory imported, measured in turns (panel open → first results, then keystroke →
 * painted results in batches), so both see the same load on a shared machine. For before/after comparisons; the
 * figures of record come from `npm run bench` (the real side panel). Here each panel is opened in a tab.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension } from '../lib/launch-extension';
import { percentile } from './bench-json';
import { generateDirectory } from './generate-directory';
import { measurePaint, paintKeystrokes } from './paint-bench';

const dirA = resolve(process.argv[2] ?? '');
const dirB = resolve(process.argv[3] ?? '');
const SIZE = Number(process.argv[4] ?? 10_000);
const ROUNDS = Number(process.env.COMPARE_ROUNDS ?? 6);
const BATCH = 100;

async function main(): Promise<void> {
  const records = generateDirectory(SIZE, 3);
  const total = Math.ceil(SIZE / 1000);
  const http = createServer((req, res) => {
    const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? 1);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        totalElements: SIZE,
        totalPages: total,
        number: page,
        size: 1000,
        first: page === 1,
        last: page === total,
        content: records.slice((page - 1) * 1000, page * 1000),
      }),
    );
  });
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  const feed = `http://127.0.0.1:${(http.address() as AddressInfo).port}/services`;
  const ext = await launchExtension({ headless: true, extensionPath: `${dirA},${dirB}` });
  try {
    // Each unpacked build has its own id (from its folder): find both background workers.
    const deadline = Date.now() + 20_000;
    let ids: string[] = [];
    while (ids.length < 2 && Date.now() < deadline) {
      ids = [
        ...new Set(
          ext.context
            .serviceWorkers()
            .map((w) => w.url())
            .filter((url) => url.startsWith('chrome-extension://'))
            .map((url) => new URL(url).host),
        ),
      ];
      if (ids.length < 2) await new Promise((done) => setTimeout(done, 200));
    }
    const pageOf = async (id: string, path: string): Promise<Page> => {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    };
    // Which id is which folder: the manifest does not say, so each build's chunk names tell.
    const { readdirSync } = await import('node:fs');
    const chunkOf = (dir: string) => readdirSync(`${dir}/chunks`).find((name) => name.startsWith('sidepanel-')) ?? '';
    const named: Record<string, string> = {};
    for (const id of ids) {
      const page = await pageOf(id, 'sidepanel.html');
      const src = await page.evaluate(() => document.querySelector('script[type=module]')?.getAttribute('src') ?? '');
      named[src.endsWith(chunkOf(dirA)) ? 'A' : 'B'] = id;
      await page.close();
    }
    for (const id of Object.values(named)) {
      const options = await pageOf(id, 'options.html');
      await options.getByLabel('Directory feed address').fill(feed);
      await options.getByRole('button', { name: 'Save and import' }).click();
      await options
        .getByRole('status')
        .filter({ hasText: /Imported|could not|no usable/i })
        .first()
        .waitFor({ timeout: 300_000 });
      await options.close();
    }
    const opens: Record<string, number[]> = { A: [], B: [] };
    const paints: Record<string, number[]> = { A: [], B: [] };
    const typed = paintKeystrokes(BATCH * ROUNDS);
    for (let round = 0; round < ROUNDS; round++) {
      for (const which of round % 2 ? ['B', 'A'] : ['A', 'B']) {
        const id = named[which] ?? '';
        const panel = await pageOf(id, 'sidepanel.html?q=debt');
        await panel.getByTestId('service-card').first().waitFor({ timeout: 30_000 });
        await panel.waitForFunction(() => performance.getEntriesByName('signpost:first-results').length > 0);
        opens[which]?.push(
          await panel.evaluate(() => performance.getEntriesByName('signpost:first-results')[0]?.startTime ?? 0),
        );
        await panel.close();
        const typing = await pageOf(id, 'sidepanel.html');
        await typing.getByRole('searchbox', { name: 'Search services' }).waitFor();
        await typing.waitForTimeout(500);
        paints[which]?.push(...(await measurePaint(typing, typed.slice(round * BATCH, (round + 1) * BATCH))));
        await typing.close();
      }
    }
    const line = (which: string) => {
      const open = [...(opens[which] ?? [])].sort((a, b) => a - b);
      const paint = [...(paints[which] ?? [])].sort((a, b) => a - b);
      return `${which} ${which === 'A' ? dirA : dirB}: open median ${percentile(open, 50).toFixed(0)} ms (best ${open[0]?.toFixed(0)}), paint p50 ${percentile(paint, 50).toFixed(1)} p95 ${percentile(paint, 95).toFixed(1)} max ${paint.at(-1)?.toFixed(0)} ms (${paint.length} keystrokes)`;
    };
    console.log(`${SIZE} services, ${ROUNDS} rounds taken in turns\n${line('A')}\n${line('B')}`);
  } finally {
    await ext.close();
    http.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
