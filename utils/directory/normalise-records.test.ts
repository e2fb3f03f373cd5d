import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../scripts/bench/generate-directory';
import { fingerprint, normaliseRecords } from './normalise-records';

describe('fingerprint', () => {
  it('is the same for equal records and differs for a change of one character, at odd and even lengths', () => {
    const record = { id: 'a1', name: 'Lunch club', description: 'Weekly £2 lunch’s on' };
    expect(fingerprint({ ...record })).toBe(fingerprint(record));
    expect(fingerprint({ ...record, name: 'Lunch clud' })).not.toBe(fingerprint(record));
    expect(fingerprint({ ...record, name: 'Lunch club ' })).not.toBe(fingerprint(record));
    expect(fingerprint('ab')).not.toBe(fingerprint('ba'));
    expect(fingerprint('a')).not.toBe(fingerprint('a\u0000'));
    // Past 65,536 characters of JSON a record is hashed by UTF-16 units instead of UTF-8 bytes: the same rules hold.
    const long = { ...record, description: 'x'.repeat(70_000) };
    expect(fingerprint({ ...long })).toBe(fingerprint(long));
    expect(fingerprint({ ...long, description: `${long.description}y` })).not.toBe(fingerprint(long));
    expect(fingerprint({ a: '\ud800' })).not.toBe(fingerprint({ a: '\udfff' }));
  });

  it('is equal exactly when JSON.stringify writes two records the same, over generated records and small changes', () => {
    const records = generateDirectory(300, 9) as Record<string, unknown>[];
    const changed = (record: Record<string, unknown>, i: number): unknown[] => [
      structuredClone(record),
      { ...record, extra: undefined },
      { ...record, name: `${String(record.name)}.` },
      Object.fromEntries(Object.entries(record).reverse()),
      { ...record, id: i },
      { ...record, description: [record.description] },
      { ...record, organization: {} },
      { ...record, organization: [] },
      { ...record, [`a${i}`]: 'b' },
      { ...record, [`a${i}b`]: '' },
    ];
    const cases = records.flatMap((record, i) => changed(record, i).map((other) => [record, other] as const));
    cases.push([{ a: [1, 2] }, { a: [[1], 2] }], [{ a: 1 }, { a: '1' }], [{ a: null }, { a: undefined }]);
    for (const [a, b] of cases) {
      expect(fingerprint(a) === fingerprint(b)).toBe(JSON.stringify(a) === JSON.stringify(b));
    }
    expect(new Set(records.map(fingerprint)).size).toBe(records.length);
  });

  it('tells a repeated identical record (merged) from a different one under the same id (rejected)', () => {
    const first = { id: 'x', name: 'Walking group', description: 'Tuesdays' };
    const feed = normaliseRecords([first, { ...first }, { ...first, description: 'Wednesdays' }], 'src', 0);
    expect(feed.services).toHaveLength(1);
    expect(feed.merged).toEqual(['x']);
    expect(feed.rejected).toEqual([{ id: 'x', reason: 'Another, different record already has this id.' }]);
  });
});
