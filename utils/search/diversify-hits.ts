/**
 * Reorders ranked documents so that no organisation takes more than `perOrganisation` of the first `top` places:
 * a venue listing dozens of similar sessions (or a council with a record per team) would otherwise fill the first
 * page. Those held back keep their order and follow straight after the first page; nothing is dropped. Returns, for
 * the last shown document of each crowded organisation, how many of its records were held back.
 */
export function diversifyHits<T extends { doc: number }>(
  ranked: T[],
  organisationOf: ArrayLike<number>,
  top = 10,
  perOrganisation = 2,
): { ordered: T[]; heldBack: Map<number, number> } {
  const first: T[] = [];
  const held: T[] = [];
  const shown = new Map<number, number>();
  const lastShown = new Map<number, number>();
  const heldBack = new Map<number, number>();
  for (const item of ranked) {
    const organisation = organisationOf[item.doc] ?? 0;
    const count = shown.get(organisation) ?? 0;
    if (first.length >= top || organisation === 0 || count < perOrganisation) {
      first.push(item);
      if (first.length <= top && organisation !== 0) {
        shown.set(organisation, count + 1);
        lastShown.set(organisation, item.doc);
      }
      continue;
    }
    held.push(item);
    const doc = lastShown.get(organisation);
    if (doc !== undefined) heldBack.set(doc, (heldBack.get(doc) ?? 0) + 1);
  }
  if (held.length === 0) return { ordered: ranked, heldBack };
  return { ordered: [...first.slice(0, top), ...held, ...first.slice(top)], heldBack };
}
