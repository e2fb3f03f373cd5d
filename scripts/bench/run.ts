/**
 * `npm run bench`: measured in real Chromium with generated realistic directories.
 * 1. Import: the built extension imports paged ORUK v1 feeds of 10,000 and 50,000 services into IndexedDB (fetch,
 *    normalise, need inference, search index, one transaction), timed from the settings page's click to its
 *    outcome message.
 * 2. Side panel open → first results with 10,000 (and 50,000) services cached, from the panel's own
 *    performance mark.
 * 3. Keystroke → painted results in the real side panel at each imported size (scripts/bench/paint-bench.ts).
 * 4. Search per keystroke at 1,000 / 10,000 / 50,000 services: the extension's search and plain fuse.js over
 *    whole records, same queries, same page.
 * `--json FILE` also writes the figures as JSON (scripts/bench/bench-json.ts). On a busy machine,
 * BENCH_IMPORT_SIZES / BENCH_SEARCH_SIZES (comma-separated) run smaller sizes.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { build } from 'vite';
import { launchExtension } from '../lib/launch-extension';
import { emptyFigures, jsonTarget, percentile, writeFigures } from './bench-json';
import type { SizeResult } from './browser-bench';
import { feedPages, generateDirectory } from './generate-directory';
import { measurePaint, measurePaintFloor, nextFramePercent, type PaintTimes, paintKeystrokes } from './paint-bench';

const PAGE_SIZE = 1000;
const IMPORT_SIZES = process.env.BENCH_IMPORT_SIZES?.split(',').map(Number) ?? [10_000, 50_000];
const SEARCH_SIZES = process.env.BENCH_SEARCH_SIZES?.split(',').map(Number) ?? [1_000, 10_000, 50_000];
/** Keystrokes typed into the real side panel per size, a spread sample of the 1,873. */
const PAINT_KEYSTROKES = Number(process.env.BENCH_PAINT_KEYSTROKES ?? 600);
/** Plain fuse.js keystrokes timed per size: it needs seconds each at 50,000. */
const FUSE_KEYSTROKES: Record<number, number> = { 1000: 2000, 10000: 300, 50000: 60 };
const PANEL_RUNS = 5;

async function bundlePage(): Promise<string> {
  const outDir = resolve('.output/bench-page');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: {
        entry: resolve('scripts/bench/browser-bench.ts'),
        formats: ['iife'],
        name: 'bench',
        fileName: () => 'bench.js',
      },
    },
  });
  return `${outDir}/bench.js`;
}

async function startBenchServer(script: string) {
  const { readFileSync } = await import('node:fs');
  const feeds = new Map<number, string[]>();
  const pageOf = (size: number, page: number): string => {
    let pages = feeds.get(size);
    if (!pages) {
      const records = generateDirectory(size, 3);
      pages = feedPages(records, PAGE_SIZE);
      feeds.set(size, pages);
    }
    return pages[page - 1] ?? '{}';
  };
  const http = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const feed = /^\/feed-(\d+)\/services$/.exec(url.pathname);
    if (feed) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(pageOf(Number(feed[1]), Number(url.searchParams.get('page') ?? 1)));
    } else if (url.pathname === '/bench.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(readFileSync(script));
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        '<!doctype html><meta charset="utf-8"><title>Signpost search bench</title><script src="/bench.js"></script>',
      );
    }
  });
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return { origin, pageOf, close: () => new Promise((done) => http.close(done)) };
}

/** Fuse's index points at the services' own strings, already in memory: its increment is within measuring noise. */
const heapText = (mb: number) => (mb < 2 ? '< 2 (shares the services’ strings)' : mb.toFixed(1));
const seconds = (n: number | undefined) => (n === undefined ? '–' : `${(n / 1000).toFixed(1)} s`);
const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(n >= 10 ? 1 : 2));

/** `--only import` or `--only search` runs half the benchmark. */
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

async function main(): Promise<void> {
  const figures = emptyFigures();
  const script = await bundlePage();
  const server = await startBenchServer(script);
  for (const size of IMPORT_SIZES) server.pageOf(size, 1);
  const ext = await launchExtension({
    headless: true,
    args: ['--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  try {
    console.log('Signpost benchmark, real Chromium (headless), generated ORUK v1 directories\n');
    console.log(
      'Import into IndexedDB through the extension (paged API, 1,000 a page; each page fetched, normalised and',
    );
    console.log('staged while the next downloads, then one commit), and side panel open → first results for "debt":');
    const importRows: string[] = [];
    const paintRows: string[] = [];
    /** Opens the real side panel from the settings page's button (the user gesture), types, and closes it. */
    const paintInSidePanel = async (): Promise<{ paint: PaintTimes; floor: PaintTimes }> => {
      const options = await ext.openExtensionPage('options.html');
      await options.getByRole('button', { name: 'Open the Signpost panel' }).click();
      const panel = await ext.sidePanel(30_000);
      await panel.bringToFront();
      await panel.getByRole('searchbox', { name: 'Search services' }).waitFor();
      const typed = paintKeystrokes(PAINT_KEYSTROKES);
      const paint = await measurePaint(panel, typed);
      const floor = await measurePaintFloor(panel, typed);
      await panel.evaluate(() => window.close());
      await options.close();
      return { paint, floor };
    };
    for (const size of only === 'search' ? [] : IMPORT_SIZES) {
      const options = await ext.openExtensionPage('options.html');
      await options.getByLabel('Directory feed address').fill(`${server.origin}/feed-${size}/services`);
      const start = Date.now();
      await options.getByRole('button', { name: 'Save and import' }).click();
      const status = options.getByRole('status').filter({ hasText: /Imported|could not|no usable/i });
      await status.first().waitFor({ timeout: 120_000 });
      const importMs = Date.now() - start;
      const message = (await status.first().textContent()) ?? '';
      // The background records each stage's time with the source's status.
      const timings = await options.evaluate(
        () =>
          new Promise<Record<string, number>>((done, fail) => {
            const open = indexedDB.open('signpost');
            open.onerror = () => fail(open.error);
            open.onsuccess = () => {
              const get = open.result.transaction('sources').objectStore('sources').get('feed');
              get.onsuccess = () => done(get.result?.timings ?? {});
              get.onerror = () => fail(get.error);
            };
          }),
      );
      await options.close();
      const opens: number[] = [];
      for (let run = 0; run < PANEL_RUNS; run++) {
        const panel = await ext.openExtensionPage('sidepanel.html?q=debt');
        await panel.getByTestId('service-card').first().waitFor({ timeout: 30_000 });
        // The mark is made in the frame after the first results are drawn: a card can be in the DOM a moment before
        // it, and reading it then would record NaN (which also made the median meaningless).
        await panel.waitForFunction(() => performance.getEntriesByName('signpost:first-results').length > 0);
        const mark = await panel.evaluate(
          () => performance.getEntriesByName('signpost:first-results')[0]?.startTime ?? Number.NaN,
        );
        opens.push(mark);
        if (process.env.BENCH_VERBOSE) {
          console.log(
            await panel.evaluate(() =>
              performance
                .getEntries()
                .filter((e) => e.entryType === 'mark' || e.entryType === 'navigation')
                .map(
                  (e) =>
                    `${e.name} ${e.startTime.toFixed(0)}${e.entryType === 'navigation' ? ` dcl ${(e as PerformanceNavigationTiming).domContentLoadedEventEnd.toFixed(0)}` : ''}`,
                )
                .join(' | '),
            ),
          );
        }
        await panel.close();
      }
      opens.sort((a, b) => a - b);
      const { paint: painted, floor: floorTimes } = await paintInSidePanel();
      const paint = painted.times;
      const floor = floorTimes.times;
      figures.import[size] = {
        seconds: importMs / 1000,
        fetchMs: timings.fetchMs,
        normaliseMs: timings.normaliseMs,
        swapMs: timings.swapMs,
      };
      figures.panelOpen[size] = { medianMs: opens[Math.floor(PANEL_RUNS / 2)] ?? Number.NaN, bestMs: opens[0] ?? 0 };
      figures.paint[size] = {
        p50Ms: percentile(paint, 50),
        p95Ms: percentile(paint, 95),
        maxMs: Math.max(...paint),
        keystrokes: paint.length,
        floorP50Ms: percentile(floor, 50),
        floorP95Ms: percentile(floor, 95),
        nextFramePct: nextFramePercent(painted.frames),
        workP50Ms: percentile(painted.work, 50),
        workP95Ms: percentile(painted.work, 95),
        floorNextFramePct: nextFramePercent(floorTimes.frames),
      };
      paintRows.push(
        `| ${size.toLocaleString('en-GB')} | ${paint.length} | ${ms(percentile(paint, 50))} | ${ms(percentile(paint, 95))} | ${ms(Math.max(...paint))} | ${ms(percentile(floor, 50))} / ${ms(percentile(floor, 95))} | ${nextFramePercent(painted.frames).toFixed(1)}% (floor ${nextFramePercent(floorTimes.frames).toFixed(1)}%) | ${ms(percentile(painted.work, 50))} / ${ms(percentile(painted.work, 95))} |`,
      );
      importRows.push(
        `| ${size.toLocaleString('en-GB')} | ${(importMs / 1000).toFixed(1)} s | ${seconds(timings.fetchMs)} | ${seconds(timings.normaliseMs)} | ${seconds(timings.swapMs)} (index ${seconds(timings.indexMs)}) | ${ms(opens[Math.floor(PANEL_RUNS / 2)] ?? Number.NaN)} ms (best ${ms(opens[0] ?? Number.NaN)}) | ${message.trim()} |`,
      );
    }
    console.log(
      '| services | import, click to message | download, parse + stage (all but normalising) | normalise + needs | commit: index + swap | panel open → first results (median of 5) | outcome |',
    );
    console.log('|---|---|---|---|---|---|---|');
    for (const row of importRows) console.log(row);
    console.log('\nKeystroke → painted results in the real side panel (input event to the frame that shows them):');
    console.log(
      '| services | keystrokes | p50 ms | p95 ms | max ms | floor p50 / p95 ms (same stopwatch, no search, nothing drawn) | in the first frame after the input | input → results in the DOM p50 / p95 ms |',
    );
    console.log('|---|---|---|---|---|---|---|---|');
    for (const row of paintRows) console.log(row);

    console.log('\nSearch per keystroke (every prefix of 200 generated queries), same page, same directory:');
    const page = await ext.context.newPage();
    page.on('pageerror', (error) => console.error(`bench page: ${error.message}`));
    await page.goto(server.origin);
    await page.waitForFunction(() => typeof window.runSearchBench === 'function');
    const results: SizeResult[] = [];
    for (const size of only === 'import' ? [] : SEARCH_SIZES) {
      results.push(
        await page.evaluate(([s, k]) => window.runSearchBench(s, k), [size, FUSE_KEYSTROKES[size] ?? 100] as const),
      );
    }
    console.log(
      '| services | engine | keystrokes | p50 ms | p95 ms | max ms | index build ms | index load ms | heap MB | p95 ratio |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const r of results) {
      figures.search[r.size] = {
        p50Ms: r.signpost.p50,
        p95Ms: r.signpost.p95,
        fuseP95Ms: r.fuse.p95,
        keystrokes: r.signpost.keystrokes,
      };
      const ratio = r.fuse.p95 / r.signpost.p95;
      for (const [name, side] of [
        ['Signpost', r.signpost],
        ['plain fuse.js', r.fuse],
      ] as const) {
        console.log(
          `| ${r.size.toLocaleString('en-GB')} | ${name} | ${side.keystrokes} | ${ms(side.p50)} | ${ms(side.p95)} | ${ms(side.max)} | ${ms(side.buildMs)} | ${name === 'Signpost' ? ms(side.loadMs) : '–'} | ${name === 'Signpost' ? side.heapMb.toFixed(1) : heapText(side.heapMb)} | ${name === 'Signpost' ? `${ratio.toFixed(0)}× faster` : ''} |`,
        );
      }
    }
    console.log(
      '\nTargets: import 50,000 ≤ 10 s; panel open → first results ≤ 300 ms at 10,000 and ≤ 500 ms at 50,000;',
    );
    console.log('search p95 and keystroke → painted results p95 ≤ 16 ms at 50,000.');
    const json = jsonTarget();
    if (json) {
      writeFigures(json, figures);
      console.log(`Figures written to ${json}.`);
    }
  } finally {
    await ext.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
