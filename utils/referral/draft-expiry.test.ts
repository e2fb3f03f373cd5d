import { describe, expect, it } from 'vitest';
import { DRAFT_CLEARED_MESSAGE, DRAFT_IDLE_LIMIT_MS, isDraftIdle, msUntilIdle } from './draft-expiry';
import { makeDraft } from './make-draft.fixture';

const NOW = Date.parse('2026-12-05T12:00:00Z');
const empty = makeDraft({ patient: { nhsNumber: '', name: '', dateOfBirth: '' }, reason: '' });

describe('isDraftIdle', () => {
  it.each([
    ['changed a minute ago', makeDraft(), NOW - 60_000, false],
    ['changed exactly an hour ago', makeDraft(), NOW - DRAFT_IDLE_LIMIT_MS, false],
    ['changed an hour and a second ago', makeDraft(), NOW - DRAFT_IDLE_LIMIT_MS - 1000, true],
    ['with only a reason, left two hours', { ...empty, reason: 'Lonely' }, NOW - 2 * DRAFT_IDLE_LIMIT_MS, true],
    ['with no patient and no reason, left two hours', empty, NOW - 2 * DRAFT_IDLE_LIMIT_MS, false],
    ['never changed', makeDraft(), undefined, false],
  ])('a draft %s is idle: %s', (_what, draft, touchedAt, idle) => {
    expect(isDraftIdle(draft, touchedAt, NOW)).toBe(idle);
  });

  it('counts down to the moment the draft becomes idle, and no further', () => {
    expect(msUntilIdle(NOW - DRAFT_IDLE_LIMIT_MS + 5000, NOW)).toBe(5001);
    expect(msUntilIdle(NOW - 2 * DRAFT_IDLE_LIMIT_MS, NOW)).toBe(0);
  });

  it('says what happened without naming the patient', () => {
    expect(DRAFT_CLEARED_MESSAGE).not.toMatch(/\d{3}/);
    expect(DRAFT_CLEARED_MESSAGE).toContain('cleared after an hour without use');
  });
});
