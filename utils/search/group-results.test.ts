import { describe, expect, it } from 'vitest';
import { groupByOrganisation } from './group-results';

const result = (id: string, organisation?: string, more?: number) => ({
  id,
  service: { organisation },
  hit: more ? { moreFromOrganisation: more } : {},
});

describe('groupByOrganisation', () => {
  it('folds later records of a crowded organisation under the card the search marked', () => {
    const groups = groupByOrganisation([
      result('a1', 'Venue'),
      result('b', 'Other'),
      result('a2', 'Venue', 2),
      result('c', undefined),
      result('a3', 'venue '),
      result('d', 'Other'),
      result('a4', 'Venue'),
    ]);
    expect(groups.map((g) => [g.result.id, g.more.map((m) => m.id)])).toEqual([
      ['a1', []],
      ['b', []],
      ['a2', ['a3', 'a4']],
      ['c', []],
      ['d', []],
    ]);
  });

  it('leaves a list without a crowded organisation as it is', () => {
    const list = [result('a', 'One'), result('b', 'One'), result('c', undefined)];
    expect(groupByOrganisation(list).map((g) => g.result.id)).toEqual(['a', 'b', 'c']);
    expect(groupByOrganisation(list).every((g) => g.more.length === 0)).toBe(true);
  });
});
