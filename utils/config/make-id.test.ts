import { describe, expect, it } from 'vitest';
import { makeId } from './make-id';
import { mergeSources } from './merge-sources';

describe('makeId', () => {
  it.each([
    ['Fit notes', [], 'fit-notes'],
    ['  Émile’s rule!  ', [], 'emile-s-rule'],
    ['Fit notes', ['fit-notes'], 'fit-notes-2'],
    ['Fit notes', ['fit-notes', 'fit-notes-2'], 'fit-notes-3'],
    ['???', [], 'item'],
  ])('%j, with %j taken, is %j', (label, taken, expected) => {
    expect(makeId(label, new Set(taken))).toBe(expected);
  });
});

describe('mergeSources', () => {
  const file = { id: 'src-file', name: 'local.csv', kind: 'file' as const };
  const feed = { id: 'src-a', name: 'a.example', kind: 'url' as const, url: 'https://a.example/feed' };

  it('keeps every source in use and adds only new addresses', () => {
    const incoming = [
      { ...feed, id: 'src-other' },
      { id: 'src-b', name: 'b.example', kind: 'url' as const, url: 'https://b.example/feed' },
    ];
    expect(mergeSources([file, feed], incoming)).toEqual([file, feed, incoming[1]]);
  });

  it('gives a new feed with a clashing id a new one', () => {
    const clash = { ...feed, url: 'https://c.example/feed' };
    expect(mergeSources([feed], [clash]).map((source) => source.id)).toEqual(['src-a', 'src-a-2']);
  });
});
