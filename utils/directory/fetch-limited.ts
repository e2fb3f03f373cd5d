import { bytesText, type ImportLimits, secondsText } from './limits';

/** How a request went wrong, so the caller can say what happened and decide what to keep. */
export type FeedErrorKind =
  | 'unreachable'
  | 'status'
  | 'timeout'
  | 'idle'
  | 'cut-short'
  | 'page-too-big'
  | 'import-too-big'
  | 'unreadable';

/** A failure whose `detail` is plain words ("no data for 30 s"); `message` is a whole sentence. */
export class FeedError extends Error {
  constructor(
    readonly kind: FeedErrorKind,
    readonly detail: string,
    message = detail,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

/** Bytes read so far by one import, shared by its requests. */
export interface ByteBudget {
  bytes: number;
}

export interface LimitedResponse {
  status: number;
  statusText: string;
  headers: Headers;
  /** The decoded body; empty for 304 and error statuses. */
  text: string;
}

interface LimitedOptions {
  fetchFn: typeof fetch;
  limits: ImportLimits;
  headers?: Record<string, string>;
  budget?: ByteBudget;
}

/** Why fetch itself failed, in words: redirect loops are common enough to name. */
function unreachable(error: unknown): FeedError {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  if (/redirect/i.test(cause)) return new FeedError('unreachable', 'it redirected too many times');
  return new FeedError('unreachable', 'it could not be reached');
}

/**
 * One GET under the import's limits: a total time, an idle time reset by every chunk (so a server that never sends
 * headers, or stalls mid-body, is given up on), and byte caps counted while the body streams in, after
 * decompression (so a gzip bomb is stopped at the cap, never inflated whole). Every failure is a FeedError.
 * The abort is raced against each await as well, so a fetch that ignores its signal cannot hang the import.
 */
export async function fetchLimited(url: string, options: LimitedOptions): Promise<LimitedResponse> {
  const { fetchFn, limits, headers = {}, budget = { bytes: 0 } } = options;
  const controller = new AbortController();
  let reason: FeedError | undefined;
  let rejectAbort: (error: FeedError) => void = () => {};
  const aborted = new Promise<never>((_, reject) => {
    rejectAbort = reject;
  });
  aborted.catch(() => {});
  const stop = (error: FeedError) => {
    reason ??= error;
    controller.abort();
    rejectAbort(reason);
  };
  const total = setTimeout(
    () => stop(new FeedError('timeout', `a request took longer than ${secondsText(limits.requestMs)}`)),
    limits.requestMs,
  );
  let idle: ReturnType<typeof setTimeout> | undefined;
  const poke = () => {
    clearTimeout(idle);
    idle = setTimeout(() => stop(new FeedError('idle', `no data for ${secondsText(limits.idleMs)}`)), limits.idleMs);
  };
  poke();
  try {
    let response: Response;
    try {
      // no-store: conditional headers are ours, so a 304 reaches this code instead of the HTTP cache's copy.
      const request = fetchFn(url, { headers, cache: 'no-store', signal: controller.signal });
      response = await Promise.race([request, aborted]);
    } catch (error) {
      throw reason ?? unreachable(error);
    }
    poke();
    const meta = { status: response.status, statusText: response.statusText, headers: response.headers };
    if (!response.ok) {
      response.body?.cancel().catch(() => {});
      return { ...meta, text: '' };
    }
    const text = await readBody(response, limits, budget, poke, stop, aborted);
    return { ...meta, text };
  } catch (error) {
    throw reason ?? (error instanceof FeedError ? error : new FeedError('cut-short', 'the connection broke'));
  } finally {
    clearTimeout(total);
    clearTimeout(idle);
  }
}

/** Reads a body chunk by chunk, counting decompressed bytes; never holds more than the page cap. */
async function readBody(
  response: Response,
  limits: ImportLimits,
  budget: ByteBudget,
  poke: () => void,
  stop: (error: FeedError) => void,
  aborted: Promise<never>,
): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  // Bytes are kept and decoded at the end, in small pieces (see decodeChunks); what is held is capped at the page limit.
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      poke();
      bytes += value.byteLength;
      budget.bytes += value.byteLength;
      const over =
        bytes > limits.pageBytes
          ? new FeedError('page-too-big', `a page was over ${bytesText(limits.pageBytes)}, the limit per page`)
          : budget.bytes > limits.importBytes
            ? new FeedError(
                'import-too-big',
                `the feed was over ${bytesText(limits.importBytes)}, the limit per import`,
              )
            : undefined;
      if (over) {
        stop(over);
        throw over;
      }
      chunks.push(value);
    }
  } catch (error) {
    reader.cancel().catch(() => {});
    throw error instanceof FeedError
      ? error
      : new FeedError('cut-short', 'the connection broke before a page was complete');
  }
  return decodeChunks(chunks);
}

/** Bytes decoded per call: Chromium decodes a 2.5 MB buffer in one call about ten times slower than in 64 KB pieces. */
const DECODE_PIECE = 64 * 1024;

/** The UTF-8 text of a body's chunks, decoded a piece at a time (a character split across pieces is kept whole). */
function decodeChunks(chunks: Uint8Array[]): string {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (const chunk of chunks) {
    for (let at = 0; at < chunk.byteLength; at += DECODE_PIECE) {
      parts.push(decoder.decode(chunk.subarray(at, at + DECODE_PIECE), { stream: true }));
    }
  }
  parts.push(decoder.decode());
  chunks.length = 0;
  return parts.join('');
}
