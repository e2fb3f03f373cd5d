/**
 * The heavy hostile corpus (`npm run test:hostile`): each case through the real `directory check` CLI in its own
 * Node process with a 1 GB heap guard, at the default limits unless the case says otherwise. Peak RSS must stay
 * under 1 GB; the figures are written to .cache/hostile-stats.json for docs/directory.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpus } from './corpus';
import { closeServer, runCli, scratch, serveCorpus, verify, writeFiles } from './run';

const heavy = corpus.map((c, index) => ({ c, index })).filter(({ c }) => c.heavy);
const MAX_RSS_MB = 1024;

describe('the hostile corpus (heavy cases, through the CLI)', () => {
  let server: Server;
  let urlOf: (i: number) => string;
  const dir = scratch();
  const stats: { name: string; rssMb?: number; ms?: number; outcome: string }[] = [];
  beforeAll(async () => {
    ({ server, urlOf } = await serveCorpus(corpus));
  });
  afterAll(async () => {
    await closeServer(server);
    dir.clean();
    mkdirSync('.cache', { recursive: true });
    writeFileSync('.cache/hostile-stats.json', `${JSON.stringify(stats, null, 2)}\n`);
    console.table(stats);
  });

  it.each(heavy.map(({ c, index }) => [c.name, c, index] as const))(
    '%s',
    async (_, c, index) => {
      const target = c.route ? urlOf(index) : writeFiles(c, dir.root);
      const outcome = await runCli(target, c.limits);
      stats.push({
        name: c.name,
        rssMb: outcome.rssMb,
        ms: outcome.ms,
        outcome: outcome.error ?? outcome.stopped ?? 'ok',
      });
      verify(c, outcome);
      expect(outcome.rssMb).toBeLessThan(MAX_RSS_MB);
    },
    300_000,
  );
});
