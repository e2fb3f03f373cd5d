import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../scripts/bench/generate-directory';
import { normaliseRecords } from '../directory/normalise-records';
import { buildSearchIndex } from './build-search-index';
import { createIndexBuilder } from './index-builder';

const services = normaliseRecords(generateDirectory(1500, 5), 'test').services;

describe('createIndexBuilder', () => {
  it('gives the same index whether the services come in one chunk or many', () => {
    const builder = createIndexBuilder();
    for (let at = 0; at < services.length; at += 77) builder.add(services.slice(at, at + 77));
    expect(builder.count).toBe(services.length);
    expect(builder.finish(1)).toEqual(buildSearchIndex(services, 1));
  });

  it('stores postings in 16 bits while every service number fits, with the same documents', () => {
    const index = buildSearchIndex(services, 1);
    expect(index.postingDocs).toBeInstanceOf(Uint16Array);
    expect(index.postingDocs.length).toBeGreaterThan(services.length);
    expect(Math.max(...index.postingDocs)).toBe(services.length - 1);
  });
});

describe('createRecordNormaliser without keeping services', () => {
  it('answers each page’s services but keeps none, and still tells repeated records apart', async () => {
    const { createRecordNormaliser } = await import('../directory/normalise-records');
    const normaliser = createRecordNormaliser('test', 1, false);
    const first = normaliser.add([
      { id: 'a', name: 'Alpha' },
      { id: 'b', name: 'Beta' },
    ]);
    const second = normaliser.add([
      { id: 'a', name: 'Alpha' },
      { id: 'b', name: 'Beta, changed' },
    ]);
    expect(first.map((service) => service.name)).toEqual(['Alpha', 'Beta']);
    expect(second).toEqual([]);
    const feed = normaliser.finish();
    expect(feed.services).toEqual([]);
    expect(feed.merged).toEqual(['a']);
    expect(feed.rejected).toEqual([{ id: 'b', reason: 'Another, different record already has this id.' }]);
  });
});
