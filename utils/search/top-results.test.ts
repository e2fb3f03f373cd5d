import { describe, expect, it } from 'vitest';
import { TopResults } from './top-results';

describe('TopResults', () => {
  it('keeps the best scores, best first, earlier documents winning ties', () => {
    const top = new TopResults(3);
    for (const [doc, score] of [0.1, 0.9, 0.5, 0.9, 0.2, 0.7].entries()) top.offer(doc, score);
    expect(top.sorted()).toEqual([
      { doc: 1, score: 0.9 },
      { doc: 3, score: 0.9 },
      { doc: 5, score: 0.7 },
    ]);
  });

  it('matches a full sort on random input', () => {
    const scores = Array.from({ length: 500 }, (_, i) => Math.sin(i * 7.3) * 100);
    const top = new TopResults(20);
    for (const [doc, score] of scores.entries()) top.offer(doc, score);
    const expected = scores
      .map((score, doc) => ({ doc, score }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 20);
    expect(top.sorted()).toEqual(expected);
  });
});
