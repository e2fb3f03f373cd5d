/**
 * `npx tsx scripts/read-queries.ts [need-substring]`: how the search reads each judged query (tests/eval/judgments.json
 * only, never the held-out set) — the needs, corrections and safety topics it reads, its nDCG@10 and first results.
 * For finding misread queries while changing the vocabulary.
 */
import { loadJudgments, needKey, scoreQuery, signpostRanker } from './lib/evaluate';

const { judgments, services } = loadJudgments();
const signpost = signpostRanker(services);
const names = new Map(services.map((service) => [service.feedId, service.name]));
const only = process.argv[2];

for (const need of judgments.needs) {
  const key = needKey(need);
  if (only && !key.includes(only)) continue;
  console.log(`\n## ${key}${need.safety ? ` (safety: ${need.safety})` : ''}`);
  for (const { query, kind } of need.queries) {
    const read = signpost.engine.search(query, {}, 10);
    const ranked = signpost(query);
    const { ndcg10 } = scoreQuery(ranked, need.judgments);
    const corrections = read.corrections.map((c) => `${c.from}→${c.to}`).join(' ');
    console.log(
      `${ndcg10.toFixed(2)} ${query} [${kind}] needs=${read.needs.join(',') || '-'}` +
        (corrections ? ` fix=${corrections}` : '') +
        (read.safety.length ? ` safety=${read.safety.join(',')}` : ''),
    );
    const top = ranked.slice(0, 3).map((id) => `${need.judgments[id] ?? 0}:${(names.get(id) ?? id).slice(0, 40)}`);
    console.log(`     ${top.join(' | ')}`);
  }
}
