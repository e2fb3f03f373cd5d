import { describe, expect, it } from 'vitest';
import { matchNeedPhrases } from '../needs/match-need-phrases';
import { needsBeyondRelations, queryWordWeight } from './query-words';

describe('needsBeyondRelations', () => {
  it.each([
    ['my mum never leaves the house and has no one', ['loneliness']],
    ['my son talks about killing himself', ['mental-wellbeing']],
    ['struggling with my kids', ['parenting-families']],
    ['my kids', ['parenting-families']],
    ['new baby', ['parenting-families']],
  ])('"%s" asks for %j', (query, needs) => {
    expect([...needsBeyondRelations(matchNeedPhrases(query))]).toEqual(needs);
  });
});

describe('queryWordWeight', () => {
  it('weighs conversational filler lightly and need words fully', () => {
    expect(queryWordWeight('help')).toBeLessThan(0.5);
    expect(queryWordWeight('feeling')).toBeLessThan(0.5);
    expect(queryWordWeight('debt')).toBe(1);
  });
});
