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
  /** Order of first appearance: of two phrases of one length matching at a word, the earlier one wins. */
  order: number;
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

function pairKey(first: number, second: number): number {
  return Math.imul(first, 31) ^ second;
}

/** Whether `a` wins over `b` at the same word: longer, or as long and listed first. */
function longer<T>(a: Entry<T>, b: Entry<T>): boolean {
  return a.words.length > b.words.length || (a.words.length === b.words.length && a.order < b.order);
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
    else byKey.set(key, { words, values: [value], order: byKey.size });
  }
  const exact = new Map<number, Entry<T>[]>();
  const prefixed = new Map<number, Entry<T>[]>();
  // Phrases of two or more exact words are found by their first two words: thousands of phrases start with "my".
  const pairs = new Map<number, Entry<T>[]>();
  // Most words start no phrase: a bit table answers "certainly not" without a Map lookup.
  const exactFilter = new Uint8Array(FILTER_SIZE);
  const prefixFilter = new Uint8Array(FILTER_SIZE);
  const pairFilter = new Uint8Array(FILTER_SIZE);
  const add = (table: Map<number, Entry<T>[]>, filter: Uint8Array, key: number, entry: Entry<T>) => {
    const list = table.get(key);
    if (list) list.push(entry);
    else table.set(key, [entry]);
    filter[key & FILTER_MASK] = 1;
  };
  for (const entry of byKey.values()) {
    const [first, second] = entry.words as [WordPattern, WordPattern | undefined];
    if (first.prefix && first.text.length < MIN_PREFIX) throw new Error(`Prefix too short in "${first.text}*"`);
    if (first.prefix) add(prefixed, prefixFilter, hashWord(first.text).head, entry);
    else if (second && !second.prefix) add(pairs, pairFilter, pairKey(first.hash, second.hash), entry);
    else add(exact, exactFilter, first.hash, entry);
  }
  // Longest first (then the earlier phrase), so the first entry that matches at a word is the longest match there.
  for (const list of [...exact.values(), ...prefixed.values(), ...pairs.values()])
    list.sort((a, b) => b.words.length - a.words.length || a.order - b.order);
  // `strict`: only a longer phrase replaces the best so far (an exact word wins over a prefix of the same length).
  const firstMatch = (
    candidates: Entry<T>[] | undefined,
    t: Tokens,
    at: number,
    best: Entry<T> | undefined,
    strict = false,
  ) => {
    if (!candidates) return best;
    for (let e = 0; e < candidates.length; e++) {
      const entry = candidates[e] as Entry<T>;
      if (best && (strict ? entry.words.length <= best.words.length : longer(best, entry))) return best;
      if (matchesAt(entry, t, at)) return entry;
    }
    return best;
  };

  return function matchPhrases(text: string): PhraseHit<T>[] {
    const t = scanWords(text);
    const hits: PhraseHit<T>[] = [];
    let i = 0;
    while (i < t.count) {
      let best: Entry<T> | undefined;
      const hash = t.hashes[i] as number;
      if (i + 1 < t.count && !((t.flags[i + 1] as number) & BREAK_BEFORE)) {
        const key = pairKey(hash, t.hashes[i + 1] as number);
        if (pairFilter[key & FILTER_MASK]) best = firstMatch(pairs.get(key), t, i, best);
      }
      if (exactFilter[hash & FILTER_MASK]) best = firstMatch(exact.get(hash), t, i, best);
      const head = t.heads[i] as number;
      if (head !== -1 && prefixFilter[head & FILTER_MASK]) best = firstMatch(prefixed.get(head), t, i, best, true);
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
