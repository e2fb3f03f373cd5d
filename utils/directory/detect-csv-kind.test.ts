import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectCsvKind } from './detect-csv-kind';

describe('detectCsvKind', () => {
  it.each([
    ['tests/fixtures/oruk-3.0/csv/services.csv', 'hsds-services'],
    ['tests/fixtures/practice/kendal-services.csv', 'practice'],
    ['tests/fixtures/oruk-3.0/csv/phones.csv', undefined],
    ['tests/fixtures/oruk-3.0/csv/organizations.csv', undefined],
    ['tests/fixtures/oruk-3.0/csv/locations.csv', undefined],
  ])('reads %s as %s', (path, kind) => {
    expect(detectCsvKind(readFileSync(path, 'utf8'))).toBe(kind);
  });

  it.each([
    ['\uFEFFid,organization_id,name\r\n', 'hsds-services'],
    ['id,name,assured_date\n', 'hsds-services'],
    ['Service Name,Telephone\n', 'practice'],
    ['id,name,description\n', 'practice'],
    ['title,phone\n', undefined],
    ['', undefined],
  ])('reads the header %j as %s', (text, kind) => {
    expect(detectCsvKind(text)).toBe(kind);
  });
});
