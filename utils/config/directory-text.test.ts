import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../directory/import-directory';
import { hoursText, outcomeText } from './directory-text';

describe('hoursText', () => {
  it.each([
    [1, 'Every hour'],
    [6, 'Every 6 hours'],
    [24, 'Daily'],
    [72, 'Every 3 days'],
    [168, 'Weekly'],
  ])('%i hours is %s', (hours, text) => {
    expect(hoursText(hours)).toBe(text);
  });
});

describe('outcomeText', () => {
  it.each<[ImportOutcome, string]>([
    [{ ok: false, error: 'The feed could not be reached.' }, 'The feed could not be reached.'],
    [{ ok: true, unchanged: true, serviceCount: 12, rejected: [] }, 'The feed has not changed: 12 services in use.'],
    [{ ok: true, unchanged: false, serviceCount: 12, rejected: [] }, 'Imported 12 services.'],
  ])('%j', (outcome, text) => {
    expect(outcomeText(outcome)).toBe(text);
  });
});
