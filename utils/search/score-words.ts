import { relatedWords } from './query-words';
import type { SearchIndex } from './search-index';
import type { WordLookup, WordMatch } from './word-lookup';

/** How one query word scored against every document: raw match scores, before the word's idf. */
export interface WordScores {
  matches: WordMatch[];
  /** 0 = no match; else how well the word matched the document (position weight × match strength). */
  scores: Float32Array;
  /** 1 + the index in `matches` of the best match in each document; 0 = none. */
  best: Uint16Array;
  /** Documents the word matched. */
  matched: number;
}

/** Words kept: a typed query re-scores only its last word, because the earlier ones come from here. */
const CACHE_SIZE = 8;

/**
 * Scores query words against the index's postings, remembering the last few: while someone types "english
 * conversation club f", only "f" is new on each keystroke. Profiling showed the re-scoring of unchanged words (and
 * the garbage it left) was most of a keystroke's time.
 */
export function createWordScorer(
  index: SearchIndex,
  lookup: WordLookup,
  wordPosition: (word: string) => number,
  halfWeight: number,
  related: number,
): { score(token: string, partial: boolean, typed?: string): WordScores; nextSearch(): void } {
  const count = index.ids.length;
  const cache = new Map<string, WordScores>();
  // Arrays of evicted words, reused: a new array per keystroke at 50,000 services kept the garbage collector busy.
  // Evicted during a search, its arrays may still be read by that search: they become spare only at the next one.
  const spare: { scores: Float32Array; best: Uint16Array }[] = [];
  const evictedNow: WordScores[] = [];
  function score(token: string, partial: boolean, typed = token): WordScores {
    const key = `${partial ? '…' : ' '}${token}${typed === token ? '' : ` ${typed}`}`;
    const cached = cache.get(key);
    if (cached) {
      // Most recently used last, so the oldest is evicted first.
      cache.delete(key);
      cache.set(key, cached);
      return cached;
    }
    const found = lookup.lookup(token, partial, typed);
    const known = new Set(found.map((match) => match.word));
    const matches = [
      ...found,
      ...relatedWords(token)
        .filter((word) => !known.has(word))
        .map((word): WordMatch => ({ word, strength: related, kind: 'related' })),
    ];
    const reused = spare.pop();
    const scores = reused?.scores.fill(0) ?? new Float32Array(count);
    const best = reused?.best.fill(0) ?? new Uint16Array(count);
    let matched = 0;
    for (let m = 0; m < matches.length; m++) {
      const match = matches[m] as WordMatch;
      const position = wordPosition(match.word);
      if (position < 0) continue;
      index.readPostings?.(position);
      const end = index.postingStart[position + 1] ?? 0;
      for (let p = index.postingStart[position] ?? 0; p < end; p++) {
        const doc = index.postingDocs[p] ?? 0;
        const weight = index.postingWeights[p] ?? 0;
        const score = (weight / (weight + halfWeight)) * match.strength;
        const before = scores[doc] ?? 0;
        if (score > before) {
          if (before === 0) matched++;
          scores[doc] = score;
          best[doc] = m + 1;
        }
      }
    }
    const result = { matches, scores, best, matched };
    cache.set(key, result);
    if (cache.size > CACHE_SIZE) {
      const oldest = cache.keys().next().value as string;
      const evicted = cache.get(oldest);
      cache.delete(oldest);
      if (evicted) evictedNow.push(evicted);
    }
    return result;
  }

  return {
    score,
    /** Called as each search starts: words evicted by earlier searches give their arrays back. */
    nextSearch() {
      spare.push(...evictedNow.splice(0));
    },
  };
}
