// Scanning is the hot loop of need inference at import (every word of every service), hence the low-level code.

/**
 * The words of the text being matched. Most words are in no phrase, so a word's string is only built when a lookup
 * by its hash finds a candidate: hashing characters while scanning is much cheaper than creating and hashing a
 * string per word. The arrays are reused from text to text (matching is synchronous), so scanning allocates nothing.
 */
export interface Tokens {
  source: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  /** The first three characters, for prefix phrases (-1 if the word is shorter). */
  heads: Int32Array;
  /** Bit 1: a sentence break (. ! ? ; : or a new line) comes before the word. Bits 2 and 4: apostrophe, capitals. */
  flags: Uint8Array;
  words: (string | undefined)[];
}

export const BREAK_BEFORE = 1;
const HAS_APOSTROPHE = 2;
const HAS_CAPITALS = 4;
const APOSTROPHE = /['’]/g;
const ACCENT = /[\u0300-\u036f]/g;
/** Shortest stem a `*` phrase may have. */
export const MIN_PREFIX = 3;
// As a signed 32-bit value, so the running hash stays an integer in V8 rather than a boxed double.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
// Hashes and heads are kept to 30 bits so V8 stores them as small integers, which Map lookups need to be fast.
const SMALL = 0x3fffffff;

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

// Punctuation that ends a clause: no phrase may run across it.
function isBreak(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 10 || c === 13 || c === 124 || c === 0x2022;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

function headOf(a: number, b: number, c: number): number {
  return ((a << 20) ^ (b << 10) ^ c) & SMALL;
}

/** Hash and head of a word that is already normalised (lower case, no apostrophes or accents). */
export function hashWord(word: string): { hash: number; head: number } {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  const head = word.length >= MIN_PREFIX ? headOf(word.charCodeAt(0), word.charCodeAt(1), word.charCodeAt(2)) : -1;
  return { hash: hash & SMALL, head };
}

/** A word as the matcher compares it: lower case, no apostrophes ("can't" = "cant"), no accents ("café" = "cafe"). */
function normaliseWord(raw: string): string {
  return raw.toLowerCase().replace(APOSTROPHE, '').normalize('NFD').replace(ACCENT, '');
}

function allocate(capacity: number): Tokens {
  const words: (string | undefined)[] = new Array(capacity).fill(undefined);
  return {
    source: '',
    count: 0,
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    hashes: new Int32Array(capacity),
    heads: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
    words,
  };
}

/**
 * A scanner with arrays of its own, reused from text to text: what it returns is valid until its next call. The
 * phrase matcher compiles phrases with a second scanner while the text being matched still holds the first.
 */
export function createScanner(): (source: string) => Tokens {
  let scratch = allocate(256);
  return (source) => {
    // A text has at most one word per two characters, so this capacity is never exceeded.
    if (scratch.starts.length < (source.length >> 1) + 1) scratch = allocate((source.length >> 1) + 1);
    return scan(source, scratch);
  };
}

/**
 * Splits text into words with a hand-written scanner that hashes as it goes: at import this runs over every
 * service, and a character loop is several times faster than a tokenising regex. Web and email addresses
 * ("creativeyouthnetwork.org", "info@foodbank.org.uk") are skipped whole: their words say nothing about a service.
 */
export const scanWords = createScanner();

function scan(source: string, t: Tokens): Tokens {
  t.source = source;
  t.count = 0;
  const n = source.length;
  let pendingBreak = false;
  let i = 0;
  while (i < n) {
    let c = source.charCodeAt(i);
    if (!isWordChar(c)) {
      if (isBreak(c)) pendingBreak = true;
      i++;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    let plain = true;
    let apostrophe = false;
    let capitals = false;
    let length = 0;
    let a = 0;
    let b = 0;
    let d = 0;
    while (i < n) {
      c = source.charCodeAt(i);
      if (isApostrophe(c) && i + 1 < n && isWordChar(source.charCodeAt(i + 1))) {
        apostrophe = true;
        i++;
        continue;
      }
      if (!isWordChar(c)) break;
      if (c >= 65 && c <= 90) {
        c += 32;
        capitals = true;
      } else if (c > 127) plain = false;
      hash = Math.imul(hash ^ c, FNV_PRIME);
      if (length === 0) a = c;
      else if (length === 1) b = c;
      else if (length === 2) d = c;
      length++;
      i++;
    }
    const next = i < n ? source.charCodeAt(i) : 32;
    const after = i + 1 < n ? source.charCodeAt(i + 1) : 32;
    if (((next === 46 || next === 64) && isWordChar(after)) || (next === 58 && after === 47)) {
      while (i < n && !isSpace(source.charCodeAt(i))) i++;
      pendingBreak = true;
      continue;
    }
    const k = t.count++;
    t.starts[k] = start;
    t.ends[k] = i;
    t.flags[k] = (pendingBreak ? BREAK_BEFORE : 0) | (apostrophe ? HAS_APOSTROPHE : 0) | (capitals ? HAS_CAPITALS : 0);
    if (plain) {
      t.hashes[k] = hash & SMALL;
      t.heads[k] = length >= MIN_PREFIX ? headOf(a, b, d) : -1;
      t.words[k] = undefined;
    } else {
      // Accented words are rare: normalise the string and hash that instead.
      const word = normaliseWord(source.slice(start, i));
      const hashed = hashWord(word);
      t.hashes[k] = hashed.hash;
      t.heads[k] = hashed.head;
      t.words[k] = word;
    }
    pendingBreak = false;
  }
  return t;
}

/** Word `k` of the scanned text, normalised; built on first use. */
export function wordAt(t: Tokens, k: number): string {
  let word = t.words[k];
  if (word === undefined) {
    const flags = t.flags[k] as number;
    word = t.source.slice(t.starts[k], t.ends[k]);
    if (flags & HAS_CAPITALS) word = word.toLowerCase();
    if (flags & HAS_APOSTROPHE) word = word.replace(APOSTROPHE, '');
    t.words[k] = word;
  }
  return word;
}
