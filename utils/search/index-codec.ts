/**
 * Compact forms of the search index's largest arrays, for storing: the panel reads the stored index from IndexedDB as
 * it opens, and Chromium takes about as long per megabyte to read a value as to decode these forms many times over
 * (measured: ~7 ms a megabyte just to turn the read value back into objects). Each `encode…` has a `decode…` that
 * gives back exactly the arrays it was given.
 */

/** Bytes written one at a time into a buffer that doubles as needed, then cut to length once. */
class ByteWriter {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;

  push(byte: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = byte;
  }

  /** `value` (a non-negative integer below 2^32) as a varint: 7 bits a byte, low bits first. */
  varint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.push((rest & 0x7f) | 0x80);
      rest = Math.floor(rest / 128);
    }
    this.push(rest);
  }

  get size(): number {
    return this.length;
  }

  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/**
 * Postings as bytes: each word's documents (ascending) as gaps from the previous one, doubled, plus 1 when a weight
 * other than 1 follows in the next byte (most postings are a single mention in a description, weight 1). About 2.7
 * bytes a posting become 1.4. Word boundaries stay in `postingStart`; `byteLengths` says how many bytes each word's
 * postings took, so one word's can be decoded without the others.
 */
export function encodePostings(
  postingStart: Uint32Array,
  postingDocs: Uint16Array | Uint32Array,
  postingWeights: Uint8Array,
): { bytes: Uint8Array; byteLengths: Uint32Array } {
  const out = new ByteWriter();
  const words = Math.max(0, postingStart.length - 1);
  const byteLengths = new Uint32Array(words);
  for (let word = 0; word < words; word++) {
    const from = out.size;
    let previous = -1;
    const end = postingStart[word + 1] ?? 0;
    for (let p = postingStart[word] ?? 0; p < end; p++) {
      const doc = postingDocs[p] ?? 0;
      const weight = postingWeights[p] ?? 0;
      // Documents are ascending within a word; a gap below 0 could not be coded (never built so).
      if (doc <= previous) throw new Error('Postings must be in ascending document order');
      out.varint((doc - previous - 1) * 2 + (weight === 1 ? 0 : 1));
      if (weight !== 1) out.push(weight);
      previous = doc;
    }
    byteLengths[word] = out.size - from;
  }
  return { bytes: out.finish(), byteLengths };
}

/**
 * The arrays `encodePostings` was given (16-bit documents when `wide` is false), each word's postings decoded only
 * when `readPostings(word)` is first called for it: a panel's first search reads a few words' postings of the tens of
 * thousands, and decoding them all took ~70 ms of the open at 50,000 services (profiled, under load). Until then a
 * word's entries read 0.
 */
export function lazyPostings(
  bytes: Uint8Array,
  postingStart: Uint32Array,
  byteStart: Uint32Array,
  wide: boolean,
): { postingDocs: Uint16Array | Uint32Array; postingWeights: Uint8Array; readPostings: (word: number) => void } {
  const total = postingStart[postingStart.length - 1] ?? 0;
  const postingDocs = wide ? new Uint32Array(total) : new Uint16Array(total);
  const postingWeights = new Uint8Array(total);
  const decoded = new Uint8Array(Math.max(0, postingStart.length - 1));
  function readPostings(word: number): void {
    if (decoded[word] !== 0 || word < 0 || word >= decoded.length) return;
    decoded[word] = 1;
    let at = byteStart[word] ?? 0;
    let doc = -1;
    const end = postingStart[word + 1] ?? 0;
    for (let p = postingStart[word] ?? 0; p < end; p++) {
      let byte = bytes[at++] ?? 0;
      let value = byte & 0x7f;
      let scale = 128;
      while (byte >= 0x80) {
        byte = bytes[at++] ?? 0;
        value += (byte & 0x7f) * scale;
        scale *= 128;
      }
      doc += (value >>> 1) + 1;
      postingDocs[p] = doc;
      postingWeights[p] = (value & 1) === 0 ? 1 : (bytes[at++] ?? 0);
    }
  }
  return { postingDocs, postingWeights, readPostings };
}

/** A 32-bit array in the narrowest unsigned type its values fit (widened back by `widen`). */
export function narrow(values: Uint32Array): Uint8Array | Uint16Array | Uint32Array {
  let max = 0;
  for (const value of values) if (value > max) max = value;
  if (max < 1 << 8) return Uint8Array.from(values);
  if (max < 1 << 16) return Uint16Array.from(values);
  return values;
}

export function widen(values: Uint8Array | Uint16Array | Uint32Array): Uint32Array {
  return values instanceof Uint32Array ? values : Uint32Array.from(values);
}

/** Run lengths back to starts (ascending offsets, the first 0). */
export function widenStarts(lengths: Uint8Array | Uint16Array | Uint32Array): Uint32Array {
  const starts = new Uint32Array(lengths.length + 1);
  let total = 0;
  for (let i = 0; i < lengths.length; i++) {
    total += lengths[i] ?? 0;
    starts[i + 1] = total;
  }
  return starts;
}
