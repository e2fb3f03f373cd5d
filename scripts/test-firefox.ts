/**
 * `npm run test:firefox`: builds the Firefox test build (the shipped add-on plus a page hook, in its own folder) and
 * runs the core path in Debian's Firefox ESR over WebDriver BiDi. Ends with `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { FIREFOX_PATH } from '../tests/firefox/firefox-extension';

const REPORT = '.cache/firefox-report.json';

function run(command: string[], env: Record<string, string> = {}): number {
  return spawnSync('npx', command, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
}

if (!existsSync(FIREFOX_PATH)) {
  console.log(`No Firefox at ${FIREFOX_PATH}: sudo apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
if (run(['wxt', 'build', '-b', 'firefox'], { SIGNPOST_TEST_HOOKS: '1' }) !== 0) {
  console.log('build (Firefox test): FAILED\n0 passed, 1 failed');
  process.exit(1);
}
mkdirSync('.cache', { recursive: true });
rmSync(REPORT, { force: true });
const status = run([
  'vitest',
  'run',
  '-c',
  'vitest.firefox.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${REPORT}`,
]);
let counts = { passed: 0, failed: 1 };
try {
  const report = JSON.parse(readFileSync(REPORT, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  // A runner that failed without a failing test (a file that does not load) still counts as a failure.
  counts = {
    passed: report.numPassedTests,
    failed: report.numFailedTests || (status === 0 ? 0 : 1),
  };
} catch {
  // No report: the runner itself failed, counted as one failure above.
}
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed === 0 ? 0 : 1);
