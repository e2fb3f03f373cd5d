/**
 * `npm run -s eval:misses [-- NEED]`: the main judgments' misses, to read while tuning the ranking. For each query
 * whose first result is not a 2 or whose nDCG@10 is under 0.6: the first five results with their grade and the
 * engine's explanation, and where the best-graded service came. Never run on the held-out queries.
 */
import type { Service } from '../utils/directory/service';
import { explainHit } from '../utils/search/explain-hit';
import { EVAL_DATE, loadJudgments, needKey, scoreQuery, signpostRanker } from './lib/evaluate';

const { judgments, services } = loadJudgments();
const only = process.argv[2];
const { engine } = signpostRanker(services);
const byId = new Map<string, Service>(services.map((service) => [service.id, service]));
let misses = 0;
const causes = new Map<string, number>();

/**
 * A first guess at why a query missed, from its first result (checked by reading; see docs/search.md):
 * the need was not read from the query; another need read from it took the first place; the need has a narrower
 * context the vocabulary does not tell apart, so a general service for it came first; the first result names the
 * need less directly (description or audience list) than the best one (name); or several records of one
 * organisation or kind led.
 */
function cause(need: (typeof judgments.needs)[number], needs: string[], hits: { id: string; needs: string[] }[]) {
  if (!needs.includes(need.need)) return 'need not read from the query';
  const first = hits[0];
  if (!first) return 'nothing found';
  if (!first.needs.includes(need.need)) return 'another need read from the query came first';
  const organisations = hits.slice(0, 5).map((hit) => byId.get(hit.id)?.organisation ?? hit.id);
  if (new Set(organisations).size <= 3) return 'several records of one organisation';
  const field = (id: string) => byId.get(id)?.needEvidence.find((e) => e.need === need.need)?.field ?? 'none';
  const bestHit = hits.find((hit) => need.judgments[byId.get(hit.id)?.feedId ?? ''] === 2);
  const strength = { taxonomy: 3, name: 3, audiences: 2, organisation: 1, description: 1, none: 0 };
  if (bestHit && strength[field(bestHit.id)] > strength[field(first.id)]) return 'passing mention beat a named need';
  const firstService = byId.get(first.id);
  if (field(first.id) === 'audiences' && (firstService?.eligibility.audiences.length ?? 0) > 2) {
    return 'passing mention beat a named need';
  }
  if (need.context) return 'general service for the need beat the specific one';
  return 'generic service beat a specific one (same need, same evidence)';
}
for (const need of judgments.needs) {
  const key = needKey(need);
  if (only && key !== only && need.need !== only) continue;
  const best = Math.max(...Object.values(need.judgments));
  for (const { query, kind } of need.queries) {
    const response = engine.search(query, {}, 50);
    const feedIds = response.hits.map((hit) => byId.get(hit.id)?.feedId ?? hit.id);
    const scores = scoreQuery(feedIds, need.judgments);
    if (scores.top1 === 1 && scores.ndcg10 >= 0.6) continue;
    misses++;
    const why = cause(need, response.needs, response.hits);
    causes.set(why, (causes.get(why) ?? 0) + 1);
    const rank = feedIds.findIndex((id) => need.judgments[id] === best);
    console.log(
      `\n[${key}] "${query}" (${kind}) nDCG ${scores.ndcg10.toFixed(2)}; needs read: ${response.needs.join(', ') || 'none'}; ` +
        `best-graded (${best}) first at ${rank < 0 ? 'not in top 50' : rank + 1}; cause: ${why}`,
    );
    response.hits.slice(0, 5).forEach((hit, i) => {
      const service = byId.get(hit.id) as Service;
      const grade = need.judgments[service.feedId] ?? 0;
      console.log(
        `  ${i + 1}. [${grade}] ${service.name} (${service.organisation ?? '-'}) ${hit.score.toFixed(3)}` +
          `\n       ${explainHit(service, hit).join('; ')}`,
      );
    });
  }
}
for (const [why, n] of [...causes].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${why}`);
console.log(
  `\n${misses} misses (first result not a 2, or nDCG@10 < 0.6). Eval date ${new Date(EVAL_DATE).toISOString()}.`,
);
