/**
 * `npx tsx scripts/bench/profile-panel.ts [size]`: imports a generated directory through the built extension, then
 * records CPU profiles (CDP Profiler) of the side panel opening with `?q=debt`, and of typing in the real side
 * panel, and prints where the time went (self time by function, and the performance marks). For finding costs,
 * not for figures: the profiler itself slows the page. Build with `SIGNPOST_MINIFY=0 npx wxt build` first to see
 * functions by name. PROFILE_TRACE=1 also records a Chrome trace while typing (and opening) and sums its events
 * (style, layout, paint, timers); PROFILE_TRACE_FILE / PROFILE_OPEN_TRACE_FILE / PROFILE_OPEN_FILE save the typing's
 * trace / the open's trace / the open's CPU profile; PROFILE_TRACE_CATEGORIES adds trace categories (comma-separated).
 * PROFILE_OPEN_ONLY=1 stops after the opens.
 */
import type { CDPSession, Page } from 'playwright-core';
import { importFeed, serveGeneratedFeed } from '../lib/bench-feed';
import { launchExtension } from '../lib/launch-extension';
import { measurePaint, paintKeystrokes } from './paint-bench';

const SIZE = Number(process.argv[2] ?? 10_000);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function summarise(profile: Profile, top = 30): string {
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url.split('/').pop() ?? '';
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [
    `total sampled ${total.toFixed(0)} ms`,
    ...[...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${key}`),
  ].join('\n');
}

async function profiled<T>(session: CDPSession, run: () => Promise<T>): Promise<{ result: T; profile: Profile }> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Profiler.start');
  const result = await run();
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
  return { result, profile };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/** Records a browser-wide trace around `run`, and sums the busiest renderer main thread's events by name. */
async function traced<T>(
  session: CDPSession,
  run: () => Promise<T>,
  file = process.env.PROFILE_TRACE_FILE,
): Promise<{ result: T; summary: string }> {
  const done = new Promise<string>((resolve) =>
    session.once('Tracing.tracingComplete', (event) => resolve((event as { stream: string }).stream)),
  );
  await session.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'blink',
        'blink.user_timing',
        'v8',
        'disabled-by-default-devtools.timeline',
        // PROFILE_TRACE_CATEGORIES adds more, comma-separated (e.g. disabled-by-default-v8.compile,toplevel).
        ...(process.env.PROFILE_TRACE_CATEGORIES?.split(',') ?? []),
      ],
    },
  });
  const result = await run();
  await session.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = (await session.send('IO.read', { handle: stream })) as { data: string; eof: boolean };
    text += chunk.data;
    if (chunk.eof) break;
  }
  await session.send('IO.close', { handle: stream });
  if (file) (await import('node:fs')).writeFileSync(file, text);
  const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const busy = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.name === 'RunTask' && mains.has(key)) busy.set(key, (busy.get(key) ?? 0) + (e.dur ?? 0));
  }
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const byName = new Map<string, { ms: number; count: number }>();
  for (const e of events) {
    if (e.ph !== 'X' || `${e.pid}:${e.tid}` !== main) continue;
    const entry = byName.get(e.name) ?? { ms: 0, count: 0 };
    entry.ms += (e.dur ?? 0) / 1000;
    entry.count++;
    byName.set(e.name, entry);
  }
  const summary = [...byName]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, 40)
    .map(([name, { ms, count }]) => `${ms.toFixed(1).padStart(9)} ms ${String(count).padStart(6)}×  ${name}`)
    .join('\n');
  return { result, summary: `inclusive time by trace event, busiest renderer main thread:\n${summary}` };
}

async function marks(page: Page): Promise<string> {
  return page.evaluate(() =>
    performance
      .getEntries()
      .filter((e) => e.entryType === 'mark' || e.entryType === 'navigation' || e.entryType === 'resource')
      .map((e) =>
        e.entryType === 'resource'
          ? `${e.name.split('/').pop()} ${e.startTime.toFixed(0)}–${(e.startTime + e.duration).toFixed(0)}`
          : e instanceof PerformanceNavigationTiming
            ? `navigation: response ${e.responseEnd.toFixed(0)}, interactive ${e.domInteractive.toFixed(0)}, DOMContentLoaded ${e.domContentLoadedEventEnd.toFixed(0)}`
            : `${e.name} ${e.startTime.toFixed(0)}`,
      )
      .join('\n'),
  );
}

async function main(): Promise<void> {
  const feed = await serveGeneratedFeed(SIZE);
  const ext = await launchExtension({ headless: true });
  try {
    const options = await ext.openExtensionPage('options.html');
    await importFeed(options, feed.url, 180_000);
    for (let run = 0; run < 3; run++) {
      const page = await ext.context.newPage();
      const session = await ext.context.newCDPSession(page);
      const { profile } = await profiled(session, async () => {
        await page.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?q=debt`);
        await page.getByTestId('service-card').first().waitFor({ timeout: 30_000 });
        await page.waitForTimeout(300);
      });
      if (run === 1 && process.env.PROFILE_TRACE) {
        const browserSession = await ext.browser.newBrowserCDPSession();
        const again = await ext.context.newPage();
        const { summary } = await traced(
          browserSession,
          async () => {
            await again.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?q=debt`);
            await again.getByTestId('service-card').first().waitFor({ timeout: 30_000 });
            await again.waitForTimeout(300);
          },
          process.env.PROFILE_OPEN_TRACE_FILE,
        );
        console.log(`\n== Panel open, traced ==\n${await marks(again)}\n${summary}`);
        await again.close();
      }
      if (run === 2) {
        console.log(`\n== Panel open at ${SIZE} (?q=debt), third open ==\n${await marks(page)}`);
        console.log(summarise(profile));
        if (process.env.PROFILE_OPEN_FILE)
          (await import('node:fs')).writeFileSync(process.env.PROFILE_OPEN_FILE, JSON.stringify(profile));
      }
      await page.close();
    }
    if (process.env.PROFILE_OPEN_ONLY) return;
    await options.getByRole('button', { name: 'Open the Signpost panel' }).click();
    const panel = await ext.sidePanel(30_000);
    await panel.bringToFront();
    await panel.getByRole('searchbox', { name: 'Search services' }).waitFor();
    const session = await panel.context().newCDPSession(panel);
    if (process.env.PROFILE_TRACE) {
      const browserSession = await ext.browser.newBrowserCDPSession();
      const { result: typed, summary } = await traced(browserSession, () => measurePaint(panel, paintKeystrokes(300)));
      const result = typed.times.sort((a, b) => a - b);
      const at = (p: number) => result[Math.min(result.length - 1, Math.floor((p / 100) * result.length))]?.toFixed(1);
      console.log(`\n== Typing, traced at ${SIZE}: p50 ${at(50)} p95 ${at(95)} ==\n${summary}`);
    }
    const { result: typed, profile } = await profiled(session, () => measurePaint(panel, paintKeystrokes(300)));
    const times = typed.times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]?.toFixed(1);
    console.log(`\n== Typing in the side panel at ${SIZE}: ${times.length} keystrokes, p50 ${at(50)} p95 ${at(95)} ==`);
    console.log(summarise(profile, 45));
  } finally {
    await ext.close();
    await feed.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
