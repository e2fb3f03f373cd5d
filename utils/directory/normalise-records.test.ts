import { describe, expect, it } from 'vitest';
import { fingerprint, normaliseRecords } from './normalise-records';

describe('fingerprint', () => {
  it('is the same for equal records and differs for a change of one character, at odd and even lengths', () => {
    const record = { id: 'a1', name: 'Lunch club', description: 'Weekly £2 lunch’s on' };
    expect(fingerprint({ ...record })).toBe(fingerprint(record));
    expect(fingerprint({ ...record, name: 'Lunch clud' })).not.toBe(fingerprint(record));
    expect(fingerprint({ ...record, name: 'Lunch club ' })).not.toBe(fingerprint(record));
    expect(fingerprint('ab')).not.toBe(fingerprint('ba'));
    expect(fingerprint('a')).not.toBe(fingerprint('a\u0000'));
  });

  it('tells a repeated identical record (merged) from a different one under the same id (rejected)', () => {
    const first = { id: 'x', name: 'Walking group', description: 'Tuesdays' };
    const feed = normaliseRecords([first, { ...first }, { ...first, description: 'Wednesdays' }], 'src', 0);
    expect(feed.services).toHaveLength(1);
    expect(feed.merged).toEqual(['x']);
    expect(feed.rejected).toEqual([{ id: 'x', reason: 'Another, different record already has this id.' }]);
  });
});
