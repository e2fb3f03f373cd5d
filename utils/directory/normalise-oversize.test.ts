import { describe, expect, it } from 'vitest';
import { findOversize } from './normalise-oversize';

const big = 'x'.repeat(100_001);
const deep = (depth: number): unknown => (depth === 0 ? 'leaf' : [deep(depth - 1)]);

describe('findOversize', () => {
  it.each([
    ['a normal record', { id: 'a', name: 'b', list: [1, null, true, { c: 'd' }] }, undefined],
    ['exactly 100,000 characters', { description: 'x'.repeat(100_000) }, undefined],
    ['a long top-level string', { description: big }, { field: 'description', length: 100_001 }],
    [
      'a long nested string',
      { contacts: [{ phones: [{ number: '1' }, { number: big }] }] },
      { field: 'contacts[0].phones[1].number', length: 100_001 },
    ],
    ['HTML long only in markup', { description: `<img src="${big}">text` }, undefined],
    ['HTML long in text', { description: `<p>${big}</p>` }, { field: 'description', length: 100_008 }],
    [
      'HTML over a million characters',
      { description: `<img src="${'x'.repeat(1_000_000)}">` },
      { field: 'description', length: 1_000_012 },
    ],
    ['a real nesting depth', { a: deep(10) }, undefined],
  ])('%s', (_, record, expected) => {
    expect(findOversize(record)).toEqual(expected);
  });

  it('stops at nesting deeper than any real record', () => {
    expect(findOversize({ a: deep(40) })).toMatchObject({ length: Number.POSITIVE_INFINITY });
  });
});
