import { type AppDB, db as defaultDb } from './db';

/**
 * How often, in one month, a need had no or few live local services (the rule is in utils/gaps/gap-rule.ts).
 * Counts only: no patient, query or place.
 */
export interface GapCount {
  /** `${month}|${need}` */
  id: string;
  /** yyyy-mm */
  month: string;
  need: string;
  /** Searches for the need, by a place and distance, where no live service meets it within the distance. */
  searchedNone: number;
  /** …where some do, but fewer than `FEW_SERVICES`. */
  searchedFew: number;
  /** Referrals for the need where no live service meets it within the distance. */
  referredNone: number;
  /** …where some do, but fewer than `FEW_SERVICES`. Rows written before it existed have none: read as 0. */
  referredFew: number;
}

export type GapKind = 'searchedNone' | 'searchedFew' | 'referredNone' | 'referredFew';

const ZERO = { searchedNone: 0, searchedFew: 0, referredNone: 0, referredFew: 0 };

/** Adds one to `kind` for each need in `month`. */
export async function countGaps(month: string, needs: string[], kind: GapKind, db: AppDB = defaultDb): Promise<void> {
  if (needs.length === 0) return;
  await db.transaction('rw', db.gaps, async () => {
    for (const need of new Set(needs)) {
      const id = `${month}|${need}`;
      const row: GapCount = { id, month, need, ...ZERO, ...(await db.gaps.get(id)) };
      await db.gaps.put({ ...row, [kind]: row[kind] + 1 });
    }
  });
}

/** Every month's counts, newest month first, needs A–Z. */
export async function listGaps(db: AppDB = defaultDb): Promise<GapCount[]> {
  const rows = (await db.gaps.toArray()).map((row) => ({ ...ZERO, ...row }));
  return rows.sort((a, b) => b.month.localeCompare(a.month) || a.need.localeCompare(b.need));
}
