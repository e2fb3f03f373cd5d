// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The code that ships in the extension; tests and dev scripts may print what they like. */
const PRODUCT = ['entrypoints', 'components', 'utils'];

function productFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return productFiles(path);
    const shipped = /\.tsx?$/.test(entry.name) && !/\.(test|fixture|harness)\.tsx?$/.test(entry.name);
    return shipped ? [path] : [];
  });
}

/**
 * The browser keeps what an extension writes to the console, where anyone at the machine can read it and error
 * reports can carry it: a patient's details must never go there, so nothing in the product writes to it at all.
 */
describe('no patient detail in the browser console', () => {
  it('ships no console call in any entrypoint, component or util', () => {
    const files = PRODUCT.flatMap(productFiles);
    expect(files.length).toBeGreaterThan(100);
    const calls = files.flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (/\bconsole\s*\.\s*\w+/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(calls).toEqual([]);
  });
});
