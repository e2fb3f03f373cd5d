/**
 * `npx tsx scripts/bench/compare-builds.ts DIR_A DIR_B [DIR_C …] [size]`: two or more builds of the extension in one
 * browser, each with the same generated directory imported, measured in turns (panel open → first results, then
 * keystroke → painted results in batches), so all see the same load on a shared machine. For before/after
 * comparisons and for finding which merge made something slower; the figures of record come from `npm run bench`
 * (the real side panel). Here each panel is opened in a tab. COMPARE_ROUNDS (6) sets the rounds; COMPARE_PAINT=0
 * measures only the opens.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { extensionIds, importFeed, serveGeneratedFeed } from '../lib/bench-feed';
import { launchExtension } from '../lib/launch-extension';
import { percentile } from './bench-json';
import { measurePaint, nextFramePercent, paintKeystrokes } from './paint-bench';

const args = process.argv.slice(2);
const SIZE = /^\d+$/.test(args.at(-1) ?? '') ? Number(args.pop()) : 10_000;
const dirs = args.map((dir) => resolve(dir));
const ROUNDS = Number(process.env.COMPARE_ROUNDS ?? 6);
const PAINT = process.env.COMPARE_PAINT !== '0';
const BATCH = 100;

async function main(): Promise<void> {
  if (dirs.length < 2) throw new Error('Give at least two build folders (each a .output/chrome-mv3).');
  const feed = await serveGeneratedFeed(SIZE);
  const ext = await launchExtension({ headless: true, extensionPath: dirs.join(',') });
  try {
    // Each unpacked build has its own id (from its folder): find every background worker.
    const ids = await extensionIds(ext.context, dirs.length);
    const pageOf = async (id: string, path: string): Promise<Page> => {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    };
    // Which id is which folder: the manifest does not say, so each build's side panel chunk name tells.
    const chunkOf = (dir: string) => readdirSync(`${dir}/chunks`).find((name) => name.startsWith('sidepanel-')) ?? '';
    const idOf = new Map<number, string>();
    for (const id of ids) {
      const page = await pageOf(id, 'sidepanel.html');
      const src = await page.evaluate(() => document.querySelector('script[type=module]')?.getAttribute('src') ?? '');
      const which = dirs.findIndex((dir) => src.endsWith(chunkOf(dir)) && !idOf.has(dirs.indexOf(dir)));
      if (which >= 0) idOf.set(which, id);
      await page.close();
    }
    if (idOf.size !== dirs.length) throw new Error('Could not tell the builds apart (identical side panel chunks?).');
    for (const id of idOf.values()) {
      const options = await pageOf(id, 'options.html');
      await importFeed(options, feed.url);
      await options.close();
    }
    const opens = dirs.map((): number[] => []);
    const paints = dirs.map((): number[] => []);
    const frames = dirs.map((): number[] => []);
    /** Every performance mark of each open (the panel's own, and when the page became interactive), by build. */
    const marks: Map<string, number[]>[] = dirs.map(() => new Map());
    const typed = paintKeystrokes(BATCH * ROUNDS);
    for (let round = 0; round < ROUNDS; round++) {
      // Each round starts one build later, so none is always first after a pause.
      const order = dirs.map((_, i) => (i + round) % dirs.length);
      for (const which of order) {
        const id = idOf.get(which) ?? '';
        const panel = await pageOf(id, 'sidepanel.html?q=debt');
        await panel.getByTestId('service-card').first().waitFor({ timeout: 30_000 });
        await panel.waitForFunction(() => performance.getEntriesByName('signpost:first-results').length > 0);
        opens[which]?.push(
          await panel.evaluate(() => performance.getEntriesByName('signpost:first-results')[0]?.startTime ?? 0),
        );
        const times = await panel.evaluate(() => [
          ['(interactive)', performance.getEntriesByType('navigation')[0]?.toJSON().domInteractive ?? 0],
          ...performance.getEntriesByType('mark').map((e) => [e.name.replace('signpost:', ''), e.startTime]),
        ]);
        for (const [name, at] of times as [string, number][]) {
          const kept = marks[which] ?? new Map<string, number[]>();
          marks[which] = kept;
          kept.set(name, [...(kept.get(name) ?? []), at]);
        }
        await panel.close();
        if (!PAINT) continue;
        const typing = await pageOf(id, 'sidepanel.html');
        await typing.getByRole('searchbox', { name: 'Search services' }).waitFor();
        await typing.waitForTimeout(500);
        const measured = await measurePaint(typing, typed.slice(round * BATCH, (round + 1) * BATCH));
        paints[which]?.push(...measured.times);
        frames[which]?.push(...measured.frames);
        await typing.close();
      }
    }
    const line = (which: number) => {
      const open = [...(opens[which] ?? [])].sort((a, b) => a - b);
      const paint = [...(paints[which] ?? [])].sort((a, b) => a - b);
      const painted = PAINT
        ? `, paint p50 ${percentile(paint, 50).toFixed(1)} p95 ${percentile(paint, 95).toFixed(1)} max ${paint.at(-1)?.toFixed(0)} ms, ${nextFramePercent(frames[which] ?? []).toFixed(1)}% in the first frame (${paint.length} keystrokes)`
        : '';
      return `${String.fromCharCode(65 + which)} ${dirs[which]}: open median ${percentile(open, 50).toFixed(0)} ms (best ${open[0]?.toFixed(0)}; ${open.map((n) => n.toFixed(0)).join(' ')})${painted}`;
    };
    console.log(`${SIZE} services, ${ROUNDS} rounds taken in turns\n${dirs.map((_, i) => line(i)).join('\n')}`);
    // The median of each mark, so a change's effect on each step of the open shows.
    for (const [which, kept] of marks.entries()) {
      const medians = [...kept]
        .map(
          ([name, at]) =>
            [
              name,
              percentile(
                [...at].sort((a, b) => a - b),
                50,
              ),
            ] as const,
        )
        .sort((a, b) => a[1] - b[1]);
      console.log(
        `${String.fromCharCode(65 + which)} marks (median ms): ${medians.map(([n, t]) => `${n} ${t.toFixed(0)}`).join(', ')}`,
      );
    }
  } finally {
    await ext.close();
    await feed.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
