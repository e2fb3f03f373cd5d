import { createNeedAffinity } from './need-affinity';
import type { RankingWeights } from './ranking-weights';
import type { SearchIndex } from './search-index';

/**
 * How well each document meets the needs read from a query: whether it meets each (from the index's need bits),
 * how strongly (headline, strong or weak evidence), how much of its own text is about it (need-affinity.ts), and
 * how focused the service is (one meeting a dozen needs is less about each).
 */
export function createNeedScores(index: SearchIndex, weights: RankingWeights, wordPosition: (word: string) => number) {
  const count = index.ids.length;
  // A service meeting many needs (a council's listing, a multi-service charity) is less about each one.
  const focus = new Float32Array(count);
  for (let doc = 0; doc < count; doc++) {
    let needs = 0;
    for (let w = 0; w < index.needWords; w++) {
      let bits = index.needBits[doc * index.needWords + w] ?? 0;
      for (; bits !== 0; bits &= bits - 1) needs++;
    }
    focus[doc] = 1 / (1 + weights.breadth * Math.max(0, needs - 2));
  }
  const affinity = createNeedAffinity(index, wordPosition);

  /** How strongly a document meets the needs asked for (summed over them); 0 if it meets none. */
  function needStrength(doc: number, asked: number[], affinities: Float32Array[], share: number[]): number {
    let strength = 0;
    for (let i = 0; i < asked.length; i++) {
      const position = asked[i] as number;
      const slot = doc * index.needWords + (position >> 5);
      const bit = 1 << (position & 31);
      if (((index.needBits[slot] ?? 0) & bit) === 0) continue;
      let level = weights.weakNeed;
      if (((index.headlineNeedBits[slot] ?? 0) & bit) !== 0) level = 1;
      else if (((index.strongNeedBits[slot] ?? 0) & bit) !== 0) level = weights.strongNeed;
      const affinity = (affinities[i] as Float32Array)[doc] ?? 0;
      strength += (share[i] ?? 1) * level * (1 - weights.affinity + weights.affinity * affinity) * (focus[doc] ?? 1);
    }
    return strength;
  }

  function needsOf(doc: number, asked: number[]): string[] {
    return asked
      .filter(
        (position) => ((index.needBits[doc * index.needWords + (position >> 5)] ?? 0) & (1 << (position & 31))) !== 0,
      )
      .map((position) => index.needIds[position] ?? '');
  }

  return { strength: needStrength, needsOf, affinity };
}
