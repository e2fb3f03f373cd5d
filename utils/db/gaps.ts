import { type AppDB, db as defaultDb } from './db';

/** How often, in one month, a need met no or few local services. Counts only: no patient, query or place. */
export interface GapCount {
  /** `${month}|${need}` */
  id: string;
  /** yyyy-mm */
  month: string;
  need: string;
  /** Searches for the need within a distance that found no service. */
  searchedNone: number;
  /** …that found some, but fewer than {@link FEW_SERVICES}. */
  searchedFew: number;
  /** Referrals for the need with no local service chosen. */
  referredNone: number;
}

/** Fewer services than this within the distance counts as "few". */
export const FEW_SERVICES = 3;

export type GapKind = 'searchedNone' | 'searchedFew' | 'referredNone';

/** Adds one to `kind` for each need in `month`. */
export async function countGaps(month: string, needs: string[], kind: GapKind, db: AppDB = defaultDb): Promise<void> {
  if (needs.length === 0) return;
  await db.transaction('rw', db.gaps, async () => {
    for (const need of new Set(needs)) {
      const id = `${month}|${need}`;
      const row = (await db.gaps.get(id)) ?? { id, month, need, searchedNone: 0, searchedFew: 0, referredNone: 0 };
      await db.gaps.put({ ...row, [kind]: row[kind] + 1 });
    }
  });
}

/** Every month's counts, newest month first, needs A–Z. */
export async function listGaps(db: AppDB = defaultDb): Promise<GapCount[]> {
  const rows = await db.gaps.toArray();
  return rows.sort((a, b) => b.month.localeCompare(a.month) || a.need.localeCompare(b.need));
}
