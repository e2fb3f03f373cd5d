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
  // The same, for the words a service matches when the query names a need: a catalogue listing a council's every
  // service matches "stop smoking" by its words, but is not about any one need (`textBreadth`).
  const textFocus = new Float32Array(count);
  for (let doc = 0; doc < count; doc++) {
    let needs = 0;
    for (let w = 0; w < index.needWords; w++) {
      let bits = index.needBits[doc * index.needWords + w] ?? 0;
      for (; bits !== 0; bits &= bits - 1) needs++;
    }
    focus[doc] = 1 / (1 + weights.breadth * Math.max(0, needs - 2));
    textFocus[doc] = 1 / (1 + weights.textBreadth * Math.max(0, needs - 2));
  }
  const affinity = createNeedAffinity(index, wordPosition);

  /**
   * How strongly a document meets the needs asked for (summed over them); 0 if it meets none. When the query names
   * two or more specific needs ("young people's mental health"), part of the sum (`balance`) is the weakest of them
   * times their number: a service meeting both well beats one naming one and mentioning the other in passing.
   * Needs named only by generic words ("struggling") do not count as the weakest.
   */
  function needStrength(doc: number, asked: number[], affinities: Float32Array[], share: number[]): number {
    let strength = 0;
    let least = Number.POSITIVE_INFINITY;
    let shares = 0;
    for (let i = 0; i < asked.length; i++) {
      const position = asked[i] as number;
      const slot = doc * index.needWords + (position >> 5);
      const bit = 1 << (position & 31);
      shares += share[i] ?? 1;
      if (((index.needBits[slot] ?? 0) & bit) === 0) {
        if ((share[i] ?? 1) >= 1) least = 0;
        continue;
      }
      let level = weights.weakNeed;
      if (((index.headlineNeedBits[slot] ?? 0) & bit) !== 0) level = 1;
      else if (((index.strongNeedBits[slot] ?? 0) & bit) !== 0) level = weights.strongNeed;
      const affinity = (affinities[i] as Float32Array)[doc] ?? 0;
      const met = level * (1 - weights.affinity + weights.affinity * affinity) * (focus[doc] ?? 1);
      strength += (share[i] ?? 1) * met;
      if ((share[i] ?? 1) >= 1) least = Math.min(least, met);
    }
    if (asked.length > 1 && weights.balance > 0 && Number.isFinite(least) && strength > 0) {
      strength = (1 - weights.balance) * strength + weights.balance * least * shares;
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

  return { strength: needStrength, needsOf, affinity, textFocus };
}
