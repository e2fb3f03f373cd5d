import { countGaps, FEW_SERVICES, type GapKind } from '../db/gaps';
import { findNeed } from '../needs/need-vocabulary';
import { ukIsoDate } from '../referral/uk-dates';

/** Needs are counted by their label ("Loneliness"), which is what commissioners read. */
function needName(id: string): string {
  return findNeed(id)?.label ?? id;
}

/** Searches already counted in this panel: one count per need, place and distance, not one per keystroke. */
const counted = new Set<string>();

/** The month a count belongs to, in the UK. */
export function gapMonth(now = new Date()): string {
  return ukIsoDate(now).slice(0, 7);
}

/**
 * Which gap a search shows, if any: only a search for needs, limited to a distance, can say local provision is
 * missing. None found → `searchedNone`; fewer than {@link FEW_SERVICES} → `searchedFew`.
 */
export function searchGap(total: number, needs: string[], near: unknown): GapKind | undefined {
  if (!near || needs.length === 0) return undefined;
  if (total === 0) return 'searchedNone';
  return total < FEW_SERVICES ? 'searchedFew' : undefined;
}

/** Counts a search's gap once per panel session for the same needs, place and distance. Never rejects. */
export async function recordSearchGap(total: number, needs: string[], near: unknown, now = new Date()): Promise<void> {
  const kind = searchGap(total, needs, near);
  if (!kind) return;
  const key = JSON.stringify([gapMonth(now), [...needs].sort(), near, kind]);
  if (counted.has(key)) return;
  counted.add(key);
  await countGaps(gapMonth(now), needs.map(needName), kind).catch(() => undefined);
}

/** A referral made with no local service chosen counts as a gap for each of its needs. */
export async function recordReferralGap(needs: string[], serviceCount: number, now = new Date()): Promise<void> {
  if (serviceCount > 0) return;
  await countGaps(gapMonth(now), needs, 'referredNone').catch(() => undefined);
}
