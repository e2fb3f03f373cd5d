import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppDB } from '../db/db';
import { getAllServices, getServices } from '../db/queries';
import { useTestDb } from '../db/test-db.fixture';
import { importDirectory } from './import-directory';

const bristol: unknown[] = JSON.parse(readFileSync('tests/fixtures/oruk-v1/bristol-services.json', 'utf8'));

/** A fetch that serves the given bodies by URL, and fails for anything else as a network error would. */
function fakeFetch(routes: Record<string, unknown>): typeof fetch {
  return async (input) => {
    const url = String(input);
    if (!(url in routes)) throw new TypeError('Failed to fetch');
    const body = routes[url];
    return typeof body === 'string' ? new Response(body) : Response.json(body);
  };
}

let db: AppDB;
const testDb = useTestDb();
beforeEach(() => {
  db = testDb();
});

describe('importDirectory', () => {
  it('imports the real Bristol feed, rejecting its nameless record and its repeated id by id and reason', async () => {
    const outcome = await importDirectory('feed', 'https://feed.test/services', db, {
      fetchFn: fakeFetch({ 'https://feed.test/services': bristol }),
    });
    expect(outcome).toMatchObject({
      ok: true,
      serviceCount: bristol.length - 2,
      rejected: [
        { id: 'def5ccd4-f121-df4d-60d2-4dc0d69ff555', reason: 'The service has no name.' },
        // Two different services share this id in the real feed; the first one is kept.
        { id: '2af617e5-4532-bebe-1036-ffdf2e93ce55', reason: 'Another, different record already has this id.' },
      ],
    });
    expect(await getAllServices(db)).toHaveLength(bristol.length - 2);
    const [service] = await getServices(['feed:2a3483ea-8966-4f50-9dc3-7bafa1e5c623'], db);
    expect(service?.name).toBe('1625 Independent People');
    expect(service?.description).not.toMatch(/<|&nbsp;/);
    expect(service?.eligibility.audiences).toEqual(['Homeless']);
  });

  it('follows the pages of a paged ORUK v1 API', async () => {
    const page = (number: number, content: unknown[]) => ({
      totalElements: 3,
      totalPages: 2,
      number,
      size: 2,
      first: number === 1,
      last: number === 2,
      content,
    });
    const outcome = await importDirectory('feed', 'https://feed.test/services?per_page=2', db, {
      fetchFn: fakeFetch({
        'https://feed.test/services?per_page=2': page(1, [
          { id: 1, name: 'One' },
          { id: 2, name: 'Two' },
        ]),
        'https://feed.test/services?per_page=2&page=2': page(2, [{ id: 3, name: 'Three' }]),
      }),
    });
    expect(outcome).toMatchObject({ ok: true, serviceCount: 3 });
    expect((await getAllServices(db)).map((s) => s.name).sort()).toEqual(['One', 'Three', 'Two']);
  });

  it('rejects a later record that repeats an id', async () => {
    const outcome = await importDirectory('feed', 'https://feed.test/a', db, {
      fetchFn: fakeFetch({
        'https://feed.test/a': [
          { id: 'x', name: 'First' },
          { id: 'x', name: 'Second' },
        ],
      }),
    });
    expect(outcome).toMatchObject({
      ok: true,
      serviceCount: 1,
      rejected: [{ id: 'x', reason: 'Another, different record already has this id.' }],
    });
  });

  it('merges a repeated identical record and reports it as a warning', async () => {
    const outcome = await importDirectory('feed', 'https://feed.test/a', db, {
      fetchFn: fakeFetch({
        'https://feed.test/a': [
          { id: 'x', name: 'Same' },
          { id: 'x', name: 'Same' },
        ],
      }),
    });
    expect(outcome).toMatchObject({ ok: true, serviceCount: 1, rejected: [] });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.report?.warnings.exactDuplicatesMerged).toMatchObject({ count: 1, ids: ['x'] });
  });

  it('sends the saved ETag on refresh and keeps everything when the feed answers 304', async () => {
    const seen: (string | null)[] = [];
    const fetchFn: typeof fetch = async (_input, init) => {
      const etag = new Headers(init?.headers).get('if-none-match');
      seen.push(etag);
      if (etag === '"v1"') return new Response(null, { status: 304 });
      return Response.json([{ id: 'a', name: 'Kept' }], { headers: { etag: '"v1"' } });
    };
    await importDirectory('feed', 'https://feed.test/e', db, { fetchFn, now: () => 1000 });
    const outcome = await importDirectory('feed', 'https://feed.test/e', db, { fetchFn, now: () => 5000 });
    expect(seen).toEqual([null, '"v1"']);
    expect(outcome).toMatchObject({ ok: true, unchanged: true, serviceCount: 1 });
    expect(await db.sources.get('feed')).toMatchObject({ importedAt: 1000, checkedAt: 5000, etag: '"v1"' });
  });

  it('queues the detail of thin records from an API and merges it in', async () => {
    const { fetchDetailBatch } = await import('./fetch-details');
    const fetchFn = fakeFetch({
      'https://feed.test/api/services': [{ id: 't1', name: 'Thin' }],
      'https://feed.test/api/services/t1': {
        id: 't1',
        name: 'Thin',
        description: 'Debt advice for families.',
        regular_schedules: [{ weekday: 'Monday', opens_at: '09:00', closes_at: '17:00' }],
      },
    });
    await importDirectory('feed', 'https://feed.test/api/services', db, { fetchFn });
    expect((await getServices(['feed:t1'], db))[0]).toMatchObject({ thin: true, schedules: [] });
    expect(await db.detailQueue.count()).toBe(1);
    expect(await fetchDetailBatch(db, { fetchFn })).toEqual({ merged: 1, failed: 0, remaining: 0 });
    const [merged] = await getServices(['feed:t1'], db);
    expect(merged?.thin).toBeUndefined();
    expect(merged?.schedules[0]).toMatchObject({ days: [1], opens: '09:00', closes: '17:00' });
    expect(merged?.needs).toContain('debt');
  });

  it('keeps fetched detail across a refresh that lists the record unchanged, and fetches it again when it changed', async () => {
    const { fetchDetailBatch } = await import('./fetch-details');
    const list: unknown[] = [
      { id: 't1', name: 'Thin' },
      { id: 't2', name: 'Other' },
    ];
    const detail = (id: string, name: string) => ({
      id,
      name,
      regular_schedules: [{ weekday: 'Monday', opens_at: '09:00', closes_at: '17:00' }],
    });
    const fetchFn = fakeFetch({
      'https://feed.test/api/services': list,
      'https://feed.test/api/services/t1': detail('t1', 'Thin'),
      'https://feed.test/api/services/t2': detail('t2', 'Other'),
    });
    await importDirectory('feed', 'https://feed.test/api/services', db, { fetchFn, now: () => 1000 });
    await fetchDetailBatch(db, { fetchFn });
    list[1] = { id: 't2', name: 'Other, renamed' };
    await importDirectory('feed', 'https://feed.test/api/services', db, { fetchFn, now: () => 2000, force: true });
    const [kept, changed] = await getServices(['feed:t1', 'feed:t2'], db);
    expect(kept).toMatchObject({ name: 'Thin', schedules: [{ days: [1] }] });
    expect(kept?.thin).toBeUndefined();
    expect(changed).toMatchObject({ name: 'Other, renamed', thin: true, schedules: [] });
    expect((await db.detailQueue.toArray()).map((task) => task.id)).toEqual(['feed:t2']);
  });

  it.each([
    [
      'unreachable',
      'https://feed.test/missing',
      'Could not reach the directory feed at https://feed.test/missing. Check the address and your connection.',
    ],
    ['not JSON', 'https://feed.test/html', 'The directory feed at https://feed.test/html did not send JSON.'],
    [
      'no usable record',
      'https://feed.test/empty',
      'https://feed.test/empty has no usable services (1 records, 1 rejected). The first problem: The service ' +
        'has no name. The directory saved before is still in use.',
    ],
  ])('keeps the previous directory when the feed is %s', async (_, url, message) => {
    const fetchFn = fakeFetch({
      'https://feed.test/good': [{ id: 'a', name: 'Kept' }],
      'https://feed.test/html': '<html>Not found</html>',
      'https://feed.test/empty': [{ id: 'b', name: '' }],
    });
    await importDirectory('feed', 'https://feed.test/good', db, { fetchFn, now: () => 1000 });
    const outcome = await importDirectory('feed', url, db, { fetchFn, now: () => 2000 });
    expect(outcome).toEqual({ ok: false, error: message });
    expect((await getAllServices(db)).map((s) => s.name)).toEqual(['Kept']);
    expect(await db.sources.get('feed')).toMatchObject({ importedAt: 1000, lastError: message, lastAttemptAt: 2000 });
  });
});
