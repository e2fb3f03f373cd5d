import { needVocabulary } from '../needs/need-vocabulary';
import type { SearchIndex } from './search-index';

/** Each need the directory has services for, with how many (active or not), in the vocabulary's order. */
export function needCounts(index: SearchIndex | undefined): { id: string; label: string; count: number }[] {
  if (!index) return [];
  const counts = new Array<number>(index.needIds.length).fill(0);
  for (let doc = 0; doc < index.ids.length; doc++) {
    for (let position = 0; position < index.needIds.length; position++) {
      const word = index.needBits[doc * index.needWords + (position >> 5)] ?? 0;
      if (word & (1 << (position & 31))) counts[position] = (counts[position] ?? 0) + 1;
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
