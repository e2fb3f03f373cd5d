/**
 * `npm run eval`: relevance of the need search on the real Bristol feed against hand-made graded judgments
 * (tests/eval/), next to plain fuse.js over whole records on the same judgments; then the held-out queries
 * (tests/eval/holdout.json), which are never used for tuning, reported on their own.
 */
import {
  checkSafetyNotices,
  evaluate,
  HOLDOUT,
  type Judgments,
  loadJudgments,
  needKey,
  plainFuseRanker,
  type Scores,
  signpostRanker,
} from './lib/evaluate';

const { judgments, services } = loadJudgments();
const holdout = loadJudgments(HOLDOUT).judgments;
const signpost = signpostRanker(services);
// `--quick` skips plain fuse.js (minutes on this feed) while trying changes.
const quick = process.argv.includes('--quick');
const fuse = quick ? undefined : plainFuseRanker(services);

const f = (n: number) => n.toFixed(3);
const row = (name: string, a: Scores, b: Scores | undefined) =>
  `${name.padEnd(38)} ${String(a.queries).padStart(3)}  ${f(a.ndcg10)}  ${f(a.p5)}  ${f(a.top1)}` +
  (b ? `   |  ${f(b.ndcg10)}  ${f(b.p5)}  ${f(b.top1)}` : '');

function report(title: string, set: Judgments, withFuse: boolean): void {
  const ours = evaluate(set, signpost);
  const theirs = withFuse && fuse ? evaluate(set, fuse) : undefined;
  console.log(`${title}: ${services.length} services, ${ours.overall.queries} queries`);
  console.log('nDCG@10 (gain 2^grade-1), P@5 (grade >= 1), top-1 (first result graded 2)\n');
  console.log(`${'need'.padEnd(38)}   n  Signpost              |  plain fuse.js`);
  console.log(`${''.padEnd(38)}      nDCG   P@5    top1     |  nDCG   P@5    top1`);
  for (const need of set.needs) {
    const key = needKey(need);
    console.log(row(key, ours.perNeed[key] as Scores, theirs?.perNeed[key]));
  }
  console.log(row('OVERALL', ours.overall, theirs?.overall));
  const safety = checkSafetyNotices(set, signpost.engine);
  console.log(`\nSafety notice shown on ${safety.checked - safety.missed.length} of ${safety.checked} safety queries.`);
  for (const query of safety.missed) console.log(`  missed: ${query}`);
  console.log(
    `Raised on ${safety.raisedElsewhere.length} other queries: ${safety.raisedElsewhere.join('; ') || 'none'}`,
  );
}

report(`Relevance on ${judgments.fixture}`, judgments, true);
console.log('\n');
report('HELD-OUT queries (tests/eval/holdout.json, never tuned on)', holdout, false);
