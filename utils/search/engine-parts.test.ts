import { describe, expect, it } from 'vitest';
import { needVocabulary } from '../needs/need-vocabulary';
import { collectVocabularyWords, vocabularyWords } from './engine-parts';
import { tokenise } from './tokenise';

describe('vocabularyWords', () => {
  it('is the need vocabulary’s words as it stands (run `npm run -s vocabulary-words` after changing it)', () => {
    expect(vocabularyWords()).toEqual(collectVocabularyWords());
  });

  it('collects the same words as tokenising every phrase whole', () => {
    const whole = new Set<string>();
    for (const need of needVocabulary)
      for (const phrase of [need.label, ...need.synonyms, ...need.keywords, ...(need.weakKeywords ?? [])])
        for (const word of tokenise(phrase.replace(/\*/g, ''))) whole.add(word);
    expect(collectVocabularyWords()).toEqual([...whole].sort());
    expect(whole.size).toBeGreaterThan(1000);
  });
});
