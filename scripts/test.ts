/**
 * `npm test`: typecheck, lint, unit tests, build, then real-browser tests against the build. Ends with one plain
 * line, `N passed, N failed`, counting every test plus each check (typecheck, lint, build) as one.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Step {
  name: string;
  command: string[];
  /** Vitest's JSON report, for counting tests one by one. */
  report?: string;
  env?: Record<string, string>;
  /** Skipped (and counted as failed) when this build failed. */
  needs?: string;
}

const steps: Step[] = [
  { name: 'typecheck', command: ['tsc', '--noEmit'] },
  { name: 'lint', command: ['biome', 'check', '.'] },
  { name: 'unit tests', command: ['vitest', 'run'], report: '.cache/unit-report.json' },
  { name: 'build', command: ['wxt', 'build'] },
  { name: 'build (Firefox)', command: ['wxt', 'build', '-b', 'firefox'] },
  // Mozilla's own add-on linter over the Firefox build: manifest keys, permissions, unsafe code.
  {
    name: 'Firefox add-on lint',
    command: ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'text'],
  },
  {
    name: 'browser tests',
    command: ['vitest', 'run', '-c', 'vitest.e2e.config.ts'],
    report: '.cache/e2e-report.json',
    needs: 'build',
  },
  // Firefox ESR over WebDriver BiDi needs the test build's page hook (wxt.config.ts): a separate folder.
  { name: 'build (Firefox test)', command: ['wxt', 'build', '-b', 'firefox'], env: { SIGNPOST_TEST_HOOKS: '1' } },
  {
    name: 'Firefox tests',
    command: ['vitest', 'run', '-c', 'vitest.firefox.config.ts'],
    report: '.cache/firefox-report.json',
    needs: 'build (Firefox test)',
  },
];

mkdirSync('.cache', { recursive: true });
let passed = 0;
let failed = 0;
const failedBuilds = new Set<string>();
const lines: string[] = [];

for (const step of steps) {
  if (step.needs && failedBuilds.has(step.needs)) {
    lines.push(`${step.name}: skipped, the build failed`);
    failed++;
    continue;
  }
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const args = step.report
    ? [...step.command, '--reporter=default', '--reporter=json', `--outputFile=${step.report}`]
    : step.command;
  if (step.report) rmSync(step.report, { force: true });
  const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (step.report) {
    let report: { numPassedTests: number; numFailedTests: number; numTotalTests: number } | undefined;
    try {
      report = JSON.parse(readFileSync(step.report, 'utf8'));
    } catch {
      report = undefined;
    }
    if (!report || (result.status !== 0 && report.numFailedTests === 0)) {
      // The runner itself failed (a file that does not load, a crash): count it, never hide it.
      failed++;
      lines.push(`${step.name}: the runner failed (exit ${result.status}) in ${seconds}s`);
      continue;
    }
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    lines.push(`${step.name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed in ${seconds}s`);
  } else if (result.status === 0) {
    passed++;
    lines.push(`${step.name}: ok in ${seconds}s`);
  } else {
    failed++;
    if (step.name.startsWith('build')) failedBuilds.add(step.name);
    lines.push(`${step.name}: FAILED in ${seconds}s`);
  }
}

console.log(`\n${lines.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
