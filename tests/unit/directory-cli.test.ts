// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Runs `npm run -s directory -- <args>` as a PCN digital lead would; answers stdout, stderr and the exit code. */
async function directory(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/directory.ts', ...args], { maxBuffer: 1 << 26 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

describe('npm run -s directory -- check', () => {
  it('reports the real Bristol feed: 817 services, the empty name and the repeated id rejected by id', async () => {
    const { stdout, code } = await directory('check', 'tests/fixtures/oruk-v1/bristol-services.json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ format: 'oruk-v1', records: 819, services: 817 });
    expect(report.rejected).toEqual([
      { id: 'def5ccd4-f121-df4d-60d2-4dc0d69ff555', reason: 'The service has no name.' },
      { id: '2af617e5-4532-bebe-1036-ffdf2e93ce55', reason: 'Another, different record already has this id.' },
    ]);
    expect(report.warnings.neverAssured.count).toBeGreaterThan(0);
    expect(report.needs.loneliness).toBeGreaterThan(0);
  }, 60_000);

  it.each([
    ['tests/fixtures/oruk-3.0/service_full.json', 'oruk-3.0'],
    ['tests/fixtures/oruk-3.0/service_list.json', 'oruk-3.0'],
    ['tests/fixtures/oruk-3.0/csv', 'hsds-csv'],
    ['tests/fixtures/oruk-3.0/csv/services.csv', 'hsds-csv'],
    ['tests/fixtures/practice/kendal-services.csv', 'practice-csv'],
  ])(
    'reads %s as %s',
    async (path, format) => {
      const { stdout, code } = await directory('check', path);
      expect(code).toBe(0);
      const report = JSON.parse(stdout);
      expect(report.format).toBe(format);
      expect(report.services).toBeGreaterThan(0);
    },
    60_000,
  );

  it('exits 1 with a plain message when no record is usable', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'signpost-cli-'));
    const file = join(folder, 'broken.json');
    writeFileSync(file, JSON.stringify([{ id: 'a' }, { name: 'no id' }]));
    const { stderr, code } = await directory('check', file);
    expect(code).toBe(1);
    expect(stderr).toContain('has no usable services: 2 records, 2 rejected.');
  }, 60_000);
});

describe('npm run -s directory -- search', () => {
  it('finds debt services for a lay phrase, in rank order, saying why', async () => {
    const { stdout, code } = await directory(
      'search',
      'tests/fixtures/oruk-v1/bristol-services.json',
      'money worries',
      '--limit',
      '5',
    );
    expect(code).toBe(0);
    const results = JSON.parse(stdout);
    expect(results).toHaveLength(5);
    expect(results[0]).toEqual({
      id: expect.any(String),
      name: expect.any(String),
      score: expect.any(Number),
      needs: expect.arrayContaining(['debt']),
      why: expect.arrayContaining([expect.stringMatching(/^Debt/)]),
    });
    const scores = results.map((result: { score: number }) => result.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  }, 60_000);

  it('runs one query per line with --queries, one JSON line each', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'signpost-cli-'));
    const queries = join(folder, 'queries.txt');
    writeFileSync(queries, 'housng\n\ncarer suport\n');
    const { stdout, code } = await directory(
      'search',
      'tests/fixtures/practice/kendal-services.csv',
      '--queries',
      queries,
    );
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.query)).toEqual(['housng', 'carer suport']);
    expect(lines[1].results.length).toBeGreaterThan(0);
  }, 60_000);
});
