/** Ranking weights, chosen on the Bristol judgments with `npm run eval` (docs/search.md). */
export interface RankingWeights {
  /** How much a recognised need counts against words: needs are the main signal for lay queries. */
  need: number;
  /** A need read from the description only, against 1 for one the name or taxonomy names. */
  weakNeed: number;
  /** A need read from the audiences the service lists. */
  strongNeed: number;
  /** Word weight at which a match counts half: with 3, a word once in the description counts 0.25, in the name 0.77. */
  halfWeight: number;
  pin: number;
  /** How much of a need's score depends on how much of the service's own text is about it (need-affinity.ts). */
  affinity: number;
  /** What a need named only by generic words ("struggling") counts beside a specific one. */
  generic: number;
  /** Match strength of a related word ("bloke" → male), against 1 for the word itself. */
  related: number;
  /** How much each need past the second lowers a service's need score (see `focus`). */
  breadth: number;
  /**
   * When the query names a need, how much each need past the second a service meets lowers its word score too: a
   * catalogue of a council's services matches many words but is about no one need.
   */
  textBreadth: number;
  /** How much of a need's score depends on the service also carrying the query's other words in its own fields. */
  context: number;
  /** How much of a need's score a service loses when the query names an audience (men) it is not for. */
  audience: number;
  /**
   * For a query naming two or more needs: how much of the need score is the weakest of them, times their number,
   * rather than their sum. A service meeting both well beats one meeting one as a headline and the other in passing.
   */
  balance: number;
}

export const DEFAULT_WEIGHTS: RankingWeights = {
  need: 1,
  weakNeed: 0.5,
  strongNeed: 0.8,
  halfWeight: 3,
  pin: 0.6,
  affinity: 0.5,
  generic: 0.2,
  related: 0.7,
  breadth: 0.05,
  textBreadth: 0.075,
  context: 0.2,
  audience: 0.3,
  balance: 0.4,
};
