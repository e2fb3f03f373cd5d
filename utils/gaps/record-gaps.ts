import { gapDistanceKm } from '../config/storage-items';
import { countGaps, type GapKind } from '../db/gaps';
import { getStoredSearchIndex } from '../db/queries';
import { findNeed } from '../needs/need-vocabulary';
import type { ReferralDraft } from '../referral/referral';
import { ukIsoDate } from '../referral/uk-dates';
import { isReadableIndex, type SearchIndex, unpackSearchIndex } from '../search/search-index';
import { type GapArea, type GapLevel, needGaps, referralArea } from './gap-rule';

/** Needs are counted by their label ("Loneliness"), which is what commissioners read. */
function needName(id: string): string {
  return findNeed(id)?.label ?? id;
}

/**
 * Needs already checked in this panel, by month, place and distance, for the directory they were checked against:
 * one count per need and area, not one per keystroke, and no scan of the directory on the keystrokes after.
 */
const checked = new Set<string>();
let checkedIndex: SearchIndex | undefined;

/** The place and distance the Find filters name now, in this panel; a referral's gaps are counted there too. */
let findArea: GapArea | undefined;

/** Forgets what this panel counted and the Find filters' area (for tests). */
export function resetGapSession(): void {
  checked.clear();
  checkedIndex = undefined;
  findArea = undefined;
}

/** The month a count belongs to, in the UK. */
export function gapMonth(now = new Date()): string {
  return ukIsoDate(now).slice(0, 7);
}

async function count(now: Date, gaps: { need: string; level: GapLevel }[], kinds: Record<GapLevel, GapKind>) {
  for (const level of ['none', 'few'] as const) {
    const needs = gaps.filter((gap) => gap.level === level).map((gap) => needName(gap.need));
    await countGaps(gapMonth(now), needs, kinds[level]);
  }
}

/**
 * Counts a search's gaps by the rule in gap-rule.ts: for each need searched (chips and needs read from the words),
 * live services within the Find filters' distance of their postcode. A search without a postcode names no place
 * and counts nothing. Once per panel session for the same need, place, distance and gap. Never rejects.
 */
export async function recordSearchGaps(
  index: SearchIndex,
  needs: string[],
  near: GapArea | undefined,
  now = new Date(),
): Promise<void> {
  findArea = near;
  if (!near) return;
  if (index !== checkedIndex) {
    // A new directory can change the answer: its needs are checked again.
    checked.clear();
    checkedIndex = index;
  }
  const unchecked = needs.filter((need) => {
    const key = JSON.stringify([gapMonth(now), need, near]);
    if (checked.has(key)) return false;
    checked.add(key);
    return true;
  });
  if (unchecked.length === 0) return;
  await count(now, needGaps(index, unchecked, near), { none: 'searchedNone', few: 'searchedFew' }).catch(
    () => undefined,
  );
}

async function storedIndex(): Promise<SearchIndex | undefined> {
  const stored = await getStoredSearchIndex();
  return isReadableIndex(stored) ? unpackSearchIndex(stored) : undefined;
}

/**
 * Counts a referral's gaps by the same rule: each of its needs, in the area the Find filters name, else around the
 * patient's postcode at the distance from settings (see `referralArea`). Nothing about the patient is kept. Never
 * rejects.
 */
export async function recordReferralGaps(
  draft: Pick<ReferralDraft, 'needs' | 'patient'>,
  now = new Date(),
  index?: SearchIndex,
): Promise<void> {
  try {
    const directory = index ?? (await storedIndex());
    if (!directory) return;
    const area = referralArea(directory, findArea, draft.patient.postcode, await gapDistanceKm.getValue());
    if (!area) return;
    const gaps = needGaps(
      directory,
      draft.needs.map((need) => need.id),
      area,
    );
    await count(now, gaps, { none: 'referredNone', few: 'referredFew' });
  } catch {
    // Counting a gap must never get in the way of a referral.
  }
}
