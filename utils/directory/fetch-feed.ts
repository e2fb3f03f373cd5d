import { type FeedFormat, parseFeedPage } from './feed-page';

/** Every record of a feed, fetched page by page. */
export interface FetchedFeed {
  format: FeedFormat;
  records: unknown[];
}

/** A feed with more pages than this is refused rather than fetched for ever. */
const MAX_PAGES = 2000;

async function fetchJson(url: string, fetchFn: typeof fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchFn(url, { headers: { accept: 'application/json' }, cache: 'no-cache' });
  } catch {
    throw new Error(`Could not reach the directory feed at ${url}. Check the address and your connection.`);
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new Error(`The directory feed at ${url} answered ${status}.`);
  }
  try {
    return await response.json();
  } catch {
    throw new Error(`The directory feed at ${url} did not send JSON.`);
  }
}

/** The address of page `page` of a paged feed: the first page's address with `page` set. */
export function pageUrl(url: string, page: number): string {
  const next = new URL(url);
  next.searchParams.set('page', String(page));
  return next.href;
}

/**
 * Fetches a feed given as a bare JSON array or a paged ORUK API, following its pages in order. Throws an Error
 * whose message can be shown to the user as it is.
 */
export async function fetchFeed(url: string, fetchFn: typeof fetch = fetch): Promise<FetchedFeed> {
  const first = parseFeedPage(await fetchJson(url, fetchFn));
  const records = [...first.records];
  const totalPages = Math.min(first.totalPages, MAX_PAGES);
  for (let page = first.page + 1; page <= totalPages; page++) {
    const next = parseFeedPage(await fetchJson(pageUrl(url, page), fetchFn));
    records.push(...next.records);
    if (next.records.length === 0) break;
  }
  return { format: first.format, records };
}
