import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../scripts/bench/generate-directory';
import { normaliseRecords } from '../directory/normalise-records';
import { inferNeeds } from '../needs/infer-needs';
import { buildSearchIndex } from './build-search-index';
import { createIndexBuilder } from './index-builder';
import { leadOf } from './need-levels';

const services = normaliseRecords(generateDirectory(1500, 5), 'test').services;

describe('createIndexBuilder', () => {
  it('gives the same index whether the services come in one chunk or many', () => {
    const builder = createIndexBuilder();
    for (let at = 0; at < services.length; at += 77) builder.add(services.slice(at, at + 77));
    expect(builder.count).toBe(services.length);
    expect(builder.finish(1)).toEqual(buildSearchIndex(services, 1));
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

describe('leadOf and need levels', () => {
  it('reads a description’s opening sentence, past a short first line, up to its full stop', () => {
    expect(
      leadOf('Choices 4 U\nChoices 4 U provide day opportunities for people with learning difficulties. Also a café.'),
    ).toBe('Choices 4 U Choices 4 U provide day opportunities for people with learning difficulties.');
    expect(leadOf(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ')).split(' ')).toHaveLength(35);
  });

  it('counts a need named in the opening sentence as strong, and one named later as a mention', () => {
    const [template] = services;
    if (!template) throw new Error('no services');
    const make = (id: string, description: string): typeof template => {
      const base = { ...template, id, name: 'Community hub', organisation: 'Hub', taxonomy: [], description };
      const eligibility = { ...template.eligibility, audiences: [] };
      const { needs, evidence } = inferNeeds({ ...base, eligibility });
      return { ...base, eligibility, needs, needEvidence: evidence };
    };
    const filler = 'The hall is open on weekdays and has a car park, step-free access and toilets for visitors.';
    const index = buildSearchIndex([
      make('lead', `A befriending service for people who are lonely and isolated. ${filler}`),
      make('later', `${filler} ${filler} We also know a befriending service for people who are lonely and isolated.`),
    ]);
    const need = index.needIds.indexOf('loneliness');
    const strong = (doc: number) =>
      ((index.strongNeedBits[doc * index.needWords + (need >> 5)] ?? 0) >> (need & 31)) & 1;
    const any = (doc: number) => ((index.needBits[doc * index.needWords + (need >> 5)] ?? 0) >> (need & 31)) & 1;
    expect([any(0), any(1)]).toEqual([1, 1]);
    expect([strong(0), strong(1)]).toEqual([1, 0]);
  });
});
