import { isObject, list, text } from './narrow';

/**
 * Whether a list record lacks what a detail record carries (ORUK v1 lists have no locations, schedules, contacts
 * or taxonomy).
 */
export function isThinRecord(record: unknown): boolean {
  if (!isObject(record)) return false;
  const rich = ['service_at_locations', 'regular_schedules', 'schedules', 'contacts', 'phones', 'locations'];
  return rich.every((field) => list(record[field]).length === 0);
}

/**
 * The address of a record's detail, `…/services/{id}`, when the feed is an API whose list lives at `…/services`;
 * undefined for anything else (a static JSON file has no detail to fetch).
 */
export function detailUrl(listUrl: string, record: unknown): { feedId: string; url: string } | undefined {
  const feedId = isObject(record) ? text(record.id) : undefined;
  if (!feedId) return undefined;
  let url: URL;
  try {
    url = new URL(listUrl);
  } catch {
    return undefined;
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (!/\/services$/i.test(path)) return undefined;
  return { feedId, url: `${url.origin}${path}/${encodeURIComponent(feedId)}` };
}
