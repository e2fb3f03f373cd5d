/**
 * `npm run -s bench -- --json FILE`: one run's figures, by size, for the lead's records and CI comparisons.
 * `{"import":{"50000":{"seconds":…}},"panelOpen":{"10000":{"medianMs":…}},"search":{"50000":{"p95Ms":…,
 * "fuseP95Ms":…}},"paint":{"50000":{"p95Ms":…}}}`.
 */
import { writeFileSync } from 'node:fs';

export interface BenchFigures {
  import: Record<string, { seconds: number; fetchMs?: number; normaliseMs?: number; swapMs?: number }>;
  panelOpen: Record<string, { medianMs: number; bestMs: number }>;
  search: Record<string, { p50Ms: number; p95Ms: number; fuseP95Ms: number; keystrokes: number }>;
  /**
   * `floor…`: the same stopwatch with no search and nothing drawn, in the same panel (paint-bench.ts).
   * `nextFramePct`: the share of keystrokes whose results were in the first frame after the input.
   * `work…`: from the input to its results in the DOM, before the frame that paints them.
   */
  paint: Record<
    string,
    {
      p50Ms: number;
      p95Ms: number;
      maxMs: number;
      keystrokes: number;
      floorP50Ms?: number;
      floorP95Ms?: number;
      nextFramePct?: number;
      floorNextFramePct?: number;
      workP50Ms?: number;
      workP95Ms?: number;
    }
  >;
}

export function emptyFigures(): BenchFigures {
  return { import: {}, panelOpen: {}, search: {}, paint: {} };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** The `--json FILE` argument, if given. */
export function jsonTarget(argv: string[] = process.argv): string | undefined {
  const at = argv.indexOf('--json');
  return at === -1 ? undefined : argv[at + 1];
}

export function writeFigures(file: string, figures: BenchFigures): void {
  const round = (_key: string, value: unknown) => (typeof value === 'number' ? Math.round(value * 100) / 100 : value);
  writeFileSync(file, `${JSON.stringify(figures, round, 2)}\n`);
}
