import { describe, expect, it } from 'vitest';
import { encodePostings, lazyPostings, narrow, widen, widenStarts } from './index-codec';

/** Every word's postings, decoded. */
function decodePostings(coded: ReturnType<typeof encodePostings>, postingStart: Uint32Array, wide: boolean) {
  const { readPostings, ...postings } = lazyPostings(coded.bytes, postingStart, widenStarts(coded.byteLengths), wide);
  for (let word = 0; word + 1 < postingStart.length; word++) readPostings(word);
  return postings;
}

describe('the stored index codec', () => {
  it('gives back postings exactly: weights 0, 1 and 255, gaps of one and of several varint bytes, 32-bit documents', () => {
    const postingStart = Uint32Array.from([0, 4, 4, 7]);
    const postingDocs = Uint32Array.from([0, 1, 200, 3_000_000, 5, 16_384, 2_100_000]);
    const postingWeights = Uint8Array.from([1, 0, 255, 1, 10, 1, 2]);
    const coded = encodePostings(postingStart, postingDocs, postingWeights);
    const decoded = decodePostings(coded, postingStart, true);
    expect(decoded.postingDocs).toEqual(postingDocs);
    expect(decoded.postingWeights).toEqual(postingWeights);
    // Weight 1 costs no byte of its own: a first document 0 at weight 1 is one byte.
    expect(encodePostings(Uint32Array.from([0, 1]), Uint16Array.from([0]), Uint8Array.from([1])).bytes).toEqual(
      Uint8Array.from([0]),
    );
  });

  it("decodes a word's postings only when it is read, each word on its own", () => {
    const postingStart = Uint32Array.from([0, 2, 3]);
    const coded = encodePostings(postingStart, Uint16Array.from([4, 300, 7]), Uint8Array.from([1, 9, 2]));
    const lazy = lazyPostings(coded.bytes, postingStart, widenStarts(coded.byteLengths), false);
    lazy.readPostings(1);
    expect([...lazy.postingDocs]).toEqual([0, 0, 7]);
    expect([...lazy.postingWeights]).toEqual([0, 0, 2]);
    lazy.readPostings(0);
    lazy.readPostings(0);
    lazy.readPostings(5);
    expect([...lazy.postingDocs]).toEqual([4, 300, 7]);
    expect([...lazy.postingWeights]).toEqual([1, 9, 2]);
  });

  it('keeps 16-bit documents 16-bit, and refuses postings out of order', () => {
    const postingStart = Uint32Array.from([0, 3]);
    const docs = Uint16Array.from([2, 9, 65_535]);
    const decoded = decodePostings(encodePostings(postingStart, docs, Uint8Array.from([3, 1, 1])), postingStart, false);
    expect(decoded.postingDocs).toBeInstanceOf(Uint16Array);
    expect(decoded.postingDocs).toEqual(docs);
    expect(() => encodePostings(postingStart, Uint16Array.from([2, 2, 3]), Uint8Array.from([1, 1, 1]))).toThrow();
  });

  it('narrows 32-bit numbers to the smallest type they fit, and widens them back', () => {
    expect(narrow(Uint32Array.from([0, 255]))).toBeInstanceOf(Uint8Array);
    expect(narrow(Uint32Array.from([0, 256]))).toBeInstanceOf(Uint16Array);
    expect(narrow(Uint32Array.from([65_536]))).toBeInstanceOf(Uint32Array);
    for (const values of [[], [0, 255], [3, 65_535], [70_000, 1]]) {
      expect(widen(narrow(Uint32Array.from(values)))).toEqual(Uint32Array.from(values));
    }
    expect(widenStarts(Uint8Array.from([0, 3, 255]))).toEqual(Uint32Array.from([0, 0, 3, 258]));
    expect(widenStarts(Uint8Array.from([]))).toEqual(Uint32Array.from([0]));
  });
});
