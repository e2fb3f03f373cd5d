import type { FeedPage } from './feed-page';
import { FeedError } from './fetch-limited';
import type { ImportLimits } from './limits';
import { isObject } from './narrow';

/** How the paging went: pages read, the total the feed claimed, and why it stopped early if it did. */
export interface PagingResult {
  pages: number;
  /** The page count the feed claimed, when it claimed one. */
  claimedPages?: number;
  recordCount: number;
  /** Plain words when paging stopped before the feed said it ended; the pages read are kept. */
  stopped?: string;
}

/** The address of page `page` of a paged feed: the first page's address with `page` set. */
export function pageUrl(url: string, page: number): string {
  const next = new URL(url);
  next.searchParams.set('page', String(page));
  return next.href;
}

/** What a page looks like, to notice a server that sends the same page again whatever is asked. */
function signature(page: FeedPage): string {
  const id = (record: unknown) => (isObject(record) ? String(record.id) : typeof record);
  return `${page.records.length}|${id(page.records[0])}|${id(page.records.at(-1))}`;
}

/** Where the page after `page` is, or undefined when the feed has ended. Trusts no single claim. */
function nextAddress(page: FeedPage, url: string, requested: number): string | undefined {
  const { paging } = page;
  if (page.records.length === 0 || paging.last === true) return undefined;
  const number = paging.number ?? requested;
  if (paging.totalPages !== undefined && number >= paging.totalPages) return undefined;
  if (paging.next) {
    try {
      const next = new URL(paging.next, url);
      if (next.protocol === 'http:' || next.protocol === 'https:') return next.href;
    } catch {
      // An unusable link: fall back to numbering.
    }
  }
  if (paging.totalPages !== undefined || paging.last === false) return pageUrl(url, number + 1);
  return undefined;
}

function pagesText(done: number, claimed: number | undefined): string {
  const of = claimed !== undefined && claimed >= done ? ` of ${claimed.toLocaleString('en-GB')}` : '';
  return `${done.toLocaleString('en-GB')}${of} page${done === 1 && !of ? '' : 's'}`;
}

/** Kinds of page fault that stop the paging but keep the good pages: the server answered, the page was bad. */
const BAD_PAGE = new Set(['unreadable', 'page-too-big']);

/**
 * Follows a feed's pages from the first: `last`, `totalPages`/`total_pages`, `next` links and an empty page each end
 * it. A page that repeats an earlier one, a page number that does not advance, a page that cannot be read, or a cap
 * (pages, records, bytes) stops it early: the pages read so far are delivered and the reason is returned in plain
 * words. A request that fails outright (no answer, stalled, cut off) throws a FeedError saying how far it got.
 */
export async function followPages(
  url: string,
  first: FeedPage,
  fetchPage: (address: string) => Promise<FeedPage>,
  deliver: (records: unknown[]) => void | Promise<void>,
  limits: ImportLimits,
): Promise<PagingResult> {
  const seen = new Map<string, number>([[signature(first), 1]]);
  let page = first;
  let requested = first.paging.number ?? 1;
  let pages = 1;
  let recordCount = 0;
  let claimedPages = first.paging.totalPages;
  let stopped: string | undefined;
  for (;;) {
    const address = nextAddress(page, url, requested);
    const atCap = address !== undefined && pages >= limits.pages;
    // The next page downloads while this one is being read: the network and the normalising overlap.
    const pending = address && !atCap ? fetchPage(address) : undefined;
    pending?.catch(() => {});
    const room = limits.records - recordCount;
    const records = page.records.length > room ? page.records.slice(0, room) : page.records;
    recordCount += records.length;
    await deliver(records);
    if (records.length < page.records.length) {
      stopped = `it has more than ${limits.records.toLocaleString('en-GB')} records, the limit per import; the first ${limits.records.toLocaleString('en-GB')} were read`;
      break;
    }
    if (atCap) {
      stopped = `it has more than ${limits.pages.toLocaleString('en-GB')} pages, the limit per import; the first ${pages.toLocaleString('en-GB')} were read`;
      break;
    }
    if (!pending) break;
    let next: FeedPage;
    try {
      next = await pending;
    } catch (error) {
      if (error instanceof FeedError && (BAD_PAGE.has(error.kind) || error.kind === 'import-too-big')) {
        stopped = `page ${pages + 1} could not be used (${error.detail}); the ${pagesText(pages, undefined)} before it ${pages === 1 ? 'was' : 'were'} kept`;
        break;
      }
      throw atPage(error, pages, claimedPages);
    }
    pages++;
    const previousNumber = page.paging.number;
    requested = (previousNumber ?? requested) + 1;
    const repeat = seen.get(signature(next));
    if (repeat !== undefined && next.records.length > 0) {
      stopped = `page ${pages} repeats page ${repeat}, so paging stopped there`;
      break;
    }
    if (next.paging.number !== undefined && previousNumber !== undefined && next.paging.number <= previousNumber) {
      stopped = `page ${pages} calls itself page ${next.paging.number}, after page ${previousNumber}, so paging stopped there`;
      break;
    }
    seen.set(signature(next), pages);
    claimedPages = next.paging.totalPages ?? claimedPages;
    page = next;
  }
  return { pages, claimedPages, recordCount, stopped };
}

/** A request failure on page `done + 1`, reworded to say how many pages had arrived. */
function atPage(error: unknown, done: number, claimed: number | undefined): unknown {
  if (!(error instanceof FeedError)) return error;
  const after = `after ${pagesText(done, claimed)}`;
  const why = error.kind === 'status' || error.kind === 'cut-short' ? '' : ` (${error.detail})`;
  return new FeedError(error.kind, error.detail, `${failureLead(error.kind, error.detail)} ${after}${why}.`);
}

/** The first words of a failure sentence, by kind. */
export function failureLead(kind: FeedError['kind'], detail: string): string {
  switch (kind) {
    case 'idle':
      return 'The feed stopped sending';
    case 'timeout':
      return 'The feed was too slow';
    case 'cut-short':
      return 'The connection to the feed broke';
    case 'status':
      return `The feed answered ${detail}`;
    default:
      return 'The feed could not be read';
  }
}
