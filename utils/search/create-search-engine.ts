import type { SafetyTopicId } from '../needs/vocabulary-safety';
import { audienceDocs } from './audience-docs';
import { diversifyHits } from './diversify-hits';
import { freshness, vocabularyWords } from './engine-parts';
import { everydayWords } from './everyday-words';
import { mergeSorted } from './merge-sorted';
import { createNeedScores } from './need-scores';
import { readAudiences } from './query-audiences';
import { correctText, queryWordWeight, readQueryNeeds } from './query-words';
import { DEFAULT_WEIGHTS, type RankingWeights } from './ranking-weights';
import { readSafety, safetyServiceWords } from './read-safety';
import { createWordScorer, type WordScores } from './score-words';
import { compileFilters, distanceKm, type SearchFilters } from './search-filters';
import type { SearchIndex } from './search-index';
import { tokenise, typedWords } from './tokenise';
import { TopResults } from './top-results';
import { WordLookup, type WordMatch } from './word-lookup';

/** One result, best first. `why` is filled in by `explainHit` once the service itself is loaded. */
export interface SearchHit {
  id: string;
  score: number;
  /** Needs asked for (typed or chosen) that this service meets. */
  needs: string[];
  /** Index words that matched, each with the query word it came from. */
  words: { query: string; word: string; kind: WordMatch['kind'] }[];
  pinned: boolean;
  distanceKm?: number;
  /** More records from this service's organisation that were moved below the first page to make room. */
  moreFromOrganisation?: number;
}

export interface SearchResponse {
  hits: SearchHit[];
  /** Services that match, before the limit. */
  total: number;
  /** Needs read from the query ("money worries" → debt). */
  needs: string[];
  /** Query words read as misspellings, with the word used instead. */
  corrections: { from: string; to: string }[];
  /** Safety topics the query discloses ("my husband hits me"): the panel shows their notice above the results. */
  safety: SafetyTopicId[];
  /** Who the query says the service is for ("blokes feeling low" → men), from `readAudiences`. */
  audiences: string[];
}

export interface SearchEngine {
  search(query: string, filters?: SearchFilters, limit?: number): SearchResponse;
  /** Practice pins, from practice notes; pinned services rank first among matches. */
  setPinned(ids: Iterable<string>): void;
}

/** A word score this high comes from the name, audiences or organisation, or a description that repeats it. */
const OWN_FIELD_SCORE = 0.5;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The first page, where one organisation may hold at most PER_ORGANISATION places. */
const FIRST_PAGE = 10;
const PER_ORGANISATION = 2;
/** Extra candidates kept beyond the limit, so crowded organisations can give way without losing anyone. */
const DIVERSITY_POOL = 40;

/**
 * Creates the search over a stored index. Each query word is looked up exactly, by prefix while typed, or as a
 * typo, in the index's sorted words; lay phrases and corrected words are read as needs. Services are ranked by
 * need, by where and how well the words matched, by practice pins and by how fresh the record is.
 */
export function createSearchEngine(
  index: SearchIndex,
  now = Date.now(),
  weights: RankingWeights = DEFAULT_WEIGHTS,
): SearchEngine {
  const count = index.ids.length;
  const frequency = (word: string): number => {
    const position = wordPosition(word);
    return position < 0 ? 0 : (index.postingStart[position + 1] ?? 0) - (index.postingStart[position] ?? 0);
  };
  function wordPosition(word: string): number {
    let low = 0;
    let high = index.words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((index.words[middle] ?? '') < word) low = middle + 1;
      else high = middle;
    }
    return index.words[low] === word ? low : -1;
  }
  const needWords = vocabularyWords();
  // The index's words are sorted already: only the vocabulary's few are sorted and merged in (sorting the whole
  // union took ~100 ms of the panel's open at 50,000 services under load).
  const dictionary = mergeSorted(index.words, [...new Set(needWords)].sort());
  const lookup = new WordLookup(dictionary, frequency, new Set([...needWords, ...everydayWords.flatMap(tokenise)]));
  // Read only by pins: built when the first pin is set, not as the panel opens.
  let docOf: Map<string, number> | undefined;
  let pinned = new Uint8Array(count);
  const today = Math.floor(now / DAY_MS);
  const needScores = createNeedScores(index, weights, wordPosition);
  const wordScorer = createWordScorer(index, lookup, wordPosition, weights.halfWeight, weights.related);

  function search(query: string, filters: SearchFilters = {}, limit = 50): SearchResponse {
    wordScorer.nextSearch();
    const passes = compileFilters(index, filters);
    const partial = query.length > 0 && !/\s$/.test(query);
    const tokens = tokenise(query);
    const lastTyped = partial ? typedWords(query).at(-1) : undefined;
    const corrections: { from: string; to: string }[] = [];
    const perToken: (WordScores & { token: string; weight: number; idf: number })[] = [];
    let idfTotal = 0;
    tokens.forEach((token, i) => {
      const last = partial && i === tokens.length - 1;
      const scored = wordScorer.score(token, last, last ? lastTyped : undefined);
      const { matches, matched } = scored;
      const best = matches.find((match) => match.kind === 'typo');
      if (best && !matches.some((match) => match.kind !== 'typo')) corrections.push({ from: token, to: best.word });
      const weight = queryWordWeight(token);
      const idf = Math.log(1 + count / (1 + matched)) * weight;
      idfTotal += matched > 0 ? idf : 0;
      perToken.push({ ...scored, token, weight, idf });
    });

    // Needs: from the words as typed and as corrected, plus chips chosen.
    const corrected = correctText(query, corrections);
    const { readWeights, explained } = readQueryNeeds(query, corrected, weights.generic);
    const readNeeds = new Set(readWeights.keys());
    const alternatives = perToken.map(({ token }) => ({ from: token, to: lookup.lookAlikes(token) }));
    const safety = readSafety(query, corrected, alternatives);
    const audiences = readAudiences(corrected);
    // A disclosure also looks for the services its topic names ("keeping children safe"): those words add to the
    // text score without counting against services that lack them (weight 0).
    const serviceWordsFrom = perToken.length;
    const typed = new Set(tokens);
    for (const word of safetyServiceWords(safety, tokens)) {
      // A word the query already has ("protection" in "child protection") counts once, as typed.
      if (typed.has(word)) continue;
      const scored = wordScorer.score(word, false);
      const idf = Math.log(1 + count / (1 + scored.matched));
      if (scored.matched > 0) idfTotal += idf;
      perToken.push({ ...scored, token: word, weight: 0, idf });
    }
    const tokenWeights = perToken.map((entry) => entry.weight);
    const explainedWeights = perToken.map((entry) => (explained.has(entry.token) ? entry.weight : 0));
    const queryWeight = tokenWeights.reduce((sum, w) => sum + w, 0);
    const asked = [...readNeeds].map((need) => index.needIds.indexOf(need)).filter((position) => position >= 0);
    const askedWeights = asked.map((position) => readWeights.get(index.needIds[position] ?? '') ?? 1);
    const askedTotal = askedWeights.reduce((sum, w) => sum + w, 0);
    const hasText = idfTotal > 0;
    const filtering = Object.entries(filters).some(
      ([key, value]) =>
        key !== 'includeInactive' && value !== undefined && !(Array.isArray(value) && value.length === 0),
    );
    if (!hasText && asked.length === 0 && !filtering) {
      return { hits: [], total: 0, needs: [...readNeeds], corrections, safety, audiences };
    }

    // Context: query words no need phrase explains ("men's" in "men's mental health"). Among the many services that
    // meet the need, those whose own name, audiences or organisation carry those words come first.
    const context = perToken.map((entry) =>
      entry.weight === 1 && entry.matched > 0 && !explained.has(entry.token) ? entry.idf : 0,
    );
    const contextTotal = context.reduce((sum, idf) => sum + idf, 0);
    // Audience: among services meeting the need, those for the group the query names ("blokes") come first.
    const forAudience = audienceDocs(index, wordPosition, audiences);
    const affinities = asked.map((position) => needScores.affinity(index.needIds[position] ?? ''));
    const top = new TopResults(limit + DIVERSITY_POOL);
    let total = 0;
    for (let doc = 0; doc < count; doc++) {
      let text = 0;
      let covered = 0;
      let inContext = 0;
      let answerable = 0;
      let need = asked.length ? needScores.strength(doc, asked, affinities, askedWeights) / askedTotal : 0;
      let answered = need > 0;
      for (let t = 0; t < perToken.length; t++) {
        const entry = perToken[t] as (typeof perToken)[number];
        const score = entry.scores[doc] ?? 0;
        if (score > 0) {
          text += score * entry.idf;
          if (score >= OWN_FIELD_SCORE) inContext += context[t] ?? 0;
          covered += tokenWeights[t] ?? 0;
          // A service with the words of a disclosure's topic ("safeguarding") answers it, like a need.
          if (t >= serviceWordsFrom) answered = true;
        } else answerable += explainedWeights[t] ?? 0;
      }
      // "scared of her partner" named domestic abuse: a service meeting it has answered those words.
      if (answered) covered += answerable;
      if (need > 0 && contextTotal > 0) need *= 1 - weights.context + (weights.context * inContext) / contextTotal;
      if (need > 0 && forAudience && !forAudience.has(doc)) need *= 1 - weights.audience;
      const browsing = tokens.length === 0;
      if (text === 0 && need === 0 && !browsing) continue;
      if (!passes(doc)) continue;
      const coverage = tokens.length ? covered / queryWeight : 1;
      let textScore = hasText ? (text / idfTotal) * coverage * coverage : 0;
      if (asked.length > 0) textScore *= needScores.textFocus[doc] ?? 1;
      let score = textScore + weights.need * need;
      if (browsing) score = 0.1;
      if (pinned[doc]) score += weights.pin;
      score *= freshness(index.assuredDay[doc] ?? 0, today);
      total++;
      top.offer(doc, score);
    }

    const { ordered, heldBack } = diversifyHits(top.sorted(), index.organisationOf, FIRST_PAGE, PER_ORGANISATION);
    const hits = ordered.slice(0, limit).map(({ doc, score }): SearchHit => {
      const chips = (filters.needs ?? []).map((need) => index.needIds.indexOf(need)).filter((p) => p >= 0);
      const needs = needScores.needsOf(doc, [...new Set([...asked, ...chips])]);
      const words = perToken.flatMap((entry) => {
        const match = entry.matches[(entry.best[doc] ?? 0) - 1];
        return match ? [{ query: entry.token, word: match.word, kind: match.kind }] : [];
      });
      const lat = index.lat[doc] ?? Number.NaN;
      const near = filters.near;
      const distance =
        near && !Number.isNaN(lat) ? distanceKm(near.lat, near.lon, lat, index.lon[doc] ?? Number.NaN) : undefined;
      const more = heldBack.get(doc);
      return {
        id: index.ids[doc] ?? '',
        score,
        needs,
        words,
        pinned: pinned[doc] === 1,
        distanceKm: distance,
        ...(more ? { moreFromOrganisation: more } : {}),
      };
    });
    return { hits, total, needs: [...readNeeds], corrections, safety, audiences };
  }

  return {
    search,
    setPinned(ids) {
      pinned = new Uint8Array(count);
      for (const id of ids) {
        docOf ??= new Map(index.ids.map((id, doc) => [id, doc]));
        const doc = docOf.get(id);
        if (doc !== undefined) pinned[doc] = 1;
      }
    },
  };
}
