import type { FeedFormat } from './import-report';
import { isObject, list, num } from './narrow';

/** One page of a feed: its records and where it sits among the pages. */
export interface FeedPage {
  format: FeedFormat;
  records: unknown[];
  /** 1-based; 1 for a bare array. */
  page: number;
  totalPages: number;
  /** What the page itself says, each only when it says it: how paging is followed without trusting any one. */
  paging: PagingHints;
}

/** A page's own claims about paging. Any may be missing, wrong or contradict the others. */
export interface PagingHints {
  number?: number;
  totalPages?: number;
  last?: boolean;
  /** A `next` link, as given (may be relative). */
  next?: string;
}

/** A `next` link where APIs put one: `next`, `links.next`, `_links.next.href`. */
function nextLink(json: Record<string, unknown>): string | undefined {
  const holders = [json, json.links, json._links];
  for (const holder of holders) {
    if (!isObject(holder)) continue;
    const next = isObject(holder.next) ? holder.next.href : holder.next;
    if (typeof next === 'string' && next.trim()) return next.trim();
  }
  return undefined;
}

function hints(json: Record<string, unknown>, number: unknown, total: unknown, last: unknown): PagingHints {
  return {
    number: num(number),
    totalPages: num(total),
    last: typeof last === 'boolean' ? last : undefined,
    next: nextLink(json),
  };
}

/**
 * Reads a feed response: a bare JSON array of services, an ORUK v1 page
 * `{totalElements,totalPages,number,size,first,last,content}` or an ORUK/HSDS 3.0 page
 * `{total_items,total_pages,page_number,size,first_page,last_page,empty,contents}`. Real feeds omit fields, so
 * only the record list is required. Throws a plain-words Error for anything else.
 */
export function parseFeedPage(json: unknown): FeedPage {
  if (Array.isArray(json)) return { format: 'oruk-v1', records: json, page: 1, totalPages: 1, paging: {} };
  if (!isObject(json)) throw new Error('The feed is not a list of services.');
  if (Array.isArray(json.content)) {
    return {
      format: 'oruk-v1',
      records: list(json.content),
      page: num(json.number) ?? 1,
      totalPages: json.last === true ? (num(json.number) ?? 1) : (num(json.totalPages) ?? 1),
      paging: hints(json, json.number, json.totalPages ?? json.total_pages, json.last),
    };
  }
  if (Array.isArray(json.contents)) {
    return {
      format: 'oruk-3.0',
      records: list(json.contents),
      page: num(json.page_number) ?? 1,
      totalPages: json.last_page === true ? (num(json.page_number) ?? 1) : (num(json.total_pages) ?? 1),
      paging: hints(json, json.page_number, json.total_pages ?? json.totalPages, json.last_page ?? json.last),
    };
  }
  // One full service record (an ORUK `/services/{id}` answer, or the standard's service_full.json example).
  if ('id' in json && 'name' in json)
    return { format: detectRecordFormat(json), records: [json], page: 1, totalPages: 1, paging: {} };
  throw new Error('The feed is JSON but has no list of services ("content" or "contents").');
}

/** A single record's format: 3.0 records carry 3.0-only fields such as `schedules` or `attributes`. */
function detectRecordFormat(record: Record<string, unknown>): FeedFormat {
  const v3 = ['schedules', 'attributes', 'fees_description', 'organization_id', 'service_areas'];
  return v3.some((field) => field in record) ? 'oruk-3.0' : 'oruk-v1';
}
