import { describe, expect, it } from 'vitest';
import { formatUkDateTime, isIsoDate, ukIsoDate } from './uk-dates';

describe('uk dates', () => {
  it.each([
    ['2025-06-02T09:05:00Z', '2 June 2025, 10:05'],
    ['2025-01-15T09:05:00Z', '15 January 2025, 09:05'],
    ['2025-06-01T23:30:00Z', '2 June 2025, 00:30'],
    ['soon', 'soon'],
  ])('formatUkDateTime(%j) → %j (UK time)', (iso, shown) => {
    expect(formatUkDateTime(iso)).toBe(shown);
  });

  it('gives the UK calendar date, not the UTC one', () => {
    expect(ukIsoDate(new Date('2025-06-01T23:30:00Z'))).toBe('2025-06-02');
    expect(ukIsoDate(new Date('2025-01-01T23:30:00Z'))).toBe('2025-01-01');
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1956-3-1', false],
    ['1956-03-01T00:00', false],
  ])('isIsoDate(%j) → %s', (text, ok) => {
    expect(isIsoDate(text)).toBe(ok);
  });
});
