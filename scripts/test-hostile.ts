/** `npm run test:hostile`: the heavy hostile corpus, ending with one plain line `N passed, N failed` for CI. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORT = '.cache/hostile-report.json';
mkdirSync('.cache', { recursive: true });
rmSync(REPORT, { force: true });
const args = ['vitest', 'run', '-c', 'vitest.hostile.config.ts', '--reporter=default', '--reporter=json'];
const result = spawnSync('npx', [...args, `--outputFile=${REPORT}`], { stdio: 'inherit' });
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(REPORT, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed = report.numPassedTests;
  failed = report.numFailedTests;
} catch {
  failed = 1;
}
// A runner that crashed without failing a test still fails the run.
if (result.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
