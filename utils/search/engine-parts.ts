import { needVocabulary } from '../needs/need-vocabulary';
import { tokenise } from './tokenise';
import vocabularyWordList from './vocabulary-words.json';

/**
 * Every word the need vocabulary uses, tokenised, sorted: what `vocabulary-words.json` must hold. Its 25,000 phrases
 * are made of under 2,000 distinct words, so each space-separated chunk is tokenised once (tokenising is per word).
 */
export function collectVocabularyWords(): string[] {
  const chunks = new Set<string>();
  for (const need of needVocabulary) {
    for (const phrase of [need.label, ...need.synonyms, ...need.keywords, ...(need.weakKeywords ?? [])]) {
      for (const chunk of phrase.split(' ')) chunks.add(chunk);
    }
  }
  const words = new Set<string>();
  for (const chunk of chunks) for (const word of tokenise(chunk.replace(/\*/g, ''))) words.add(word);
  return [...words].sort();
}

/**
 * Every word the need vocabulary uses, so a misspelt need word is corrected even if no service uses it. Collected
 * when the vocabulary changes (`npm run -s vocabulary-words`), not as the panel opens, where working it out from
 * the phrases took tens of milliseconds; a unit test fails if the list is out of date.
 */
export function vocabularyWords(): readonly string[] {
  return vocabularyWordList;
}

/** Multiplier for how recently the publisher checked the record. */
export function freshness(assuredDay: number, today: number): number {
  if (assuredDay === 0) return 0.94;
  const age = today - assuredDay;
  if (age <= 365) return 1;
  if (age <= 730) return 0.97;
  return 0.93;
}
