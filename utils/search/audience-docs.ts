import { audienceWords } from './query-audiences';
import type { SearchIndex } from './search-index';

/** A posting weight this high is the name, audiences or organisation (or a description that repeats the word). */
const OWN_FIELD_WEIGHT = 3;

/**
 * Services whose own fields name the audience a query asks for ("blokes feeling low" → men): a men's group, not a
 * service that lists men and women alike. Reads only the postings of the group's few words, once per query.
 */
export function audienceDocs(
  index: SearchIndex,
  wordPosition: (word: string) => number,
  audiences: string[],
): Set<number> | undefined {
  if (audiences.length === 0) return undefined;
  const docsNaming = (words: string[]) => {
    const docs = new Set<number>();
    for (const word of words) {
      const position = wordPosition(word);
      if (position < 0) continue;
      index.readPostings?.(position);
      const end = index.postingStart[position + 1] ?? 0;
      for (let p = index.postingStart[position] ?? 0; p < end; p++) {
        if ((index.postingWeights[p] ?? 0) >= OWN_FIELD_WEIGHT) docs.add(index.postingDocs[p] ?? 0);
      }
    }
    return docs;
  };
  const result = new Set<number>();
  for (const audience of audiences) {
    const { own, others } = audienceWords(audience);
    const everyone = docsNaming(others);
    for (const doc of docsNaming(own)) if (!everyone.has(doc)) result.add(doc);
  }
  return result;
}
