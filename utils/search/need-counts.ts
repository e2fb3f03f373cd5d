import { needVocabulary } from '../needs/need-vocabulary';
import type { SearchIndex } from './search-index';

/** Each need the directory has services for, with how many (active or not), in the vocabulary's order. */
export function needCounts(index: SearchIndex | undefined): { id: string; label: string; count: number }[] {
  if (!index) return [];
  // Only the set bits are visited (a service meets a few needs of dozens): the panel counts them as it opens.
  const counts = new Array<number>(index.needIds.length).fill(0);
  const { needBits, needWords } = index;
  for (let at = 0; at < needBits.length; at++) {
    let word = needBits[at] ?? 0;
    const base = (at % needWords) * 32;
    while (word !== 0) {
      const bit = 31 - Math.clz32(word & -word);
      counts[base + bit] = (counts[base + bit] ?? 0) + 1;
      word &= word - 1;
    }
  }
  const byId = new Map(index.needIds.map((id, position) => [id, counts[position] ?? 0]));
  return needVocabulary
    .flatMap((need) => {
      const count = byId.get(need.id) ?? 0;
      return count > 0 ? [{ id: need.id, label: need.label, count }] : [];
    })
    .sort((a, b) => b.count - a.count);
}
