import { matchSafetyTopics } from '../needs/match-need-phrases';
import { findSafetyTopic, type SafetyTopicId } from '../needs/vocabulary-safety';
import { tokenise } from './tokenise';

/**
 * Safety topics in a query, as typed and as corrected — and with each misspelt word swapped for each of its other
 * candidate spellings, because a missed disclosure costs more than a notice shown once too often ("sexual assult"
 * is corrected to the commoner "adult", but "assault" is also a candidate). Bounded: a few words, a few candidates.
 */
export function readSafety(
  query: string,
  corrected: string,
  alternatives: { from: string; to: string[] }[],
): SafetyTopicId[] {
  const topics = new Set([...matchSafetyTopics(query), ...matchSafetyTopics(corrected)]);
  const lower = query.toLowerCase();
  for (const { from, to } of alternatives) {
    const word = new RegExp(`\\b${from.replace(/[^a-z0-9]/g, '')}\\b`, 'g');
    for (const candidate of to)
      for (const topic of matchSafetyTopics(lower.replace(word, candidate))) topics.add(topic);
  }
  return [...topics];
}

/** Topics the search reads instead of their need (a safeguarding concern): see `SafetyTopic.notANeedInSearch`. */
export function replacesNeed(topics: SafetyTopicId[]): boolean {
  return topics.some((id) => findSafetyTopic(id)?.notANeedInSearch === true);
}

/**
 * Index words of the services the topics point to ("safeguarding", "protect"), each once; and those of one kind of
 * disclosure when the query's words (`tokens`) name it ("partner" → "domestic").
 */
export function safetyServiceWords(topics: SafetyTopicId[], tokens: readonly string[] = []): string[] {
  const typed = new Set(tokens);
  return [
    ...new Set(
      topics.flatMap((id) => {
        const topic = findSafetyTopic(id);
        const words = [...(topic?.serviceWords ?? [])];
        for (const when of topic?.serviceWordsWhen ?? [])
          if (when.queryWords.some((word) => typed.has(word))) words.push(...when.serviceWords);
        return tokenise(words.join(' '));
      }),
    ),
  ];
}
