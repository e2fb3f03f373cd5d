// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  checkSafetyNotices,
  evaluate,
  HOLDOUT,
  loadJudgments,
  needKey,
  plainFuseRanker,
  signpostRanker,
} from '../../scripts/lib/evaluate';

/**
 * Floors set from the measured figures (docs/search.md) with a little headroom: a change that makes the need search
 * worse on the hand-made Bristol judgments fails here. Raise them when the search gets better.
 */
const FLOORS = { ndcg10: 0.815, p5: 0.88, top1: 0.9 };
/** The held-out queries (tests/eval/holdout.json), never tuned on: kept from getting worse too. */
const HOLDOUT_FLOORS = { ndcg10: 0.775, p5: 0.86, top1: 0.8 };
/** The target, now met: no need below 0.60 nDCG@10. */
const NEED_NDCG_FLOOR = 0.6;
describe('need search relevance on the Bristol judgments (npm run eval)', () => {
  const { judgments, services } = loadJudgments();
  const signpost = signpostRanker(services);
  const ours = evaluate(judgments, signpost);

  it('meets the overall floors', () => {
    expect(ours.overall.queries).toBeGreaterThanOrEqual(300);
    expect(ours.overall.ndcg10).toBeGreaterThanOrEqual(FLOORS.ndcg10);
    expect(ours.overall.p5).toBeGreaterThanOrEqual(FLOORS.p5);
    expect(ours.overall.top1).toBeGreaterThanOrEqual(FLOORS.top1);
  });

  it.each(judgments.needs.map(needKey))('keeps %s above the per-need floor', (need) => {
    expect(ours.perNeed[need]?.ndcg10).toBeGreaterThanOrEqual(NEED_NDCG_FLOOR);
  });

  it('shows the safety notice on every query of a safety need, and on no query of the other needs', () => {
    const safety = checkSafetyNotices(judgments, signpost.engine);
    expect(safety.checked).toBeGreaterThanOrEqual(30);
    expect(safety.missed).toEqual([]);
    expect(safety.raisedElsewhere).toEqual([]);
  });

  it('meets the held-out floors and shows the safety notice on every held-out safety query', () => {
    const holdout = loadJudgments(HOLDOUT).judgments;
    const held = evaluate(holdout, signpost);
    expect(held.overall.queries).toBeGreaterThanOrEqual(60);
    expect(held.overall.ndcg10).toBeGreaterThanOrEqual(HOLDOUT_FLOORS.ndcg10);
    expect(held.overall.p5).toBeGreaterThanOrEqual(HOLDOUT_FLOORS.p5);
    expect(held.overall.top1).toBeGreaterThanOrEqual(HOLDOUT_FLOORS.top1);
    const safety = checkSafetyNotices(holdout, signpost.engine);
    expect(safety.missed).toEqual([]);
    expect(safety.raisedElsewhere).toEqual([]);
  });

  // plain fuse.js scans whole records for 308 queries: minutes on a busy machine, so a wide timeout.
  it('stays well ahead of plain fuse.js over whole records', () => {
    const fuse = evaluate(judgments, plainFuseRanker(services));
    expect(ours.overall.ndcg10 - fuse.overall.ndcg10).toBeGreaterThanOrEqual(0.25);
  }, 600_000);
});
