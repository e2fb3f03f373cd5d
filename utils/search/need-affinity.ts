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

  // Scratch per-document arrays, reused: `seen[doc] === round` marks the documents the current word touched.
  const phrase = new Float32Array(count);
  const word = new Float32Array(count);
  const inPhrase = new Uint32Array(count);
  const inWord = new Uint32Array(count);
  let round = 0;

  /** Marks `seen` with a new round and puts each touched document's best weight for these index words in `into`. */
  function bestWeights(at: number[], into: Float32Array, seen: Uint32Array, touched?: number[]): number {
    round++;
    for (const position of at) {
      index.readPostings?.(position);
      const end = index.postingStart[position + 1] ?? 0;
      for (let p = index.postingStart[position] ?? 0; p < end; p++) {
        const doc = index.postingDocs[p] ?? 0;
        const weight = index.postingWeights[p] ?? 0;
        if (seen[doc] !== round) {
          seen[doc] = round;
          into[doc] = weight;
          touched?.push(doc);
        } else if (weight > (into[doc] ?? 0)) into[doc] = weight;
      }
    }
    return round;
  }

  // Only the postings of the need's keywords are read, never every document: a need's first query stays quick.
  function build(needId: string): Float32Array {
    const sum = new Float32Array(count);
    const seenKeys = new Set<string>();
    for (const keyword of findNeed(needId)?.keywords ?? []) {
      const words = keyword
        .split(/\s+/)
        .map((chunk) => ({ text: tokenise(chunk.replace(/\*$/, ''))[0] ?? '', prefix: chunk.endsWith('*') }))
        .filter(({ text }) => text !== '');
      const key = words.map(({ text, prefix }) => `${text}${prefix ? '*' : ''}`).join(' ');
      if (words.length === 0 || seenKeys.has(key)) continue;
      seenKeys.add(key);
      // A phrase counts where all its words appear, at the weight of its weakest word.
      const touched: number[] = [];
      const first = words[0] as { text: string; prefix: boolean };
      bestWeights(positions(first.text, first.prefix), phrase, inPhrase, touched);
      for (const { text, prefix } of words.slice(1)) {
        const wordRound = bestWeights(positions(text, prefix), word, inWord);
        for (const doc of touched) {
          phrase[doc] = inWord[doc] === wordRound ? Math.min(phrase[doc] ?? 0, word[doc] ?? 0) : 0;
        }
      }
      for (const doc of touched) {
        const weight = phrase[doc] ?? 0;
        if (weight > 0) sum[doc] = (sum[doc] ?? 0) + weight / (weight + HALF_WEIGHT);
      }
    }
    for (let doc = 0; doc < count; doc++) if (sum[doc]) sum[doc] = Math.min(1, (sum[doc] ?? 0) / FULL);
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
