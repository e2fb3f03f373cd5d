import { describe, expect, it } from 'vitest';
import { formatDate, formatRelativeTime } from './relative-time';

describe('formatDate', () => {
  it.each([
    ['1956-03-01', '1 March 1956'],
    ['2000-12-31', '31 December 2000'],
    ['2000-13-01', '2000-13-01'],
    ['not a date', 'not a date'],
  ])('formatDate(%j) → %j', (iso, shown) => {
    expect(formatDate(iso)).toBe(shown);
  });
});

describe('formatRelativeTime', () => {
  it.each([
    [30_000, 'just now'],
    [3 * 3_600_000, '3 hours ago'],
    [24 * 3_600_000, 'yesterday'],
  ])('%i ms ago → %j', (elapsed, shown) => {
    expect(formatRelativeTime(1_000_000_000 - elapsed, 1_000_000_000)).toBe(shown);
  });
});
