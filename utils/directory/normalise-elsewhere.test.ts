import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from './limits';
import { runFeedJob, serveFeedJob } from './normalise-elsewhere';
import { type FeedJob, normaliseFeed } from './normalise-feed';
import type { Service } from './service';
import { serviceJson } from './service-json';

/** A paged ORUK v1 API of `pages` pages of three records; page `failAt` cannot be reached. */
function pagedFeed(pages: number, failAt?: number): typeof fetch {
  return async (input) => {
    const number = Number(new URL(String(input)).searchParams.get('page') ?? 1);
    if (number === failAt) throw new TypeError('Failed to fetch');
    const content = [1, 2, 3].map((n) => ({ id: `${number}-${n}`, name: `Service ${number}-${n}`, url: 'x' }));
    return Response.json({
      totalElements: pages * 3,
      totalPages: pages,
      number,
      size: 3,
      last: number === pages,
      content,
    });
  };
}

const job: FeedJob = {
  sourceId: 'feed',
  url: 'https://feed.test/services',
  at: 0,
  validators: {},
  limits: DEFAULT_LIMITS,
};

/** Runs a job "elsewhere": the worker's side and the background's side over a real MessageChannel, as in Chrome. */
function elsewhere(fetchFn: typeof fetch, onPage: (services: Service[], json: string[]) => Promise<void>) {
  return runFeedJob((message, port) => void serveFeedJob(port, message.job, fetchFn), job, onPage);
}

describe('normalising a feed beside the background', () => {
  it('hands over the same pages, in order, and the same report as normalising in the background itself', async () => {
    const here: string[][] = [];
    const there: string[][] = [];
    const local = await normaliseFeed(job, (services) => void here.push(services.map((s) => s.id)), pagedFeed(4));
    const remote = await elsewhere(pagedFeed(4), async (services) => void there.push(services.map((s) => s.id)));
    expect(there).toEqual(here);
    expect(there).toHaveLength(4);
    const { normaliseMs: _a, ...localRest } = local as Extract<typeof local, { format: string }>;
    const { normaliseMs: _b, ...remoteRest } = remote as Extract<typeof remote, { format: string }>;
    expect(remoteRest).toEqual(localRest);
    expect(remoteRest.normalised.problems.length).toBeGreaterThan(0);
  });

  it('hands over each service as its stored JSON, read back equal to the one normalised here', async () => {
    const here: Service[] = [];
    const there: Service[] = [];
    const stored: string[] = [];
    await normaliseFeed(job, (services) => void here.push(...services), pagedFeed(3));
    await elsewhere(pagedFeed(3), async (services, json) => {
      there.push(...services);
      stored.push(...json);
    });
    expect(there).toEqual(JSON.parse(JSON.stringify(here)));
    expect(stored).toEqual(here.map(serviceJson));
  });

  it('fails with the plain message of a download that broke after some pages', async () => {
    const pages: number[] = [];
    await expect(elsewhere(pagedFeed(5, 3), async (s) => void pages.push(s.length))).rejects.toThrow(
      /after 2 of 5 pages/,
    );
    expect(pages).toEqual([3, 3]);
  });

  it('stops the worker when the background cannot take a page (its write failed)', async () => {
    let taken = 0;
    const failing = async () => {
      taken++;
      throw new Error('The disk is full.');
    };
    await expect(elsewhere(pagedFeed(50), failing)).rejects.toThrow('The disk is full.');
    // The worker may have sent at most the pages it is allowed ahead; none after the failure is taken.
    expect(taken).toBe(1);
  });
});
