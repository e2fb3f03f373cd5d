import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every product source file (tests left out) under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.(test|fixture|harness)\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = [...sources('utils'), ...sources('components'), ...sources('entrypoints')];
const importsOf = (path: string) => [
  ...readFileSync(path, 'utf8').matchAll(/^import (type )?[^;]*? from '([^']+)';/gms),
];

describe('the layering in docs/architecture.md', () => {
  it('opens the database only inside utils/db', () => {
    const offenders = files.filter(
      (path) =>
        !path.startsWith('utils/db/') &&
        importsOf(path).some(([, typeOnly, from]) => /db\/db$/.test(from ?? '') && !typeOnly),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps components out of utils', () => {
    const offenders = files.filter(
      (path) => path.startsWith('utils/') && importsOf(path).some(([, , from]) => /components\//.test(from ?? '')),
    );
    expect(offenders).toEqual([]);
  });

  it('defines storage items in one module', () => {
    const offenders = files.filter(
      (path) => path !== 'utils/config/storage-items.ts' && readFileSync(path, 'utf8').includes('storage.defineItem'),
    );
    expect(offenders).toEqual([]);
  });
});
