const HEX_CODES = Array.from('0123456789abcdef', (char) => char.charCodeAt(0));
// Scratch buffer for uuid(); the dashes never change.
const UUID_CODES = Array.from('00000000-0000-4000-8000-000000000000', (char) => char.charCodeAt(0));

/** One option and how often it should come up, relative to the others in its list. */
export type Weighted<T> = readonly [value: T, weight: number];

/**
 * A seeded pseudo-random source (mulberry32: 32 bits of state, fast, good enough for test data) with the small
 * helpers the benchmark generators need. The same seed always yields the same sequence, so a benchmark run can be
 * repeated exactly; `Math.random` is never used.
 */
export class Random {
  private state: number;

  constructor(seed = 1) {
    this.state = seed >>> 0;
  }

  /** An unsigned 32-bit integer. */
  uint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A uniformly chosen item; throws on an empty list because that is a bug in the caller's data. */
  pick<T>(items: readonly T[]): T {
    return this.at(items, Math.floor(this.next() * items.length));
  }

  /**
   * An item biased towards the start of the list (index ∝ r^power), so that lists ordered from common to rare give
   * the long-tailed frequencies real directories have: a few organisations and names everywhere, most seen once.
   */
  skewed<T>(items: readonly T[], power = 2): T {
    return this.at(items, Math.floor(this.next() ** power * items.length));
  }

  /** An option chosen in proportion to its weight. */
  weighted<T>(options: readonly Weighted<T>[]): T {
    let total = 0;
    for (const [, weight] of options) total += weight;
    let r = this.next() * total;
    for (const [value, weight] of options) {
      r -= weight;
      if (r < 0) return value;
    }
    return this.at(options, options.length - 1)[0];
  }

  /** Up to `n` distinct items, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) {
      const index = Math.floor(this.next() * pool.length);
      out.push(this.at(pool, index));
      pool[index] = this.at(pool, pool.length - 1);
      pool.pop();
    }
    return out;
  }

  /** A random version-4-shaped UUID, like the ids in ORUK feeds. */
  uuid(): string {
    // Built from character codes in one go: a 50,000-record directory holds ~500,000 ids, and joining pieces with
    // `+` would keep each one as a tree of string fragments, several times the memory of a flat string.
    const codes = UUID_CODES;
    let word = 0;
    for (let i = 0, nibble = 0; i < 36; i++) {
      if (i === 8 || i === 13 || i === 18 || i === 23) continue;
      if (nibble % 8 === 0) word = this.uint32();
      const value = i === 14 ? 4 : i === 19 ? 8 | (word & 3) : word & 15;
      codes[i] = HEX_CODES[value] ?? 48;
      word >>>= 4;
      nibble++;
    }
    return String.fromCharCode(...codes);
  }

  private at<T>(items: readonly T[], index: number): T {
    const item = items[index];
    if (item === undefined) throw new RangeError(`No item at ${index} of ${items.length}`);
    return item;
  }
}
