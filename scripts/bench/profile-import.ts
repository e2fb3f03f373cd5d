/**
 * Where an import's time goes: imports a generated paged feed through the built extension in real Chromium while
 * the background service worker runs under the V8 CPU profiler, then prints self and total time per function.
 *
 *   SIGNPOST_MINIFY=0 npx wxt build && npx tsx scripts/bench/profile-import.ts 50000 [profile.cpuprofile]
 *
 * With `--time` it only times the import (no profiler), for before/after comparisons of two builds; `--build=DIR`
 * loads another build than .output/chrome-mv3.
 *
 * Unminified builds keep function names readable. `(idle)` is the worker waiting: for the network, for
 * IndexedDB (whose writes run in the browser process), for timers.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import WebSocket from 'ws';
import { serveGeneratedFeed } from '../lib/bench-feed';
import { launchExtension } from '../lib/launch-extension';

const PAGE_SIZE = 1000;
const size = Number(process.argv[2] ?? 50_000);
const timeOnly = process.argv.includes('--time');
const out = timeOnly ? undefined : process.argv.slice(3).find((arg) => !arg.startsWith('--'));
/** `--build=DIR`: another build's folder (a .output/chrome-mv3), to time two builds in turns. */
const build = process.argv.find((arg) => arg.startsWith('--build='))?.slice('--build='.length);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A minimal CDP client over one target's own WebSocket. */
async function connect(wsUrl: string) {
  const socket = new WebSocket(wsUrl, { perMessageDeflate: false, maxPayload: 1 << 30 });
  await new Promise((done, fail) => {
    socket.once('open', done);
    socket.once('error', fail);
  });
  let next = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  });
  return {
    send<T>(method: string, params: object = {}): Promise<T> {
      const id = next++;
      socket.send(JSON.stringify({ id, method, params }));
      return new Promise((done) => waiting.set(id, done as (result: unknown) => void));
    },
    close: () => socket.close(),
  };
}

function summarise(profile: Profile): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const label = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split('/').pop() ?? '';
    return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
  };
  let totalUs = 0;
  profile.samples.forEach((sample, i) => {
    const us = profile.timeDeltas[i + 1] ?? 0;
    totalUs += us;
    const node = byId.get(sample);
    if (!node) return;
    self.set(label(node), (self.get(label(node)) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = node.id; at !== undefined; at = parent.get(at)) {
      const here = byId.get(at);
      if (!here) break;
      const name = label(here);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  });
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`)
      .join('\n');
  console.log(`profiled ${(totalUs / 1000).toFixed(0)} ms\n\nself time:\n${top(self, 45)}`);
  console.log(`\ntotal time:\n${top(inclusive, 60)}`);
}

/**
 * CPU seconds used so far by each thread of the browser's processes (Linux /proc), by process type and thread
 * name. Unlike wall time on a shared machine, this does not grow with other people's load.
 */
function threadCpu(group: number): Map<string, number> {
  const seconds = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== group) continue;
      const type = /--type=([\w-]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))?.[1] ?? 'browser';
      // The process's own total also counts threads that have ended (a worker that finished its job).
      const own = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      seconds.set(`${type} ${pid} (whole process)`, (Number(own[11]) + Number(own[12])) / 100);
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const task = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const fields = task.slice(task.lastIndexOf(')') + 2).split(' ');
        const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
        const key = `${type} ${pid}: ${name}`;
        seconds.set(key, (seconds.get(key) ?? 0) + (Number(fields[11]) + Number(fields[12])) / 100);
      }
    } catch {
      // The process or thread ended meanwhile.
    }
  }
  return seconds;
}

function cpuSince(before: Map<string, number>, group: number): string {
  const after = threadCpu(group);
  const used = [...after].map(([key, s]) => [key, s - (before.get(key) ?? 0)] as const).filter(([, s]) => s >= 0.2);
  const total = used.filter(([key]) => key.endsWith('(whole process)')).reduce((sum, [, s]) => sum + s, 0);
  return `CPU ${total.toFixed(1)} s in all, by thread:\n${used
    .sort((a, b) => b[1] - a[1])
    .map(([key, s]) => `  ${s.toFixed(1).padStart(6)} s  ${key}`)
    .join('\n')}`;
}

async function main(): Promise<void> {
  const server = await serveGeneratedFeed(size, PAGE_SIZE);
  const ext = await launchExtension({ headless: true, ...(build && { extensionPath: build }) });
  try {
    const port = new URL(ext.wsUrl).port;
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
      type: string;
      url: string;
      webSocketDebuggerUrl: string;
    }[];
    const worker = targets.find((t) => t.type === 'service_worker' && t.url.endsWith('/background.js'));
    if (!worker) throw new Error('The background service worker was not found.');
    const cdp = await connect(worker.webSocketDebuggerUrl);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    const options = await ext.openExtensionPage('options.html');
    await options.getByLabel('Directory feed address').fill(server.url);
    if (!timeOnly) await cdp.send('Profiler.start');
    const group = ext.process.pid ?? 0;
    const cpuBefore = threadCpu(group);
    const start = Date.now();
    await options.getByRole('button', { name: 'Save and import' }).click();
    const status = options.getByRole('status').filter({ hasText: /Imported|could not|no usable/i });
    await status.first().waitFor({ timeout: 300_000 });
    const seconds = (Date.now() - start) / 1000;
    console.log(`${size} services: ${seconds.toFixed(1)} s, ${(await status.first().textContent())?.trim()}`);
    console.log(cpuSince(cpuBefore, group));
    if (!timeOnly) {
      const { profile } = await cdp.send<{ profile: Profile }>('Profiler.stop');
      if (out) writeFileSync(out, JSON.stringify(profile));
      summarise(profile);
    }
    cdp.close();
  } finally {
    await ext.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
