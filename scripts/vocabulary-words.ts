/**
 * `npm run -s vocabulary-words`: rewrites utils/search/vocabulary-words.json, the need vocabulary's words that the
 * search engine loads instead of collecting them from 25,000 phrases as the side panel opens. Run it after changing
 * the vocabulary (a unit test in utils/search/engine-parts.test.ts fails until you do).
 */
import { writeFileSync } from 'node:fs';
import { collectVocabularyWords } from '../utils/search/engine-parts';

const words = collectVocabularyWords();
writeFileSync('utils/search/vocabulary-words.json', `${JSON.stringify(words, null, 2)}\n`);
console.log(`${words.length} vocabulary words written to utils/search/vocabulary-words.json`);
