import Fuse from 'fuse.js';
import { soundsLike } from './everyday-words';

/** A dictionary word a query word may stand for, and how sure the match is (1 = the word itself). */
export interface WordMatch {
  word: string;
  /** 0..1: 1 exact, less for a prefix or a typo correction. */
  strength: number;
  kind: 'exact' | 'prefix' | 'typo' | 'related';
}

const PREFIX_LIMIT = 40;
const TYPO_LIMIT = 3;
const TYPO_MIN_LENGTH = 4;
/** One edit in a four-letter word ("dept" → debt) is 0.75; two in a six-letter one are 0.67. */
const MIN_SIMILARITY = 0.66;
/** How common a known word (need vocabulary, everyday English) counts as, when ranking look-alikes. */
const KNOWN_USES = 100;

/** Edits (insert, delete, substitute, swap two neighbours) between two words: optimal string alignment distance. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Uint8Array(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (d[(i - 1) * cols + j] ?? 0) + 1,
        (d[i * cols + j - 1] ?? 0) + 1,
        (d[(i - 1) * cols + j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (d[(i - 2) * cols + j - 2] ?? 0) + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1] ?? 0;
}

/**
 * Finds the dictionary words a typed word may mean: itself, words it begins (while typing), or close spellings.
 * Typos go through fuse.js over the distinct words, one Fuse per first letter: scanning a few thousand words is
 * quick where scanning every service was not (see docs/search.md). The price: a wrong first letter is not forgiven.
 */
export class WordLookup {
  private readonly buckets = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, WordMatch[]>();

  /**
   * @param words Sorted distinct words.
   * @param frequency How many documents use a word: corrections prefer common words ("housng" → housing, not a rare
   *   look-alike), prefixes list common words first.
   * @param known Words that are words in their own right (the need vocabulary, everyday English): never offered
   *   corrections, however rare in the directory ("ruining" is not a typo of "running").
   */
  constructor(
    private readonly words: string[],
    private readonly frequency: (word: string) => number,
    private readonly known: ReadonlySet<string> = new Set(),
  ) {}

  /** Position of the first word ≥ `word`. */
  private lowerBound(word: string): number {
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.words[middle] ?? '') < word) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  has(word: string): boolean {
    return this.words[this.lowerBound(word)] === word;
  }

  private prefixes(word: string): WordMatch[] {
    const found: WordMatch[] = [];
    for (let i = this.lowerBound(word); i < this.words.length; i++) {
      const candidate = this.words[i] ?? '';
      if (!candidate.startsWith(word)) break;
      if (candidate !== word) found.push({ word: candidate, strength: 0.9, kind: 'prefix' });
    }
    if (found.length <= PREFIX_LIMIT) return found;
    return found.sort((a, b) => this.frequency(b.word) - this.frequency(a.word)).slice(0, PREFIX_LIMIT);
  }

  private bucket(letter: string): Fuse<string> {
    let fuse = this.buckets.get(letter);
    if (!fuse) {
      const start = this.lowerBound(letter);
      const end = this.lowerBound(String.fromCharCode(letter.charCodeAt(0) + 1));
      fuse = new Fuse(this.words.slice(start, end), { includeScore: true, threshold: 0.34, ignoreLocation: true });
      this.buckets.set(letter, fuse);
    }
    return fuse;
  }

  private typos(word: string): WordMatch[] {
    if (word.length < TYPO_MIN_LENGTH || /\d/.test(word)) return [];
    const hits = this.bucket(word.charAt(0)).search(word, { limit: 12 });
    // Fuse finds the candidates; edit distance ranks them, because Fuse scores a word found inside a longer one as
    // well as a close spelling ("hous" in "household").
    const ranked = hits
      .map((hit) => {
        const edits = editDistance(word, hit.item);
        const similarity = 1 - edits / Math.max(word.length, hit.item.length);
        // A need word counts as common however rarely the directory uses it: "pregnent" is pregnant, not present.
        const uses = this.known.has(hit.item)
          ? Math.max(this.frequency(hit.item), KNOWN_USES)
          : this.frequency(hit.item);
        const commonness = Math.log10(10 + uses);
        return { word: hit.item, similarity, rank: similarity * commonness };
      })
      .filter((hit) => hit.similarity >= MIN_SIMILARITY && hit.word !== word)
      .sort((a, b) => b.rank - a.rank)
      .slice(0, TYPO_LIMIT);
    return ranked.map((hit) => ({ word: hit.word, strength: 0.8 * hit.similarity, kind: 'typo' as const }));
  }

  /**
   * The dictionary word that `word` is a regular form of ("evicting" → evict, "sited" → site, "worried" → worry),
   * if any. A word formed by the rules of English from a known word is a real word, not a typo to correct: it must
   * not become a look-alike ("evicting" is not "existing"). A misspelt form ("smokeing") follows no rule.
   */
  baseOf(word: string): string | undefined {
    const stems: string[] = [];
    const doubled = (stem: string) => (/([b-df-hj-np-tv-z])\1$/.test(stem) ? [stem.slice(0, -1)] : []);
    if (word.endsWith('ing') && word.length >= 6) {
      const stem = word.slice(0, -3);
      // "smokeing" is no form of smoke (the e is dropped), but "seeing" and "dyeing" keep theirs.
      if (!/[^eoy]e$/.test(stem)) stems.push(stem, ...doubled(stem));
      stems.push(`${stem}e`);
    } else if (word.endsWith('ed') && word.length >= 5) {
      const stem = word.slice(0, -2);
      if (!stem.endsWith('e')) stems.push(stem, ...doubled(stem));
      stems.push(word.slice(0, -1));
      if (stem.endsWith('i')) stems.push(`${stem.slice(0, -1)}y`);
    }
    return stems.find((stem) => stem.length >= 3 && this.has(stem));
  }

  /**
   * Close spellings of `word` even when it is a known word: the safety reading checks each ("violent" may be a
   * slip for "violence"), so a notice is never lost to the rule that keeps known words as typed.
   */
  lookAlikes(word: string): string[] {
    if (!this.known.has(word))
      return this.lookup(word, false)
        .filter((m) => m.kind === 'typo')
        .map((m) => m.word);
    // As for any word: one the directory uses often ("refugee") is not a slip for a look-alike ("refuge").
    if (this.has(word) && this.frequency(word) > 2) return [];
    // A known word is only read as another form of itself ("violent" → violence), never as a different word that
    // looks alike ("sacked" is not "stalked").
    const stem = word.slice(0, Math.min(5, word.length - 1));
    return this.typos(word)
      .map((match) => match.word)
      .filter((alike) => alike.startsWith(stem));
  }

  /**
   * What `word` may mean. `partial` (the word being typed) adds the words it begins — `typed`, as typed before
   * the plural strip, begins them —; below three letters only those, since a two-letter "typo" matches nearly anything.
   */
  lookup(word: string, partial: boolean, typed = word): WordMatch[] {
    const key = `${partial ? 'p' : 'w'}:${word}:${typed}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const matches: WordMatch[] = [];
    const exact = this.has(word);
    if (exact) matches.push({ word, strength: 1, kind: 'exact' });
    // A word begun is what was typed, not its index form: "shops" does not begin "shopmobility", though "shop" does.
    if (partial) matches.push(...this.prefixes(word).filter((match) => match.word.startsWith(typed)));
    const heard = soundsLike[word];
    const base = exact || this.known.has(word) ? undefined : this.baseOf(word);
    if (heard && this.has(heard)) {
      // "partially sited": a real word typed for the need word it sounds like.
      matches.push({ word: heard, strength: 0.9, kind: 'typo' });
    } else if (base) {
      // A regular form of a directory word ("evicting") matches that word, and is not a typo of a look-alike.
      matches.push({ word: base, strength: 0.9, kind: 'related' });
    } else if ((!partial || word.length >= TYPO_MIN_LENGTH) && !this.known.has(word)) {
      // A word the directory lacks, or uses only once or twice, may be a misspelling of a common one ("dept").
      if (!exact || this.frequency(word) <= 2) {
        const known = new Set(matches.map((match) => match.word));
        matches.push(...this.typos(word).filter((match) => !known.has(match.word)));
      }
    }
    if (this.cache.size > 500) this.cache.clear();
    this.cache.set(key, matches);
    return matches;
  }
}
