import { loadJudgments, signpostRanker } from './lib/evaluate';
const { judgments, services } = loadJudgments();
const r = signpostRanker(services);
const names = new Map(services.map((s) => [s.feedId, s.name]));
const grades = new Map<string, Record<string, number>>();
for (const n of judgments.needs) for (const q of n.queries) grades.set(q.query, n.judgments);
for (const q of process.argv.slice(2)) {
  const res = r.engine.search(q, {}, 10);
  console.log(`\n${q}  needs=${res.needs} safety=${res.safety} corr=${JSON.stringify(res.corrections)}`);
  const g = grades.get(q) ?? {};
  r(q).forEach((id, i) => console.log(`  ${i + 1}. [${g[id] ?? 0}] ${names.get(id)?.slice(0, 60)}  ${res.hits[i]?.score.toFixed(3)} ${res.hits[i]?.needs}`));
}
