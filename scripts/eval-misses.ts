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
    const rank = feedIds.findIndex((id) => need.judgments[id] === best);
    console.log(
      `\n[${key}] "${query}" (${kind}) nDCG ${scores.ndcg10.toFixed(2)}; needs read: ${response.needs.join(', ') || 'none'}; ` +
        `best-graded (${best}) first at ${rank < 0 ? 'not in top 50' : rank + 1}`,
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
console.log(`\n${misses} misses (first result not a 2, or nDCG@10 < 0.6). Eval date ${new Date(EVAL_DATE).toISOString()}.`);
