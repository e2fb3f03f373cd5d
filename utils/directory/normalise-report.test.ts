import { describe, expect, it } from 'vitest';
import { count, quoted } from './normalise-report';

describe('quoted', () => {
  it.each([
    ['javascript:alert(1)', '"javascript:alert(1)"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['x'.repeat(100), `"${'x'.repeat(80)}…"`],
  ])('%j → %s', (value, expected) => {
    expect(quoted(value)).toBe(expected);
  });
});

describe('count', () => {
  it.each([
    [201, '201'],
    [100_001, '100,001'],
    [2_400_000, '2,400,000'],
  ])('%d → %s', (value, expected) => {
    expect(count(value)).toBe(expected);
  });
});
