/**
 * Feed text is data: no product code may hand text to an HTML sink, and every link drawn from feed fields goes
 * through utils/directory/safe-link.ts (http(s) without a user name, mailto: address only, tel: digits).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['components', 'entrypoints', 'utils'];
const HTML_SINKS =
  /\b(?:innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|srcdoc)\b|\bnew Function\(|\beval\(/;
// `href={…}` values that are safe by construction: an in-page anchor, or one of the safe-link helpers.
const SAFE_HREF = /^href=\{(?:`#\$\{[^}]+\}`|websiteHref\([^)]*\)|mailtoHref\([^)]*\)|telHref\([^)]*\)|url)\}$/;

function productFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return productFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = ROOTS.flatMap(productFiles).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

describe('feed text is data', () => {
  it('reads the product source', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('has no HTML sink anywhere in the product code', () => {
    const offenders = files.filter((file) => HTML_SINKS.test(file.text)).map((file) => file.path);
    expect(offenders).toEqual([]);
  });

  it('builds every link from a checked value', () => {
    const hrefs = files.flatMap((file) =>
      [...file.text.matchAll(/href=\{(?:[^{}]|\{[^{}]*\})*\}/g)].map((m) => `${file.path}: ${m[0]}`),
    );
    expect(hrefs.length).toBeGreaterThan(3);
    expect(hrefs.filter((href) => !SAFE_HREF.test(href.split(': ')[1] ?? ''))).toEqual([]);
  });
});
