/** Serves and writes the hostile corpus, runs a case through the CLI's code path, and checks its outcome. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { checkFeed } from '../../scripts/lib/check-feed';
import type { ImportLimits } from '../../utils/directory/limits';
import { ENGINE_WORDS, type HostileCase } from './case';

/** What a run came to, the same whichever way it ran. */
export interface Outcome {
  ok: boolean;
  error?: string;
  services?: number;
  stopped?: string;
  rejected: string[];
  problems: string[];
  /** The imported services as JSON (in-process runs only), for `absent`. */
  servicesJson?: string;
  /** Peak RSS in MB and time in ms (CLI runs only). */
  rssMb?: number;
  ms?: number;
}

/** One server for the corpus: case `i` answers at `/c/i/feed`. */
export async function serveCorpus(cases: HostileCase[]): Promise<{ server: Server; urlOf(i: number): string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const index = Number(url.pathname.split('/')[2]);
    const route = cases[index]?.route;
    if (!route) return void res.writeHead(404).end();
    res.on('error', () => {});
    route(req, res, Number(url.searchParams.get('page') ?? 1) || 1);
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, urlOf: (i) => `http://127.0.0.1:${port}/c/${i}/feed` };
}

export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Writes a case's files to a fresh folder; answers the path to pass (the folder when there are several). */
export function writeFiles(c: HostileCase, root: string): string {
  const dir = mkdtempSync(join(root, 'case-'));
  for (const file of c.files ?? []) writeFileSync(join(dir, file.name), file.content);
  return (c.files?.length ?? 0) > 1 ? dir : join(dir, c.files?.[0]?.name ?? 'feed.json');
}

export function scratch(): { root: string; clean(): void } {
  const root = join(tmpdir(), `signpost-hostile-${process.pid}`);
  mkdirSync(root, { recursive: true });
  return { root, clean: () => rmSync(root, { recursive: true, force: true }) };
}

/** Runs `directory check`'s own function in this process. */
export async function runInProcess(target: string, limits: Partial<ImportLimits> = {}): Promise<Outcome> {
  const result = await checkFeed(target, limits);
  if (!result.ok) return { ok: false, error: result.error, rejected: [], problems: [] };
  const { report, normalised } = result;
  return {
    ok: true,
    services: report.services,
    stopped: report.stopped,
    rejected: report.rejected.map((r) => r.reason),
    problems: report.problems.map((p) => p.reason),
    servicesJson: JSON.stringify(normalised.services),
  };
}

const FLAGS: [keyof ImportLimits, string, number][] = [
  ['requestMs', '--timeout-s', 1000],
  ['idleMs', '--idle-s', 1000],
  ['pageBytes', '--page-mb', 1024 * 1024],
  ['importBytes', '--import-mb', 1024 * 1024],
  ['pages', '--max-pages', 1],
  ['records', '--max-records', 1],
];

/** Runs the real CLI in its own Node process, with a 1 GB heap guard, and reads its peak memory. */
export function runCli(target: string, limits: Partial<ImportLimits> = {}): Promise<Outcome> {
  const args = ['tsx', 'scripts/directory.ts', 'check', target, '--stats'];
  for (const [key, flag, unit] of FLAGS)
    if (limits[key] !== undefined) args.push(flag, String(Number(limits[key]) / unit));
  const child = spawn('npx', args, { env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=1024' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (data) => {
    stdout += data;
  });
  child.stderr.on('data', (data) => {
    stderr += data;
  });
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const stats = /stats: peak RSS (\d+) MB, (\d+) ms/.exec(stderr);
      const message = stderr.replace(/stats:.*\n?/, '').trim();
      const report = code === 0 ? JSON.parse(stdout) : undefined;
      resolve({
        ok: code === 0,
        error: code === 0 ? undefined : message,
        services: report?.services,
        stopped: report?.stopped,
        rejected: (report?.rejected ?? []).map((r: { reason: string }) => r.reason),
        problems: (report?.problems ?? []).map((p: { reason: string }) => p.reason),
        rssMb: stats ? Number(stats[1]) : undefined,
        ms: stats ? Number(stats[2]) : undefined,
      });
    });
  });
}

/** Checks an outcome against a case's expectations. */
export function verify(c: HostileCase, outcome: Outcome): void {
  const { expect: want } = c;
  const summary = JSON.stringify({ ...outcome, servicesJson: undefined }).slice(0, 600);
  expect(outcome.ok, summary).toBe(want.ok);
  if (outcome.error !== undefined) {
    expect(outcome.error, 'a plain message').not.toMatch(ENGINE_WORDS);
    expect(outcome.error.length).toBeGreaterThan(10);
  }
  if (want.error) expect(outcome.error).toMatch(want.error);
  if (want.services !== undefined) expect(outcome.services, summary).toBe(want.services);
  if (want.stopped === null) expect(outcome.stopped, summary).toBeUndefined();
  else if (want.stopped) expect(outcome.stopped ?? '', summary).toMatch(want.stopped);
  if (want.rejected) expect(outcome.rejected.join('\n'), summary).toMatch(want.rejected);
  if (want.problem) expect(outcome.problems.join('\n'), summary).toMatch(want.problem);
  if (want.absent && outcome.servicesJson !== undefined) expect(outcome.servicesJson).not.toMatch(want.absent);
}
