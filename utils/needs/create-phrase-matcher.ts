import { BREAK_BEFORE, hashWord, MIN_PREFIX, scanWords, type Tokens, wordAt } from './scan-words';

/** One phrase found in a text: what it stands for and where it is (offsets into the original text). */
export interface PhraseHit<T> {
  values: readonly T[];
  start: number;
  end: number;
}

interface WordPattern {
  text: string;
  hash: number;
  /** Written with a trailing `*`: matches any word that starts with `text`. */
  prefix: boolean;
}

interface Entry<T> {
  words: WordPattern[];
  values: T[];
}

const FILTER_SIZE = 1 << 16;
const FILTER_MASK = FILTER_SIZE - 1;

/** "bereave* support" → [{bereave, prefix}, {support}]; hyphens and slashes split words as they do in text. */
function parsePhrase(phrase: string): WordPattern[] {
  const words: WordPattern[] = [];
  for (const chunk of phrase.trim().split(/\s+/)) {
    const prefix = chunk.endsWith('*');
    const parts = scanWords(prefix ? chunk.slice(0, -1) : chunk);
    for (let k = 0; k < parts.count; k++) {
      const text = wordAt(parts, k);
      words.push({ text, hash: hashWord(text).hash, prefix: prefix && k === parts.count - 1 });
    }
  }
  return words;
}

function matchesAt<T>(entry: Entry<T>, t: Tokens, at: number): boolean {
  const { words } = entry;
  if (at + words.length > t.count) return false;
  // Hashes first: they rule out almost every candidate without building a single string.
  for (let k = 0; k < words.length; k++) {
    const pattern = words[k] as WordPattern;
    if (k > 0 && (t.flags[at + k] as number) & BREAK_BEFORE) return false;
    if (!pattern.prefix && t.hashes[at + k] !== pattern.hash) return false;
  }
  for (let k = 0; k < words.length; k++) {
    const pattern = words[k] as WordPattern;
    const word = wordAt(t, at + k);
    if (pattern.prefix ? !word.startsWith(pattern.text) : word !== pattern.text) return false;
  }
  return true;
}

/**
 * Compiles phrases once into word-indexed tables, so matching a text is one pass over its words with a hash
 * lookup per word, however many phrases there are (a regex per phrase would be far too slow at import). Phrases
 * are found on word boundaries, case-, apostrophe- and accent-insensitively, never across a sentence break.
 * Where phrases overlap, the longest starting at the earliest word wins and the words it covers are used up:
 * that is how an excluding phrase ("warm welcome") hides the keyword inside it ("warm").
 */
export function createPhraseMatcher<T>(phrases: Iterable<readonly [phrase: string, value: T]>) {
  const byKey = new Map<string, Entry<T>>();
  for (const [phrase, value] of phrases) {
    const words = parsePhrase(phrase);
    if (words.length === 0) continue;
    const key = words.map((w) => (w.prefix ? `${w.text}*` : w.text)).join(' ');
    const entry = byKey.get(key);
    if (entry) entry.values.push(value);
    else byKey.set(key, { words, values: [value] });
  }
  const exact = new Map<number, Entry<T>[]>();
  const prefixed = new Map<number, Entry<T>[]>();
  // Most words start no phrase: a bit table answers "certainly not" without a Map lookup.
  const exactFilter = new Uint8Array(FILTER_SIZE);
  const prefixFilter = new Uint8Array(FILTER_SIZE);
  for (const entry of byKey.values()) {
    const first = entry.words[0] as WordPattern;
    if (first.prefix && first.text.length < MIN_PREFIX) throw new Error(`Prefix too short in "${first.text}*"`);
    const table = first.prefix ? prefixed : exact;
    const key = first.prefix ? hashWord(first.text).head : first.hash;
    table.set(key, [...(table.get(key) ?? []), entry]);
    (first.prefix ? prefixFilter : exactFilter)[key & FILTER_MASK] = 1;
  }
  // Longest first, so the first entry that matches at a word is the longest match there.
  for (const list of [...exact.values(), ...prefixed.values()]) list.sort((a, b) => b.words.length - a.words.length);

  return function matchPhrases(text: string): PhraseHit<T>[] {
    const t = scanWords(text);
    const hits: PhraseHit<T>[] = [];
    let i = 0;
    while (i < t.count) {
      let best: Entry<T> | undefined;
      const hash = t.hashes[i] as number;
      const candidates = exactFilter[hash & FILTER_MASK] ? exact.get(hash) : undefined;
      if (candidates) {
        for (let e = 0; e < candidates.length; e++) {
          const entry = candidates[e] as Entry<T>;
          if (matchesAt(entry, t, i)) {
            best = entry;
            break;
          }
        }
      }
      const head = t.heads[i] as number;
      const prefixCandidates = head !== -1 && prefixFilter[head & FILTER_MASK] ? prefixed.get(head) : undefined;
      if (prefixCandidates) {
        for (let e = 0; e < prefixCandidates.length; e++) {
          const entry = prefixCandidates[e] as Entry<T>;
          if (best && entry.words.length <= best.words.length) break;
          if (matchesAt(entry, t, i)) {
            best = entry;
            break;
          }
        }
      }
      if (!best) {
        i++;
        continue;
      }
      const last = i + best.words.length - 1;
      hits.push({ values: best.values, start: t.starts[i] as number, end: t.ends[last] as number });
      i = last + 1;
    }
    return hits;
  };
}
