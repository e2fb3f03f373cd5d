import { BREAK_BEFORE, createScanner, hashWord, MIN_PREFIX, scanWords, type Tokens, wordAt } from './scan-words';

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
  /** Position of the phrase's first appearance: of two phrases of one length matching at a word, the earlier wins. */
  order: number;
}

/** The phrases that start with one word (or, for a `*` first word, one three-letter head), compiled on first use. */
interface Bucket<T> {
  phrases: number[];
  /** Phrases of two or more exact words, by their second word's hash: thousands of phrases start with "my". */
  pairs?: Map<number, Entry<T>[]>;
  /** The rest: one word, or a first word followed by a prefix. */
  single?: Entry<T>[];
}

const FILTER_SIZE = 1 << 16;
const FILTER_MASK = FILTER_SIZE - 1;
/** Phrases are compiled mid-match, while `scanWords`' arrays still hold the text: they get a scanner of their own. */
const scanPhrase = createScanner();

/** "bereave* support" → [{bereave, prefix}, {support}]; hyphens and slashes split words as they do in text. */
function parsePhrase(phrase: string): WordPattern[] {
  const words: WordPattern[] = [];
  for (const chunk of phrase.trim().split(/\s+/)) {
    const prefix = chunk.endsWith('*');
    const parts = scanPhrase(prefix ? chunk.slice(0, -1) : chunk);
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

/** Whether `a` wins over `b` at the same word: longer, or as long and listed first. */
function longer<T>(a: Entry<T>, b: Entry<T>): boolean {
  return a.words.length > b.words.length || (a.words.length === b.words.length && a.order < b.order);
}

const byLength = <T>(a: Entry<T>, b: Entry<T>) => b.words.length - a.words.length || a.order - b.order;

/**
 * A phrase's first word, read from its text up to the first space: thousands of phrases share a few hundred such
 * chunks, so each is parsed once. A chunk holds the phrase's first word whenever it holds any word at all.
 */
function firstWordOf(phrase: string, chunks: Map<string, WordPattern | null>): WordPattern | undefined {
  const space = phrase.indexOf(' ');
  const chunk = space === -1 ? phrase : phrase.slice(0, space);
  let first = chunks.get(chunk);
  if (first === undefined) {
    first = parsePhrase(chunk)[0] ?? null;
    chunks.set(chunk, first);
  }
  // A first chunk with no word in it (" debt", "& carers"): the phrase's first word is further on.
  return first ?? parsePhrase(phrase)[0];
}

/**
 * Compiles phrases into word-indexed tables, so matching a text is one pass over its words with a hash lookup per
 * word, however many phrases there are (a regex per phrase would be far too slow at import). Phrases are found on
 * word boundaries, case-, apostrophe- and accent-insensitively, never across a sentence break. Where phrases
 * overlap, the longest starting at the earliest word wins and the words it covers are used up: that is how an
 * excluding phrase ("warm welcome") hides the keyword inside it ("warm").
 *
 * Only each phrase's first word is read up front; the phrases that start with a word are compiled the first time a
 * text has that word, and `valueAt(i)` is asked then. The vocabulary has some 25,000 phrases: compiling them all
 * took a quarter of a second of the side panel's open, for a search box that meets a handful of words.
 */
export function createLazyPhraseMatcher<T>(phrases: readonly string[], valueAt: (index: number) => T) {
  const exactBuckets = new Map<number, Bucket<T>>();
  const prefixBuckets = new Map<number, Bucket<T>>();
  // Most words start no phrase: a bit table answers "certainly not" without a Map lookup.
  const exactFilter = new Uint8Array(FILTER_SIZE);
  const prefixFilter = new Uint8Array(FILTER_SIZE);
  const chunks = new Map<string, WordPattern | null>();
  phrases.forEach((phrase, index) => {
    const first = firstWordOf(phrase, chunks);
    if (!first) return;
    if (first.prefix && first.text.length < MIN_PREFIX) throw new Error(`Prefix too short in "${first.text}*"`);
    const key = first.prefix ? hashWord(first.text).head : first.hash;
    const table = first.prefix ? prefixBuckets : exactBuckets;
    (first.prefix ? prefixFilter : exactFilter)[key & FILTER_MASK] = 1;
    const bucket = table.get(key);
    if (bucket) bucket.phrases.push(index);
    else table.set(key, { phrases: [index] });
  });

  function compile(bucket: Bucket<T>): void {
    const byKey = new Map<string, Entry<T>>();
    for (const index of bucket.phrases) {
      const words = parsePhrase(phrases[index] as string);
      const key = words.map((w) => (w.prefix ? `${w.text}*` : w.text)).join(' ');
      const entry = byKey.get(key);
      if (entry) entry.values.push(valueAt(index));
      else byKey.set(key, { words, values: [valueAt(index)], order: index });
    }
    const pairs = new Map<number, Entry<T>[]>();
    const single: Entry<T>[] = [];
    for (const entry of byKey.values()) {
      const [first, second] = entry.words as [WordPattern, WordPattern | undefined];
      if (!first.prefix && second && !second.prefix) {
        const list = pairs.get(second.hash);
        if (list) list.push(entry);
        else pairs.set(second.hash, [entry]);
      } else single.push(entry);
    }
    // Longest first (then the earlier phrase), so the first entry that matches at a word is the longest match there.
    for (const list of pairs.values()) list.sort(byLength);
    bucket.pairs = pairs;
    bucket.single = single.sort(byLength);
  }
  const compiled = (bucket: Bucket<T> | undefined): Bucket<T> | undefined => {
    if (bucket && !bucket.single) compile(bucket);
    return bucket;
  };

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
      const exact = exactFilter[hash & FILTER_MASK] ? compiled(exactBuckets.get(hash)) : undefined;
      if (exact) {
        if (i + 1 < t.count && !((t.flags[i + 1] as number) & BREAK_BEFORE))
          best = firstMatch(exact.pairs?.get(t.hashes[i + 1] as number), t, i, best);
        best = firstMatch(exact.single, t, i, best);
      }
      const head = t.heads[i] as number;
      if (head !== -1 && prefixFilter[head & FILTER_MASK])
        best = firstMatch(compiled(prefixBuckets.get(head))?.single, t, i, best, true);
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

/** `createLazyPhraseMatcher` over a list of phrases and their values. */
export function createPhraseMatcher<T>(phrases: Iterable<readonly [phrase: string, value: T]>) {
  const list = [...phrases];
  return createLazyPhraseMatcher(
    list.map(([phrase]) => phrase),
    (index) => (list[index] as readonly [string, T])[1],
  );
}
