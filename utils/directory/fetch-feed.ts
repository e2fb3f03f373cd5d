import { parseFeedPage } from './feed-page';
import type { FeedFormat } from './import-report';
import { readFeedText } from './read-feed';

/** Every record of a feed, fetched page by page, with the validators to send on the next refresh. */
export interface FetchedFeed {
  format: FeedFormat;
  /** Every record, unless they were handed to `onRecords` page by page (then empty). */
  records: unknown[];
  recordCount: number;
  etag?: string;
  lastModified?: string;
}

/** What the last import saw, so an unchanged feed answers 304 and costs one request. */
export interface FeedValidators {
  etag?: string;
  lastModified?: string;
}

/** A feed with more pages than this is refused rather than fetched for ever. */
const MAX_PAGES = 2000;

async function request(url: string, fetchFn: typeof fetch, validators: FeedValidators = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json, text/csv;q=0.9, */*;q=0.5' };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  let response: Response;
  try {
    // no-store: the conditional headers are ours, so a 304 reaches this code instead of the HTTP cache's copy.
    response = await fetchFn(url, { headers, cache: 'no-store' });
  } catch {
    throw new Error(`Could not reach the directory feed at ${url}. Check the address and your connection.`);
  }
  if (!response.ok && response.status !== 304) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new Error(`The directory feed at ${url} answered ${status}.`);
  }
  return response;
}

async function json(response: Response, url: string): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new Error(`The directory feed at ${url} did not send JSON.`);
  }
}

/** A body that is CSV: said so by its type or address, or plain text whose first line has commas. */
function isCsv(type: string, url: string, body: string): boolean {
  if (/csv/i.test(type) || /\.csv(\?|$)/i.test(new URL(url).pathname)) return true;
  return /text\/plain/i.test(type) && /^[^\n{[<]*,/.test(body.replace(/^\uFEFF/, ''));
}

/** The address of page `page` of a paged feed: the first page's address with `page` set. */
export function pageUrl(url: string, page: number): string {
  const next = new URL(url);
  next.searchParams.set('page', String(page));
  return next.href;
}

/** Fetches one JSON document (a detail record); throws a plain-words Error. */
export async function fetchJson(url: string, fetchFn: typeof fetch = fetch): Promise<unknown> {
  return json(await request(url, fetchFn), url);
}

/**
 * Fetches a feed given as a bare JSON array, a paged ORUK API or a CSV, following its pages in order. With
 * validators from the last import, an unchanged feed answers `{ notModified: true }`. Throws an Error whose message
 * can be shown to the user as it is.
 */
export async function fetchFeed(
  url: string,
  fetchFn: typeof fetch = fetch,
  validators: FeedValidators = {},
  onRecords?: (records: unknown[]) => void,
): Promise<FetchedFeed | { notModified: true }> {
  const response = await request(url, fetchFn, validators);
  if (response.status === 304) return { notModified: true };
  const etag = response.headers.get('etag') ?? undefined;
  const lastModified = response.headers.get('last-modified') ?? undefined;
  const type = response.headers.get('content-type') ?? '';
  const body = await response.text();
  if (isCsv(type, url, body)) {
    const feed = readFeedText(url, body);
    onRecords?.(feed.records);
    const records = onRecords ? [] : feed.records;
    return { format: feed.format, records, recordCount: feed.records.length, etag, lastModified };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new Error(`The directory feed at ${url} did not send JSON.`);
  }
  const first = parseFeedPage(parsed);
  const records: unknown[] = [];
  let recordCount = 0;
  const deliver = (page: unknown[]) => {
    recordCount += page.length;
    if (onRecords) onRecords(page);
    else for (const record of page) records.push(record);
  };
  const totalPages = Math.min(first.totalPages, MAX_PAGES);
  const fetchPage = async (page: number) =>
    parseFeedPage(await json(await request(pageUrl(url, page), fetchFn), pageUrl(url, page)));
  // The next page downloads while this one is being read: the network and the normalising overlap.
  let next = first.page + 1;
  let pending = next <= totalPages ? fetchPage(next) : undefined;
  deliver(first.records);
  while (pending) {
    const page = await pending;
    next++;
    pending = page.records.length > 0 && next <= totalPages ? fetchPage(next) : undefined;
    deliver(page.records);
  }
  return { format: first.format, records, recordCount, etag, lastModified };
}
