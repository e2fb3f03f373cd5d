import { describe, expect, it } from 'vitest';
import { DEFAULT_SAFETY_NOTICES, validateSafetyNotices } from './safety-notices';

describe('validateSafetyNotices', () => {
  it('keeps the default wording for topics left out', () => {
    const own = { heading: 'Domestic abuse', text: 'Safeguarding lead: Dr Patel, ext 214' };
    const checked = validateSafetyNotices({ 'domestic-abuse': own });
    expect(checked).toEqual({ ok: true, value: { ...DEFAULT_SAFETY_NOTICES, 'domestic-abuse': own } });
  });

  it('accepts the defaults as they are', () => {
    expect(validateSafetyNotices(DEFAULT_SAFETY_NOTICES)).toEqual({ ok: true, value: DEFAULT_SAFETY_NOTICES });
  });

  it.each([
    ['not an object', 'The safety notices must be an object with one entry per topic.'],
    [
      { debt: { heading: 'x', text: 'y' } },
      '“debt” is not a safety topic: use domestic-abuse, suicide-self-harm, safeguarding.',
    ],
    [{ safeguarding: { heading: ' ', text: 'Call 999' } }, 'The safeguarding notice heading is empty.'],
    [
      { 'suicide-self-harm': { heading: 'Risk', text: 'x'.repeat(1001) } },
      'The suicide or self-harm risk notice text is too long: keep it under 1,000 characters.',
    ],
  ])('refuses %j in plain words', (value, problem) => {
    const checked = validateSafetyNotices(value);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problem).toBe(problem);
  });

  it('names the national domestic abuse helpline, Samaritans, NHS 111 and 999 by default', () => {
    const all = Object.values(DEFAULT_SAFETY_NOTICES)
      .map((notice) => notice.text)
      .join('\n');
    for (const route of ['0808 2000 247', '116 123', 'NHS 111', '999', 'safeguarding lead'])
      expect(all).toContain(route);
  });
});
