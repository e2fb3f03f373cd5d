import { describe, expect, it } from 'vitest';
import { formatNhsNumber, isValidNhsNumber, normaliseNhsNumber } from './nhs-number';

describe('isValidNhsNumber', () => {
  it.each([
    ['9990079196', true],
    ['999 007 9196', true],
    ['999-007-9196', true],
    ['9990237573', true],
    // Check digit off by one.
    ['9990079197', false],
    // 999123456x has a remainder that gives check digit 10: never issued, whatever the last digit.
    ['9991234567', false],
    ['9991234560', false],
    ['999007919', false],
    ['99900791961', false],
    ['999 0079 196x', false],
    ['', false],
  ])('%s → %s', (input, expected) => {
    expect(isValidNhsNumber(input)).toBe(expected);
  });

  it('accepts a check digit of 0 when 11 − remainder is 11', () => {
    // Find one such number by brute force rather than trusting a hand-computed constant.
    const weights = [10, 9, 8, 7, 6, 5, 4, 3, 2];
    let base = 999_000_000;
    while (weights.reduce((sum, w, i) => sum + w * Number(String(base)[i]), 0) % 11 !== 0) base++;
    expect(isValidNhsNumber(`${base}0`)).toBe(true);
    expect(isValidNhsNumber(`${base}1`)).toBe(false);
  });
});

describe('normaliseNhsNumber / formatNhsNumber', () => {
  it('strips spaces and hyphens, and groups 3-3-4 for display', () => {
    expect(normaliseNhsNumber('999 007-9196')).toBe('9990079196');
    expect(formatNhsNumber('9990079196')).toBe('999 007 9196');
  });
});
