/**
 * Relevance evaluation (run from the project root) on graded judgments (tests/eval/judgments.json): nDCG@10, P@5 and top-1, overall and per
 * need, for any ranking function. Used by `npm run eval` and by the floor test.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normaliseRecords } from '../../utils/directory/normalise-records';
import type { Service } from '../../utils/directory/service';
import { buildSearchIndex } from '../../utils/search/build-search-index';
import { createSearchEngine, type SearchEngine } from '../../utils/search/create-search-engine';
import type { RankingWeights } from '../../utils/search/ranking-weights';
import { createServiceSearch } from './plain-fuse-search';

/** One information need: a vocabulary need, optionally in a narrower context ("carers" / "young-carers"). */
export interface JudgedNeed {
  need: string;
  /** A narrower situation of the need, judged on its own ("young-carers"). */
  context?: string;
  /** The safety topic whose notice every query of this need must show ("domestic-abuse"). */
  safety?: string;
  queries: { query: string; kind: string }[];
  judgments: Record<string, number>;
}

export interface Judgments {
  fixture: string;
  needs: JudgedNeed[];
}

/** How a judged need is named in the tables: "carers", or "carers/young-carers" for a context. */
export function needKey(need: JudgedNeed): string {
  return need.context ? `${need.need}/${need.context}` : need.need;
}

/** Feed ids, best first. */
export type Ranker = (query: string) => string[];

export interface Scores {
  ndcg10: number;
  p5: number;
  top1: number;
  queries: number;
}

/** The judgments tuned on, and the held-out queries (tests/eval/holdout.json) that no tuning may look at. */
export const JUDGMENTS = 'tests/eval/judgments.json';
export const HOLDOUT = 'tests/eval/holdout.json';

export function loadJudgments(file = JUDGMENTS): { judgments: Judgments; services: Service[] } {
  const judgments: Judgments = JSON.parse(readFileSync(resolve(file), 'utf8'));
  const records: unknown[] = JSON.parse(readFileSync(resolve(judgments.fixture), 'utf8'));
  return { judgments, services: normaliseRecords(records, 'eval').services };
}

function dcg(grades: number[]): number {
  return grades.reduce((sum, grade, i) => sum + (2 ** grade - 1) / Math.log2(i + 2), 0);
}

/** One query's scores: nDCG@10 (gain 2^grade − 1), P@5 (grade ≥ 1 counts), top-1 (the first result is a 2). */
export function scoreQuery(ranked: string[], grades: Record<string, number>): Omit<Scores, 'queries'> {
  const got = ranked.slice(0, 10).map((id) => grades[id] ?? 0);
  const ideal = Object.values(grades)
    .sort((a, b) => b - a)
    .slice(0, 10);
  const best = dcg(ideal);
  return {
    ndcg10: best > 0 ? dcg(got) / best : 0,
    p5: got.slice(0, 5).filter((grade) => grade >= 1).length / 5,
    top1: got[0] === 2 ? 1 : 0,
  };
}

function mean(scores: Omit<Scores, 'queries'>[]): Scores {
  const n = scores.length || 1;
  const sum = (key: keyof Omit<Scores, 'queries'>) => scores.reduce((total, s) => total + s[key], 0) / n;
  return { ndcg10: sum('ndcg10'), p5: sum('p5'), top1: sum('top1'), queries: scores.length };
}

export function evaluate(judgments: Judgments, rank: Ranker): { overall: Scores; perNeed: Record<string, Scores> } {
  const all: Omit<Scores, 'queries'>[] = [];
  const perNeed: Record<string, Scores> = {};
  for (const need of judgments.needs) {
    const scores = need.queries.map(({ query }) => scoreQuery(rank(query), need.judgments));
    perNeed[needKey(need)] = mean(scores);
    all.push(...scores);
  }
  return { overall: mean(all), perNeed };
}

/** The extension's search, as the side panel runs it. */
/** Freshness counts in the ranking: a fixed day (when the judgments were made) keeps the figures repeatable. */
export const EVAL_DATE = Date.parse('2026-11-27T12:00:00Z');

export function signpostRanker(services: Service[], weights?: RankingWeights): Ranker & { engine: SearchEngine } {
  const engine = createSearchEngine(buildSearchIndex(services, EVAL_DATE), EVAL_DATE, weights);
  const feedIds = new Map(services.map((service) => [service.id, service.feedId]));
  const rank: Ranker = (query) => engine.search(query, {}, 10).hits.map((hit) => feedIds.get(hit.id) ?? hit.id);
  return Object.assign(rank, { engine });
}

/** Safety notices: every query of a need marked `safety` must raise that topic; other queries raising one are listed. */
export function checkSafetyNotices(
  judgments: Judgments,
  engine: SearchEngine,
): { checked: number; missed: string[]; raisedElsewhere: string[] } {
  const missed: string[] = [];
  const raisedElsewhere: string[] = [];
  let checked = 0;
  for (const need of judgments.needs) {
    for (const { query } of need.queries) {
      const raised: string[] = engine.search(query, {}, 1).safety;
      if (need.safety) {
        checked++;
        if (!raised.includes(need.safety)) missed.push(`${query} (${need.safety})`);
      } else if (raised.length > 0) raisedElsewhere.push(`${query} (${raised.join(', ')})`);
    }
  }
  return { checked, missed, raisedElsewhere };
}

/** Plain fuse.js over whole records: the baseline. */
export function plainFuseRanker(services: Service[]): Ranker {
  const search = createServiceSearch(services);
  return (query) => search(query, 10).map((result) => result.service.feedId);
}
