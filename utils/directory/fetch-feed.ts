import { type FeedPage, parseFeedPage } from './feed-page';
import { type ByteBudget, FeedError, fetchLimited, type LimitedResponse } from './fetch-limited';
import { failureLead, followPages, type PagingResult } from './follow-pages';
import type { FeedFormat } from './import-report';
import { DEFAULT_LIMITS, type ImportLimits } from './limits';
import { readFeedText } from './read-feed';

/** Every record of a feed, fetched page by page, with the validators to send on the next refresh. */
export interface FetchedFeed {
  format: FeedFormat;
  /** Every record, unless they were handed to `onRecords` page by page (then empty). */
  records: unknown[];
  recordCount: number;
  etag?: string;
  lastModified?: string;
  /** Pages read, and why paging stopped early when it did (the pages read are kept). */
  paging: PagingResult;
}

/** What the last import saw, so an unchanged feed answers 304 and costs one request. */
export interface FeedValidators {
  etag?: string;
  lastModified?: string;
}

export interface FetchFeedOptions {
  fetchFn?: typeof fetch;
  validators?: FeedValidators;
  /** Called with each page's records; a promise it returns is awaited before the next page is handed over. */
  onRecords?: (records: unknown[]) => void | Promise<void>;
  limits?: ImportLimits;
}

const ACCEPT = 'application/json, text/csv;q=0.9, */*;q=0.5';

/** One request under the limits; an HTTP error status becomes a FeedError in plain words. */
async function request(
  url: string,
  fetchFn: typeof fetch,
  limits: ImportLimits,
  budget: ByteBudget,
  validators: FeedValidators = {},
): Promise<LimitedResponse> {
  const headers: Record<string, string> = { accept: ACCEPT };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const response = await fetchLimited(url, { fetchFn, limits, headers, budget });
  if (response.status < 200 || (response.status >= 300 && response.status !== 304)) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new FeedError('status', status, `The directory feed at ${url} answered ${status}.`);
  }
  return response;
}

/** A page's JSON, or a FeedError saying it is not JSON (the server answered; the page is bad). */
function json(text: string, url: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new FeedError('unreadable', 'it was not JSON', `The directory feed at ${url} did not send JSON.`);
  }
}

function page(text: string, url: string): FeedPage {
  try {
    return parseFeedPage(json(text, url));
  } catch (error) {
    if (error instanceof FeedError) throw error;
    const detail = error instanceof Error ? error.message.replace(/\.$/, '') : 'it was not a page of services';
    throw new FeedError('unreadable', detail, error instanceof Error ? error.message : detail);
  }
}

/** A body that is CSV: said so by its type or address, or plain text whose first line has commas. */
function isCsv(type: string, url: string, body: string): boolean {
  if (/csv/i.test(type) || /\.csv(\?|$)/i.test(new URL(url).pathname)) return true;
  const start = body.slice(0, 4096).replace(/^\uFEFF/, '');
  return /text\/plain/i.test(type) && /^(?:sep=.\r?\n)?[^\n{[<]*,/i.test(start);
}

/** A failure of the first request, as one sentence naming the feed. */
function firstPageFailure(error: unknown, url: string): unknown {
  if (!(error instanceof FeedError) || error.message !== error.detail) return error;
  if (error.kind === 'unreachable') {
    const why = error.detail === 'it could not be reached' ? '' : ` (${error.detail})`;
    return new FeedError(
      error.kind,
      error.detail,
      `Could not reach the directory feed at ${url}${why}. Check the address and your connection.`,
    );
  }
  if (error.kind === 'page-too-big' || error.kind === 'import-too-big') {
    return new FeedError(error.kind, error.detail, `The directory feed at ${url} was not read: ${error.detail}.`);
  }
  if (error.kind === 'cut-short') {
    return new FeedError(
      error.kind,
      error.detail,
      `The connection to the directory feed at ${url} broke before its first page was complete.`,
    );
  }
  const lead = failureLead(error.kind, error.detail).replace('The feed', `The directory feed at ${url}`);
  return new FeedError(error.kind, error.detail, `${lead} before its first page was complete (${error.detail}).`);
}

/** Fetches one JSON document (a detail record) under the default limits; throws a plain-words Error. */
export async function fetchJson(url: string, fetchFn: typeof fetch = fetch): Promise<unknown> {
  try {
    return json((await request(url, fetchFn, DEFAULT_LIMITS, { bytes: 0 })).text, url);
  } catch (error) {
    throw firstPageFailure(error, url);
  }
}

/**
 * Fetches a feed given as a bare JSON array, a paged ORUK API or a CSV, following its pages under the limits. With
 * validators from the last import, an unchanged feed answers `{ notModified: true }`. Throws an Error whose message
 * can be shown to the user as it is.
 */
export async function fetchFeed(
  url: string,
  { fetchFn = fetch, validators = {}, onRecords, limits = DEFAULT_LIMITS }: FetchFeedOptions = {},
): Promise<FetchedFeed | { notModified: true }> {
  const budget: ByteBudget = { bytes: 0 };
  let response: LimitedResponse;
  let first: FeedPage | undefined;
  try {
    response = await request(url, fetchFn, limits, budget, validators);
    if (response.status === 304) return { notModified: true };
    const type = response.headers.get('content-type') ?? '';
    if (!isCsv(type, url, response.text)) first = page(response.text, url);
  } catch (error) {
    throw firstPageFailure(error, url);
  }
  const etag = response.headers.get('etag') ?? undefined;
  const lastModified = response.headers.get('last-modified') ?? undefined;
  const records: unknown[] = [];
  const deliver = (batch: unknown[]) => {
    if (onRecords) return onRecords(batch);
    for (const record of batch) records.push(record);
  };
  if (!first) {
    const feed = readFeedText(url, response.text);
    first = { format: feed.format, records: feed.records, page: 1, totalPages: 1, paging: {} };
  }
  const fetchPage = async (address: string) => page((await request(address, fetchFn, limits, budget)).text, address);
  const paging = await followPages(url, first, fetchPage, deliver, limits);
  return { format: first.format, records, recordCount: paging.recordCount, etag, lastModified, paging };
}
