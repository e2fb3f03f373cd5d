/**
 * `npm run eval`: relevance of the need search on the real Bristol feed against hand-made graded judgments
 * (tests/eval/), next to plain fuse.js over whole records on the same judgments.
 */
import { evaluate, loadJudgments, needKey, plainFuseRanker, type Scores, signpostRanker } from './lib/evaluate';

const { judgments, services } = loadJudgments();
const ours = evaluate(judgments, signpostRanker(services));
const fuse = evaluate(judgments, plainFuseRanker(services));

const f = (n: number) => n.toFixed(3);
const row = (name: string, a: Scores, b: Scores | undefined) =>
  `${name.padEnd(38)} ${String(a.queries).padStart(3)}  ${f(a.ndcg10)}  ${f(a.p5)}  ${f(a.top1)}` +
  (b ? `   |  ${f(b.ndcg10)}  ${f(b.p5)}  ${f(b.top1)}` : '');

console.log(`Relevance on ${judgments.fixture}: ${services.length} services, ${ours.overall.queries} queries`);
console.log('nDCG@10 (gain 2^grade-1), P@5 (grade >= 1), top-1 (first result graded 2)\n');
console.log(`${'need'.padEnd(38)}   n  Signpost              |  plain fuse.js`);
console.log(`${''.padEnd(38)}      nDCG   P@5    top1     |  nDCG   P@5    top1`);
for (const need of judgments.needs) {
  console.log(row(needKey(need), ours.perNeed[needKey(need)] as Scores, fuse.perNeed[needKey(need)]));
}
console.log(row('OVERALL', ours.overall, fuse.overall));
