import { needVocabulary } from '../needs/need-vocabulary';
import { tokenise } from './tokenise';

/** Every word the need vocabulary uses, so a misspelt need word is corrected even if no service uses it. */
export function vocabularyWords(): string[] {
  const words = new Set<string>();
  for (const need of needVocabulary) {
    for (const phrase of [need.label, ...need.synonyms, ...need.keywords, ...(need.weakKeywords ?? [])]) {
      for (const word of tokenise(phrase.replace(/\*/g, ''))) words.add(word);
    }
  }
  return [...words];
}

/** Multiplier for how recently the publisher checked the record. */
export function freshness(assuredDay: number, today: number): number {
  if (assuredDay === 0) return 0.94;
  const age = today - assuredDay;
  if (age <= 365) return 1;
  if (age <= 730) return 0.97;
  return 0.93;
}
