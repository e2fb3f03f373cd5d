/**
 * `npm run eval`: relevance of the need search on the real Bristol feed against hand-made graded judgments
 * (tests/eval/), next to plain fuse.js over whole records on the same judgments.
 */
import {
  checkSafetyNotices,
  evaluate,
  loadJudgments,
  needKey,
  plainFuseRanker,
  type Scores,
  signpostRanker,
} from './lib/evaluate';

const { judgments, services } = loadJudgments();
const signpost = signpostRanker(services);
const ours = evaluate(judgments, signpost);
// `--quick` skips plain fuse.js (minutes on this feed) while trying changes.
const quick = process.argv.includes('--quick');
const fuse = quick ? undefined : evaluate(judgments, plainFuseRanker(services));

const f = (n: number) => n.toFixed(3);
const row = (name: string, a: Scores, b: Scores | undefined) =>
  `${name.padEnd(38)} ${String(a.queries).padStart(3)}  ${f(a.ndcg10)}  ${f(a.p5)}  ${f(a.top1)}` +
  (b ? `   |  ${f(b.ndcg10)}  ${f(b.p5)}  ${f(b.top1)}` : '');

console.log(`Relevance on ${judgments.fixture}: ${services.length} services, ${ours.overall.queries} queries`);
console.log('nDCG@10 (gain 2^grade-1), P@5 (grade >= 1), top-1 (first result graded 2)\n');
console.log(`${'need'.padEnd(38)}   n  Signpost              |  plain fuse.js`);
console.log(`${''.padEnd(38)}      nDCG   P@5    top1     |  nDCG   P@5    top1`);
for (const need of judgments.needs) {
  console.log(row(needKey(need), ours.perNeed[needKey(need)] as Scores, fuse?.perNeed[needKey(need)]));
}
console.log(row('OVERALL', ours.overall, fuse?.overall));
const safety = checkSafetyNotices(judgments, signpost.engine);
console.log(`\nSafety notice shown on ${safety.checked - safety.missed.length} of ${safety.checked} safety queries.`);
for (const query of safety.missed) console.log(`  missed: ${query}`);
console.log(`Raised on ${safety.raisedElsewhere.length} other queries: ${safety.raisedElsewhere.join('; ') || 'none'}`);
