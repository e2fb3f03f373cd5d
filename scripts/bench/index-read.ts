/**
 * `npx tsx scripts/bench/index-read.ts [size] [rounds]`: the stored search index's two layouts (version 3 and this
 * version) read back in real Chromium in turns, each read on a fresh page (cold code, as the panel opens), timing
 * read → `result` (Chromium's deserialising) → unpack → engine → first search ("debt"). Medians in ms, from the
 * read's start. For before/after on the shared machine: both layouts see the same load.
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_PATH } from '../lib/chromium';

const SIZE = Number(process.argv[2] ?? 50_000);
const ROUNDS = Number(process.argv[3] ?? 10);

async function main(): Promise<void> {
  const outDir = resolve('.output/index-read-page');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: {
        entry: resolve('scripts/bench/index-read-page.ts'),
        formats: ['iife'],
        name: 'ir',
        fileName: () => 'page.js',
      },
    },
  });
  const { readFileSync } = await import('node:fs');
  const server = createServer((req, res) => {
    if (req.url === '/page.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(readFileSync(`${outDir}/page.js`));
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><script src="/page.js"></script>');
    }
  });
  await new Promise<void>((done) => server.listen(0, done));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });
  const context = await browser.newContext();
  try {
    const setup = await context.newPage();
    setup.on('pageerror', (error) => console.error(error));
    await setup.goto(`http://localhost:${port}/`);
    await setup.evaluate((size) => window.storeIndexes(size), SIZE);
    await setup.close();
    const runs: Record<string, Record<string, number>[]> = { v3: [], v4: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const key of round % 2 ? ['v4', 'v3'] : ['v3', 'v4']) {
        const page = await context.newPage();
        await page.goto(`http://localhost:${port}/`);
        runs[key]?.push(await page.evaluate((k) => window.readIndex(k), key));
        await page.close();
      }
    }
    for (const [key, list] of Object.entries(runs)) {
      const median = (step: string) => {
        const sorted = list.map((times) => times[step] ?? 0).sort((a, b) => a - b);
        return (sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(0);
      };
      console.log(
        `${key}: ${['read', 'result', 'unpacked', 'engine', 'searched'].map((s) => `${s} ${median(s)}`).join(', ')} (median of ${list.length}, ms from the read's start)`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
