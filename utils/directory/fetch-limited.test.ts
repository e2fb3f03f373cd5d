import { describe, expect, it } from 'vitest';
import { fetchLimited } from './fetch-limited';
import { DEFAULT_LIMITS } from './limits';

/** A fetch answering with these byte chunks as its streamed body. */
function streaming(chunks: Uint8Array[]): typeof fetch {
  return async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(chunk);
          controller.close();
        },
      }),
    );
}

describe('fetchLimited', () => {
  it('decodes a body whose multi-byte characters straddle chunks and decoding pieces', async () => {
    // 64 KB pieces: put a '£' (2 bytes) and a '’' (3 bytes) across the piece boundary and a chunk boundary.
    const text = `${'a'.repeat(65_535)}£${'b'.repeat(70_000)}’${'c'.repeat(10)}é`;
    const bytes = new TextEncoder().encode(text);
    const cut = 65_536 + 2 + 70_000 + 1;
    const outcome = await fetchLimited('https://feed.test/', {
      fetchFn: streaming([bytes.subarray(0, cut), bytes.subarray(cut, cut + 5), bytes.subarray(cut + 5)]),
      limits: DEFAULT_LIMITS,
    });
    expect(outcome.text.length).toBe(text.length);
    expect(outcome.text).toBe(text);
  });

  it('still stops a body at the page cap while it streams', async () => {
    const chunk = new Uint8Array(1000).fill(0x61);
    const fetchFn = streaming(Array.from({ length: 20 }, () => chunk));
    const limits = { ...DEFAULT_LIMITS, pageBytes: 5000 };
    await expect(fetchLimited('https://feed.test/', { fetchFn, limits })).rejects.toMatchObject({
      kind: 'page-too-big',
    });
  });
});
