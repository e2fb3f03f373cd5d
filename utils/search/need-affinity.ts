import { findNeed } from '../needs/need-vocabulary';
import type { SearchIndex } from './search-index';
import { tokenise } from './tokenise';

/** Keyword weight (from the index: name 10 … description 1) at which a keyword counts half, as in the word score. */
const HALF_WEIGHT = 3;
/** Summed keyword evidence at which a service counts as fully about the need (two keywords in the name, say). */
const FULL = 1.5;

/**
 * How much of each service's own text is about a need, 0..1, from the need's service keywords in the index: a
 * service named "Befriending" or describing three kinds of debt help scores high, one that mentions debt once in a
 * long description scores low. Read from the same vocabulary that tagged the services, so the two agree.
 */
export function createNeedAffinity(
  index: SearchIndex,
  wordPosition: (word: string) => number,
): (needId: string) => Float32Array {
  const count = index.ids.length;
  const cache = new Map<string, Float32Array>();

  /** Index positions of the words a keyword word stands for: itself, or every word with its stem if `*`. */
  function positions(word: string, prefix: boolean): number[] {
    if (!prefix) {
      const at = wordPosition(word);
      return at < 0 ? [] : [at];
    }
    const found: number[] = [];
    let low = 0;
    let high = index.words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((index.words[middle] ?? '') < word) low = middle + 1;
      else high = middle;
    }
    for (let at = low; at < index.words.length && (index.words[at] ?? '').startsWith(word); at++) found.push(at);
    return found;
  }

  /** Per document, the weight of the best of these index words (0 if none). */
  function bestWeight(at: number[], into: Float32Array): Float32Array {
    into.fill(0);
    for (const position of at) {
      const end = index.postingStart[position + 1] ?? 0;
      for (let p = index.postingStart[position] ?? 0; p < end; p++) {
        const doc = index.postingDocs[p] ?? 0;
        into[doc] = Math.max(into[doc] ?? 0, index.postingWeights[p] ?? 0);
      }
    }
    return into;
  }

  function build(needId: string): Float32Array {
    const sum = new Float32Array(count);
    const phraseWeight = new Float32Array(count);
    const wordWeight = new Float32Array(count);
    const seen = new Set<string>();
    for (const keyword of findNeed(needId)?.keywords ?? []) {
      const words = keyword
        .split(/\s+/)
        .map((chunk) => ({ word: tokenise(chunk.replace(/\*$/, ''))[0] ?? '', prefix: chunk.endsWith('*') }))
        .filter(({ word }) => word !== '');
      if (words.length === 0) continue;
      const key = words.map(({ word, prefix }) => `${word}${prefix ? '*' : ''}`).join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      // A phrase counts where all its words appear, at the weight of its weakest word.
      phraseWeight.fill(Number.POSITIVE_INFINITY);
      for (const { word, prefix } of words) {
        bestWeight(positions(word, prefix), wordWeight);
        for (let doc = 0; doc < count; doc++)
          phraseWeight[doc] = Math.min(phraseWeight[doc] ?? 0, wordWeight[doc] ?? 0);
      }
      for (let doc = 0; doc < count; doc++) {
        const weight = phraseWeight[doc] ?? 0;
        if (weight > 0) sum[doc] = (sum[doc] ?? 0) + weight / (weight + HALF_WEIGHT);
      }
    }
    for (let doc = 0; doc < count; doc++) sum[doc] = Math.min(1, (sum[doc] ?? 0) / FULL);
    return sum;
  }

  return (needId) => {
    let affinity = cache.get(needId);
    if (!affinity) {
      affinity = build(needId);
      cache.set(needId, affinity);
    }
    return affinity;
  };
}
