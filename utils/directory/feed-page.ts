import type { FeedFormat } from './import-report';
import { isObject, list, num } from './narrow';

/** One page of a feed: its records and where it sits among the pages. */
export interface FeedPage {
  format: FeedFormat;
  records: unknown[];
  /** 1-based; 1 for a bare array. */
  page: number;
  totalPages: number;
}

/**
 * Reads a feed response: a bare JSON array of services, an ORUK v1 page
 * `{totalElements,totalPages,number,size,first,last,content}` or an ORUK/HSDS 3.0 page
 * `{total_items,total_pages,page_number,size,first_page,last_page,empty,contents}`. Real feeds omit fields, so
 * only the record list is required. Throws a plain-words Error for anything else.
 */
export function parseFeedPage(json: unknown): FeedPage {
  if (Array.isArray(json)) return { format: 'oruk-v1', records: json, page: 1, totalPages: 1 };
  if (!isObject(json)) throw new Error('The feed is not a list of services.');
  if (Array.isArray(json.content)) {
    return {
      format: 'oruk-v1',
      records: list(json.content),
      page: num(json.number) ?? 1,
      totalPages: json.last === true ? (num(json.number) ?? 1) : (num(json.totalPages) ?? 1),
    };
  }
  if (Array.isArray(json.contents)) {
    return {
      format: 'oruk-3.0',
      records: list(json.contents),
      page: num(json.page_number) ?? 1,
      totalPages: json.last_page === true ? (num(json.page_number) ?? 1) : (num(json.total_pages) ?? 1),
    };
  }
  // One full service record (an ORUK `/services/{id}` answer, or the standard's service_full.json example).
  if ('id' in json && 'name' in json)
    return { format: detectRecordFormat(json), records: [json], page: 1, totalPages: 1 };
  throw new Error('The feed is JSON but has no list of services ("content" or "contents").');
}

/** A single record's format: 3.0 records carry 3.0-only fields such as `schedules` or `attributes`. */
function detectRecordFormat(record: Record<string, unknown>): FeedFormat {
  const v3 = ['schedules', 'attributes', 'fees_description', 'organization_id', 'service_areas'];
  return v3.some((field) => field in record) ? 'oruk-3.0' : 'oruk-v1';
}
