import { isObject, type JsonObject, list } from '../../../../utils/directory/narrow';
import { normaliseText } from './normalise-text';

/** `vocabulary:code` for one term; the code alone when the feed names no vocabulary. */
function term(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const code = normaliseText(value.code) ?? normaliseText(value.id);
  if (!code) return undefined;
  const detail = isObject(value.taxonomy_detail) ? value.taxonomy_detail : {};
  const vocabulary = normaliseText(value.vocabulary) ?? normaliseText(value.taxonomy) ?? normaliseText(detail.name);
  return vocabulary ? `${vocabulary}:${code}` : code;
}

/**
 * Taxonomy terms as `vocabulary:code` (e.g. `esdNeed:69`): v1 `service_taxonomys[].taxonomy`, 3.0
 * `attributes[].taxonomy_term` and `taxonomy_terms[]`. Need mapping reads these later.
 */
export function normaliseTaxonomy(record: JsonObject): string[] {
  const terms = [
    ...list(record.service_taxonomys).map((link) => (isObject(link) ? term(link.taxonomy) : undefined)),
    ...list(record.attributes).map((attribute) => (isObject(attribute) ? term(attribute.taxonomy_term) : undefined)),
    ...list(record.taxonomy_terms).map(term),
  ];
  return [...new Set(terms.filter((t): t is string => t !== undefined))];
}
