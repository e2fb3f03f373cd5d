// @vitest-environment node
/**
 * The light hostile corpus through `directory check`'s code path, in `npm test`. Each case ends within its (shrunken)
 * limits with the expected outcome and a plain message. The heavy cases are in heavy.test.ts (`npm run test:hostile`).
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpus } from './corpus';
import { closeServer, runInProcess, scratch, serveCorpus, verify, writeFiles } from './run';

const light = corpus.map((c, index) => ({ c, index })).filter(({ c }) => !c.heavy);

describe('the hostile corpus (light cases)', () => {
  let server: Server;
  let urlOf: (i: number) => string;
  const dir = scratch();
  beforeAll(async () => {
    ({ server, urlOf } = await serveCorpus(corpus));
  });
  afterAll(async () => {
    await closeServer(server);
    dir.clean();
  });

  it('has at least 150 cases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
  });

  it.each(light.map(({ c, index }) => [`${c.kind}: ${c.name}`, c, index] as const))(
    '%s',
    async (_, c, index) => {
      const target = c.route ? urlOf(index) : writeFiles(c, dir.root);
      verify(c, await runInProcess(target, c.limits));
    },
    20_000,
  );
});
