/** A result shown in the list, with the records of its organisation folded under it. */
export interface ResultGroup<T> {
  result: T;
  /** More records from the same organisation, in rank order, shown when the group is opened. */
  more: T[];
}

interface Groupable {
  service: { organisation?: string };
  hit: { moreFromOrganisation?: number };
}

/** Organisations are matched as the search index matches them: "Age UK Bristol" and "Age UK bristol" are one. */
function organisationKey(result: Groupable): string {
  return (result.service.organisation ?? '').trim().toLowerCase();
}

/**
 * Folds the records the search held back from the first page (a venue's dozens of sessions) under the card that
 * stands for their organisation, the one the search marked with `moreFromOrganisation`: every later result from
 * that organisation joins its group, in rank order. Everything else keeps its place.
 */
export function groupByOrganisation<T extends Groupable>(results: T[]): ResultGroup<T>[] {
  const groups: ResultGroup<T>[] = [];
  const open = new Map<string, ResultGroup<T>>();
  for (const result of results) {
    const key = organisationKey(result);
    const group = key ? open.get(key) : undefined;
    if (group) {
      group.more.push(result);
      continue;
    }
    const own: ResultGroup<T> = { result, more: [] };
    groups.push(own);
    if (key && (result.hit.moreFromOrganisation ?? 0) > 0) open.set(key, own);
  }
  return groups;
}
