import { describe, expect, it } from 'vitest';
import { mergeSorted } from './merge-sorted';

describe('mergeSorted', () => {
  it('gives what sorting the union of both lists gives', () => {
    const words = ['able', 'debt', 'money', 'zebra', 'ümlaut'];
    const vocabulary = ['carer', 'debt', 'lonely', 'money', 'zz'];
    expect(mergeSorted(words, vocabulary)).toEqual([...new Set([...words, ...vocabulary])].sort());
  });

  it('keeps one list when the other is empty, and drops repeats across them', () => {
    expect(mergeSorted(['a', 'b'], [])).toEqual(['a', 'b']);
    expect(mergeSorted([], ['a', 'b'])).toEqual(['a', 'b']);
    expect(mergeSorted(['a', 'c'], ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
  });

  it('agrees with sorting on random lists', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const word = () =>
      Array.from({ length: 1 + Math.floor(random() * 4) }, () => 'abcé'[Math.floor(random() * 4)]).join('');
    for (let round = 0; round < 50; round++) {
      const a = [...new Set(Array.from({ length: 30 }, word))].sort();
      const b = [...new Set(Array.from({ length: 10 }, word))].sort();
      expect(mergeSorted(a, b)).toEqual([...new Set([...a, ...b])].sort());
    }
  });
});
