import { describe, expect, it } from 'vitest';
import { makeService } from './draft-service.fixture';
import { draftShareFacts } from './draft-share-facts';

const factsOf = (overrides: Parameters<typeof makeService>[0]) =>
  Object.fromEntries(draftShareFacts(makeService(overrides)).map((fact) => [fact.label, fact.value]));

describe('draftShareFacts', () => {
  it('gives what it is, how to get in touch, how it works, when, where and cost, in that order', () => {
    expect(draftShareFacts(makeService())).toEqual([
      { label: 'What it is', value: 'Free, confidential help with debts, bills and benefits.' },
      { label: 'How to get in touch', value: 'Phone 0117 496 0000\nEmail help@example.org\nhttps://example.org/money' },
      {
        label: 'How it works',
        value: 'You can contact them yourself. You can just turn up. They help you in person, by phone.',
      },
      { label: 'When', value: 'Mondays 10:00–12:00' },
      { label: 'Where', value: 'Central Library, College Green, Bristol, BS1 5TL' },
      { label: 'Cost', value: 'Free' },
    ]);
  });

  it.each([
    [{ cost: { free: true, text: '£2 a session' } }, '£2 a session'],
    [{ cost: { free: true } }, 'Free'],
    [{ cost: {} }, 'Not stated: ask when you contact them'],
    [{ cost: { free: false } }, 'Not stated: ask when you contact them'],
  ])('words cost %j as "%s"', (overrides, cost) => {
    expect(factsOf(overrides).Cost).toBe(cost);
  });

  it('leaves out what the feed does not say, except cost', () => {
    const facts = factsOf({
      description: ' ',
      phones: [],
      email: undefined,
      website: undefined,
      access: [],
      attendance: [],
      schedules: [],
      locations: [],
      cost: {},
    });
    expect(Object.keys(facts)).toEqual(['Cost']);
  });

  it('names at most three places', () => {
    const locations = ['A', 'B', 'C', 'D'].map((name) => ({ name }));
    expect(factsOf({ locations }).Where).toBe('A\nB\nC');
  });
});
