// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listTestNames, testsNamed } from './test-titles';

/**
 * The hazard log (docs/clinical-safety/hazard-log.md) says which automated test proves each control. This test reads
 * the log and fails when a named test does not exist, so the log cannot drift from the code. It also checks each
 * rating against the DCB0129 matrix, so a risk cannot be marked lower than its severity and likelihood give.
 *
 * A reference is an inline code span: `tests/e2e/referral.spec.ts › copies the referral for the record, …` — a
 * test file's path from the repository root, " › ", then the test's title exactly as written in the source (an
 * `it.each` title with its `$name` or `%s` placeholder), optionally preceded by the titles of the describe blocks
 * around it, outermost first, each followed by " › ". It must name exactly one test that runs (not skip or todo).
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOG = readFileSync(resolve(ROOT, 'docs/clinical-safety/hazard-log.md'), 'utf8');
const REFERENCE = /`((?:tests|utils|components|scripts|entrypoints)\/[^`\s]+\.(?:test|spec)\.tsx?) › ([^`]+)`/g;

const SEVERITIES = ['Minor', 'Significant', 'Considerable', 'Major', 'Catastrophic'] as const;
const LIKELIHOODS = ['Very low', 'Low', 'Medium', 'High', 'Very high'] as const;
/** DCB0129's risk matrix: `MATRIX[likelihood][severity]`, both indexed from the lowest. */
const MATRIX = [
  [1, 1, 2, 2, 3],
  [1, 2, 2, 3, 4],
  [2, 2, 3, 3, 4],
  [2, 3, 3, 4, 5],
  [3, 4, 4, 5, 5],
];
const RATING = /^(Minor|Significant|Considerable|Major|Catastrophic) × (Very low|Low|Medium|High|Very high) → ([1-5])$/;

interface Hazard {
  id: string;
  rows: Map<string, string>;
  /** The cells of the Controls table: control text and its "Proved by" cell. */
  controls: { control: string; provedBy: string }[];
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** Every `## H…` section: its two-column facts table and its Controls table. */
function hazards(markdown: string): Hazard[] {
  return markdown
    .split(/^## (?=H\d\d )/m)
    .slice(1)
    .map((section) => {
      const id = section.slice(0, section.indexOf(' '));
      const rows = new Map<string, string>();
      const controls: Hazard['controls'] = [];
      let table: 'facts' | 'controls' | undefined;
      for (const line of section.split('\n')) {
        if (!line.startsWith('|')) {
          table = undefined;
          continue;
        }
        const [first = '', second = ''] = cells(line);
        if (/^-+$/.test(first)) continue;
        if (table === undefined) {
          table = first === 'Control' ? 'controls' : 'facts';
          continue;
        }
        if (table === 'facts') rows.set(first, second);
        else controls.push({ control: first, provedBy: second });
      }
      return { id, rows, controls };
    });
}

function rating(text: string | undefined): { severity: number; likelihood: number; risk: number } | undefined {
  const match = RATING.exec(text ?? '');
  if (!match) return undefined;
  const severity = SEVERITIES.indexOf(match[1] as (typeof SEVERITIES)[number]);
  const likelihood = LIKELIHOODS.indexOf(match[2] as (typeof LIKELIHOODS)[number]);
  return { severity, likelihood, risk: Number(match[3]) };
}

const namesByFile = new Map<string, string[][]>();
function namesIn(file: string): string[][] | undefined {
  if (!namesByFile.has(file)) {
    const path = resolve(ROOT, file);
    if (!existsSync(path)) return undefined;
    namesByFile.set(file, listTestNames(file, readFileSync(path, 'utf8')));
  }
  return namesByFile.get(file);
}

/** What is wrong with one reference, or undefined when it names exactly one test. */
function problemWith(file: string, name: string): string | undefined {
  const names = namesIn(file);
  if (!names) return `${file} does not exist`;
  const found = testsNamed(names, name.split(' › '));
  if (found.length === 1) return undefined;
  if (found.length === 0) return `no test in ${file} is named "${name}"`;
  return `${found.length} tests in ${file} are named "${name}": put the describe titles in front`;
}

describe('reading test names', () => {
  const source = `
    describe('outer', () => {
      it('plain', () => {});
      it(
        'split over lines',
        { timeout: 1 },
        async () => {},
      );
      it.each([1, 2])('each %i', () => {});
      describe.each(['a'])('inner %s', () => {
        test.skipIf(false)("quoted 'title'", () => {});
      });
      it.skip('skipped', () => {});
      it.todo('to do');
      describe.skip('skipped block', () => {
        it('inside a skipped block', () => {});
      });
    });
    it(\`template\`, () => {});
    it(\`with \${'a'} substitution\`, () => {});
  `;
  const names = listTestNames('example.test.ts', source);

  it('finds every test that runs, with its describe titles, exactly as written', () => {
    expect(names).toEqual([
      ['outer', 'plain'],
      ['outer', 'split over lines'],
      ['outer', 'each %i'],
      ['outer', 'inner %s', "quoted 'title'"],
      ['template'],
    ]);
  });

  it('matches whole titles from the end, and only whole titles', () => {
    expect(testsNamed(names, ['plain'])).toEqual([['outer', 'plain']]);
    expect(testsNamed(names, ['outer', 'inner %s', "quoted 'title'"])).toHaveLength(1);
    expect(testsNamed(names, ['plai'])).toEqual([]);
    expect(testsNamed(names, ['Plain'])).toEqual([]);
    expect(testsNamed(names, ['inner %s', 'plain'])).toEqual([]);
  });
});

describe('the hazard log (docs/clinical-safety/hazard-log.md)', () => {
  const log = hazards(LOG);
  const references = [...LOG.matchAll(REFERENCE)].map(([, file = '', name = '']) => ({ file, name }));

  it('states the DCB0129 matrix it rates by', () => {
    // Rows are found by their bold likelihood and compared cell by cell, so table padding does not matter.
    const rows = new Map(
      LOG.split('\n')
        .filter((line) => /^\| \*\*[A-Z]/.test(line))
        .map((line) => {
          const [label = '', ...risks] = cells(line);
          return [label.replace(/\*/g, ''), risks.map(Number)];
        }),
    );
    for (const [likelihood, row] of MATRIX.entries()) {
      const label = LIKELIHOODS[likelihood] ?? '';
      expect(rows.get(label), `matrix row ${label}`).toEqual(row);
    }
  });

  it('has the hazards the issue asks for, each with its facts and ratings', () => {
    expect(log.length).toBeGreaterThanOrEqual(15);
    expect(new Set(log.map((h) => h.id)).size).toBe(log.length);
    for (const hazard of log) {
      for (const row of ['Cause', 'Effect', 'Initial risk', 'Residual risk', 'Status']) {
        expect(hazard.rows.get(row), `${hazard.id}: ${row}`).toBeTruthy();
      }
    }
  });

  it('rates every risk by the matrix, no residual risk above the initial one, and closes none above 2', () => {
    for (const hazard of log) {
      const initial = rating(hazard.rows.get('Initial risk'));
      const residual = rating(hazard.rows.get('Residual risk'));
      expect(initial, `${hazard.id}: initial risk "${hazard.rows.get('Initial risk')}"`).toBeDefined();
      expect(residual, `${hazard.id}: residual risk "${hazard.rows.get('Residual risk')}"`).toBeDefined();
      if (!initial || !residual) continue;
      expect(initial.risk, `${hazard.id}: initial`).toBe(MATRIX[initial.likelihood]?.[initial.severity]);
      expect(residual.risk, `${hazard.id}: residual`).toBe(MATRIX[residual.likelihood]?.[residual.severity]);
      expect(residual.risk, `${hazard.id}: residual above initial`).toBeLessThanOrEqual(initial.risk);
      // Closed only when what is left is acceptable (2 or less); otherwise the hazard stays open.
      expect(['Open', 'Closed'], `${hazard.id}: status`).toContain(hazard.rows.get('Status'));
      if (residual.risk > 2) expect(hazard.rows.get('Status'), `${hazard.id}: status`).toBe('Open');
    }
  });

  it('sums up every hazard in the summary table with the ratings and status of its own section', () => {
    const summary = new Map(
      LOG.split('\n')
        .filter((line) => /^\| H\d\d \|/.test(line))
        .map((line) => {
          const [id = '', , initial, residual, status] = cells(line);
          return [id, { initial, residual, status }];
        }),
    );
    expect([...summary.keys()]).toEqual(log.map((h) => h.id));
    for (const hazard of log) {
      expect(summary.get(hazard.id), hazard.id).toEqual({
        initial: String(rating(hazard.rows.get('Initial risk'))?.risk),
        residual: String(rating(hazard.rows.get('Residual risk'))?.risk),
        status: hazard.rows.get('Status'),
      });
    }
  });

  it('names at least one automated test for every control', () => {
    for (const hazard of log) {
      expect(hazard.controls.length, `${hazard.id} has no controls table`).toBeGreaterThan(0);
      for (const { control, provedBy } of hazard.controls) {
        expect([...provedBy.matchAll(REFERENCE)].length, `${hazard.id}: "${control}"`).toBeGreaterThan(0);
      }
    }
  });

  it('names only tests that exist, each exactly once', () => {
    expect(references.length).toBeGreaterThan(40);
    const problems = references.flatMap(({ file, name }) => problemWith(file, name) ?? []);
    expect(problems).toEqual([]);
  });
});
