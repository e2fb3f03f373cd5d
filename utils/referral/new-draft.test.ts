import { describe, expect, it } from 'vitest';
import { EMPTY_PRACTICE } from '../config/setting-types';
import { newDraft, withPracticeReferrer } from './new-draft';

const PRACTICE = { ...EMPTY_PRACTICE, name: 'Riverside Medical Practice', referrerName: 'Jo Care', odsCode: 'L81001' };

describe('withPracticeReferrer', () => {
  it('gives a draft begun before the practice was set up the practice and referrer', () => {
    const early = newDraft(EMPTY_PRACTICE, undefined);
    expect(withPracticeReferrer(early, PRACTICE).referrer).toEqual({
      name: 'Jo Care',
      role: undefined,
      practice: 'Riverside Medical Practice',
      odsCode: 'L81001',
      phone: undefined,
      email: undefined,
    });
  });

  it('keeps a referrer the user filled in', () => {
    const draft = { ...newDraft(EMPTY_PRACTICE, undefined), referrer: { name: 'Dr Ann Lee', practice: '' } };
    expect(withPracticeReferrer(draft, PRACTICE)).toBe(draft);
  });
});
