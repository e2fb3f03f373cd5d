import { describe, expect, it } from 'vitest';
import { trackingWords } from './tracking-words';

describe('trackingWords', () => {
  it.each([
    [
      { state: 'waiting', endpoint: 'x', lastError: 'The FHIR server could not be reached' },
      'Waiting to send to the FHIR server (last try: The FHIR server could not be reached). Signpost keeps trying.',
    ],
    [
      {
        state: 'sent',
        endpoint: 'x',
        taskStatus: 'completed',
        statusFrom: 'server',
        statusAt: '2026-12-05T14:02:00Z',
        checkedAt: '2026-12-05T15:00:00Z',
      },
      'On the FHIR server: Completed; updated by the link worker 5 December 2026, 14:02; last checked 5 December 2026, 15:00.',
    ],
    [{ state: 'sent', endpoint: 'x' }, 'On the FHIR server: Waiting for the link worker.'],
    [
      { state: 'sent', endpoint: 'x', taskStatus: 'accepted', statusFrom: 'here' },
      'On the FHIR server: Accepted; the status above was set here by hand.',
    ],
  ] as const)('%o', (tracking, words) => {
    expect(trackingWords(tracking)).toBe(words);
  });
});
