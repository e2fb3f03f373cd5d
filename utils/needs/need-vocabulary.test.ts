import { describe, expect, it } from 'vitest';
import { findNeed, needVocabulary } from './need-vocabulary';

// Stored services and settings refer to these ids: the list is fixed.
const IDS = [
  'housing',
  'homelessness',
  'debt',
  'benefits',
  'food',
  'fuel-poverty',
  'loneliness',
  'mental-wellbeing',
  'bereavement',
  'carers',
  'domestic-abuse',
  'drugs-alcohol',
  'gambling',
  'employment',
  'learning-skills',
  'physical-activity',
  'dementia',
  'parenting-families',
  'digital-inclusion',
  'learning-disability',
  'autism',
  'long-term-conditions',
  'older-people',
  'young-people',
  'refugees-asylum',
  'veterans',
  'legal-immigration',
  'transport',
  'arts-creativity',
  'nature-gardening',
  'volunteering',
  'disability-sensory',
  'healthy-eating-weight',
  'smoking',
];

const PHRASE = /^[a-z0-9][a-z0-9'/-]*\*?(?: [a-z0-9'/-]+\*?)*$/;

describe('needVocabulary', () => {
  it('has exactly the fixed need ids, once each', () => {
    expect([...needVocabulary.map((need) => need.id)].sort()).toEqual([...IDS].sort());
  });

  it.each(needVocabulary.map((need) => [need.id, need] as const))('%s is well formed', (_id, need) => {
    expect(need.label.length).toBeGreaterThan(0);
    expect(need.label.length).toBeLessThanOrEqual(22);
    expect(need.description).toMatch(/^[A-Z].*\.$/);
    expect(need.synonyms.length).toBeGreaterThan(0);
    expect(need.keywords.length).toBeGreaterThan(0);
    const phrases = [...need.synonyms, ...need.keywords, ...(need.weakKeywords ?? []), ...(need.exclude ?? [])];
    for (const phrase of phrases) expect(phrase).toMatch(PHRASE);
    for (const code of need.esd) expect(code).toMatch(/^esd(?:Need|ServiceType):\d+$/);
    // A phrase cannot both show a need and cancel it, or be both strong and weak.
    const strong = new Set(need.keywords);
    const weak = new Set(need.weakKeywords ?? []);
    for (const phrase of need.weakKeywords ?? []) expect(strong.has(phrase), phrase).toBe(false);
    for (const phrase of need.exclude ?? []) expect(strong.has(phrase) || weak.has(phrase), phrase).toBe(false);
    expect(new Set(need.keywords).size).toBe(need.keywords.length);
  });

  it.each([
    ['debt', 'Debt'],
    ['loneliness', 'Loneliness'],
  ])('findNeed(%j) is labelled %j', (id, label) => {
    expect(findNeed(id)?.label).toBe(label);
  });

  it('finds nothing for an unknown id', () => {
    expect(findNeed('no-such-need')).toBeUndefined();
  });
});
