import { describe, expect, it } from 'vitest';
import { normaliseRecords } from '../directory/normalise-records';
import { buildSearchIndex } from './build-search-index';
import { createSearchEngine } from './create-search-engine';
import { DEFAULT_WEIGHTS, type RankingWeights } from './ranking-weights';

const NOW = Date.parse('2026-11-27T12:00:00Z');

/** Builds a made-up directory and returns its ranking for a query under the given weights (ids without the feed). */
function ranking(records: Record<string, unknown>[]) {
  const index = buildSearchIndex(normaliseRecords(records, 'feed', NOW).services, NOW);
  return (query: string, weights: Partial<RankingWeights> = {}) =>
    createSearchEngine(index, NOW, { ...DEFAULT_WEIGHTS, ...weights })
      .search(query)
      .hits.map((hit) => hit.id.slice(5));
}

describe('audience (audience-docs.ts, weights.audience)', () => {
  const rank = ranking([
    {
      id: 'general',
      name: 'Mental Health and Wellbeing Service',
      description: 'Counselling and talking therapy for anyone feeling low, anxious or stressed.',
    },
    {
      id: 'men',
      name: 'Thursday Club',
      description: 'A peer support group for mental health and wellbeing, for anyone feeling low.',
      pc_targetAudience: [{ audienceType: 'Men' }],
    },
    {
      id: 'both',
      name: 'Wellbeing Cafe',
      description: 'A peer support group for mental health and wellbeing, for anyone feeling low.',
      pc_targetAudience: [{ audienceType: 'Men' }, { audienceType: 'Women' }],
    },
  ]);

  it('puts the service for the group a query names first: a men\'s group for "blokes feeling low"', () => {
    expect(rank('blokes feeling low')[0]).toBe('men');
    // Without the rule the general service, which names the need in its name, comes before the men's group.
    const without = rank('blokes feeling low', { audience: 0 });
    expect(without.indexOf('general')).toBeLessThan(without.indexOf('men'));
  });

  it('does not count a service that lists both groups as being for one of them', () => {
    const order = rank('blokes feeling low');
    expect(order.indexOf('men')).toBeLessThan(order.indexOf('both'));
  });

  it('changes nothing when the query names no group', () => {
    expect(rank('feeling low')).toEqual(rank('feeling low', { audience: 0 }));
  });
});

describe('balance (need-scores.ts, weights.balance)', () => {
  const rank = ranking([
    {
      id: 'lopsided',
      name: 'Anxiety Helpline',
      description:
        'A helpline for anyone in distress, day or night, run by trained volunteers. Open to adults, young people, teenagers and youth groups.',
    },
    {
      id: 'both',
      name: 'Off The Page',
      description:
        'Free counselling and wellbeing support for young people and teenagers aged 11 to 25 with anxiety, depression or low mood.',
    },
  ]);

  it('puts a service meeting both needs a query names well before one naming one and mentioning the other', () => {
    expect(rank("young people's mental health")).toEqual(['both', 'lopsided']);
    expect(rank("young people's mental health", { balance: 0 })).toEqual(['lopsided', 'both']);
  });

  it('changes nothing for a query naming one need', () => {
    expect(rank('anxiety')).toEqual(rank('anxiety', { balance: 0 }));
  });
});

describe('a name carrying only clues is not a headline (need-levels.ts)', () => {
  const rank = ranking([
    {
      id: 'clue',
      name: 'Healthy Lifestyles Club',
      description: 'Gym sessions, swimming, yoga and badminton for adults, with healthy meals in the café.',
    },
    {
      id: 'named',
      name: 'Thursday Group',
      description: 'Weight loss support for adults who want to lose weight and reach a healthy weight.',
    },
  ]);

  // Both meet the need strongly (a clue in the name, the need in the opening); without the rule the name is a
  // headline and the gym comes first.
  it('puts the service whose text is about weight before one whose name only says "healthy lifestyle"', () => {
    expect(rank("I'm overweight")).toEqual(['named', 'clue']);
  });
});

describe("a disclosure's topic words count once (create-search-engine.ts)", () => {
  const rank = ranking([
    {
      id: 'advocacy',
      name: 'Rights Protection Advocacy',
      description: 'Advocates help adults who cannot decide for themselves; their legal protection matters.',
    },
    {
      id: 'partnership',
      name: 'Keeping Children Safe Partnership',
      description: 'Report a concern about a child. We keep children safe.',
    },
  ]);

  it('does not count "protection" twice, as typed and as a safeguarding service word: "child protection"', () => {
    expect(rank('child protection')[0]).toBe('partnership');
  });
});

describe('a catalogue matches words but is about no one need (need-scores.ts, weights.textBreadth)', () => {
  const rank = ranking([
    {
      id: 'catalogue',
      name: 'Council Services',
      description:
        'Our services: debt advice, housing advice, food bank vouchers, carers support, stop smoking service, ' +
        'dementia cafe, befriending for loneliness, employment support, adult learning, mental health support.',
    },
    {
      id: 'focused',
      name: 'Healthier You',
      description: 'Are you ready for a change? Our team can help you quit smoking and feel better.',
    },
  ]);

  it('puts a focused service before a listing of a dozen services that repeats the query\'s words: "stop smoking"', () => {
    expect(rank('stop smoking')).toEqual(['focused', 'catalogue']);
    expect(rank('stop smoking', { textBreadth: 0 })).toEqual(['catalogue', 'focused']);
  });

  it('leaves a query that names no need ranked by its words alone', () => {
    expect(rank('council services')).toEqual(rank('council services', { textBreadth: 0 }));
  });
});

describe('abuse by a partner points at domestic abuse services (vocabulary-safety.ts serviceWordsWhen)', () => {
  const rank = ranking([
    {
      id: 'rape-crisis',
      name: 'Rape and Sexual Abuse Support',
      description: 'Specialist support for survivors of rape and sexual violence, whenever it happened.',
    },
    {
      id: 'domestic',
      name: 'Next Step Domestic Abuse Services',
      description:
        'Domestic abuse support: safe supported housing for women and children, counselling, and help with debt.',
    },
  ]);

  it('puts the domestic abuse service first for a disclosure about a partner: "my partner hurts me"', () => {
    expect(rank('my partner hurts me')[0]).toBe('domestic');
    expect(rank('she is scared of her partner')[0]).toBe('domestic');
  });

  it('leaves a disclosure of sexual violence to the rape crisis service: "I was raped"', () => {
    expect(rank('I was raped')[0]).toBe('rape-crisis');
  });
});

describe('a word begun is the word as typed (word-lookup.ts)', () => {
  const rank = ranking([
    { id: 'scooters', name: 'Shopmobility', description: 'Scooters and wheelchairs to borrow in the city centre.' },
    { id: 'cafe', name: 'Corner Cafe', description: 'A friendly cafe beside the shops, with lunches every weekday.' },
  ]);

  it('does not read the last word "shops" as the start of "shopmobility": "cafe by the shops"', () => {
    expect(rank('cafe by the shops')).toEqual(['cafe']);
    // While it is still being typed, "shop" begins both.
    expect(rank('cafe by the shop')).toContain('scooters');
  });
});
