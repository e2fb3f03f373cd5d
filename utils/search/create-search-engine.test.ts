import { describe, expect, it } from 'vitest';
import { normaliseRecords } from '../directory/normalise-records';
import { buildSearchIndex } from './build-search-index';
import { createSearchEngine } from './create-search-engine';
import { locatePostcode } from './locate-postcode';
import { DEFAULT_WEIGHTS } from './ranking-weights';

const NOW = Date.parse('2026-11-27T12:00:00Z');

/** A small directory in ORUK v1 detail form, normalised and inferred as an import would. */
const records = [
  {
    id: 'debt',
    name: 'Citywide Debt Advice',
    description: 'Free debt advice and help with money worries, bailiffs and arrears.',
    fees: 'Free',
    attending_access: 'Self referral',
    attending_type: 'Phone',
    assured_date: '2026-06-01',
    service_at_locations: [
      { location: { latitude: 51.4545, longitude: -2.5879, physical_addresses: [{ postal_code: 'BS1 5TR' }] } },
    ],
    regular_schedules: [{ weekday: 'Monday', opens_at: '09:00', closes_at: '17:00' }],
  },
  {
    id: 'lonely',
    name: 'Tuesday Tea and Chat',
    description: 'A friendly group for people who feel lonely or isolated. Make new friends over tea.',
    attending_type: 'Venue',
    minimum_age: 60,
    pc_targetAudience: [{ audienceType: 'Older People ' }],
    service_at_locations: [
      { location: { latitude: 51.5, longitude: -2.55, physical_addresses: [{ postal_code: 'BS7 8AA' }] } },
    ],
    regular_schedules: [{ weekday: 'Tuesday', opens_at: '14:00', closes_at: '16:00' }],
  },
  {
    id: 'housing',
    name: 'Housing Options Service',
    description: 'Advice for tenants facing eviction, rent arrears or disrepair.',
    attending_access: 'Professional referral',
    service_at_locations: [{ location: { physical_addresses: [{ postal_code: 'BS1 6XX' }] } }],
  },
  { id: 'closed', name: 'Old Debt Helpline', description: 'Debt advice by phone.', status: 'inactive' },
];
const services = normaliseRecords(records, 'feed', NOW).services;
const index = buildSearchIndex(services, NOW);
const engine = createSearchEngine(index, NOW);
const ids = (query: string, filters = {}) => engine.search(query, filters).hits.map((hit) => hit.id.slice(5));

describe('createSearchEngine', () => {
  it.each([
    ['debt', ['debt']],
    ['money worries', ['debt']],
    ['dept advise', ['debt']],
    ['lonely', ['lonely']],
    ['lonelyness', ['lonely']],
    ['housng', ['housing']],
    ["can't pay rent", ['housing']],
  ])('"%s" finds %j first', (query, expected) => {
    expect(ids(query).slice(0, expected.length)).toEqual(expected);
  });

  it('hides inactive services unless asked', () => {
    expect(ids('debt')).not.toContain('closed');
    expect(ids('debt', { includeInactive: true })).toContain('closed');
  });

  it('reads needs and corrections from the query and says which words matched', () => {
    const response = engine.search('housng');
    expect(response.corrections).toEqual([{ from: 'housng', to: 'housing' }]);
    expect(response.needs).toContain('housing');
    expect(response.hits[0]?.words[0]).toMatchObject({ query: 'housng', word: 'housing', kind: 'typo' });
  });

  it('finds words as they are typed', () => {
    expect(ids('evic')).toEqual(['housing']);
    expect(ids('tues')).toContain('lonely');
  });

  it.each([
    ['need chip', { needs: ['loneliness'] }, ['lonely']],
    ['open on Monday', { openOn: 1 }, ['debt']],
    ['open now (Tuesday 15:00)', { openAt: { day: 2, minutes: 15 * 60 } }, ['lonely']],
    ['age 30', { age: 30 }, ['debt', 'housing']],
    ['free', { free: true }, ['debt']],
    ['self-referral', { selfReferral: true }, ['debt']],
    ['by phone', { attendance: ['phone'] }, ['debt']],
    ['audience', { audience: 'Older People' }, ['lonely']],
  ])('filters: %s', (_, filters, expected) => {
    expect(ids('', filters).sort()).toEqual([...expected].sort());
  });

  it("filters by distance from a postcode placed by the directory's own locations", () => {
    const near = locatePostcode(index, 'bs1 5tr');
    if (!near.ok) throw new Error(near.message);
    expect(near.precision).toBe('postcode');
    expect(ids('', { near: { lat: near.lat, lon: near.lon, km: 2 } }).sort()).toEqual(['debt', 'housing']);
    const district = locatePostcode(index, 'BS7 1ZZ');
    expect(district).toMatchObject({ ok: true, precision: 'district', label: 'BS7' });
    expect(locatePostcode(index, 'M1 1AE')).toMatchObject({ ok: false });
    expect(locatePostcode(index, 'not a postcode')).toMatchObject({ ok: false });
  });

  it('answers a query typed keystroke by keystroke (earlier words from its cache) as a fresh engine does', () => {
    const typed = createSearchEngine(index, NOW);
    const query = 'free debt advice for tenants facing eviction tues';
    for (let i = 1; i <= query.length; i++) {
      const prefix = query.slice(0, i);
      expect(typed.search(prefix)).toEqual(createSearchEngine(index, NOW).search(prefix));
    }
  });

  it('answers a query of more new words than it remembers as a fresh engine does', () => {
    const busy = createSearchEngine(index, NOW);
    busy.search('lonely isolated tea chat friends group older people tuesday');
    const long = 'debt advice money worries bailiffs arrears tenants eviction rent disrepair housing options free';
    expect(busy.search(long)).toEqual(createSearchEngine(index, NOW).search(long));
    expect(busy.search(`${long} `)).toEqual(createSearchEngine(index, NOW).search(`${long} `));
  });

  it('puts a pinned service first among the matches', () => {
    engine.setPinned(['feed:housing']);
    try {
      expect(ids('advice')[0]).toBe('housing');
    } finally {
      engine.setPinned([]);
    }
  });
});

describe('context words', () => {
  const services = normaliseRecords(
    [
      {
        id: 'general',
        name: 'Mental Health Support Service',
        description: 'Talking therapy and counselling for anxiety and depression, for anyone in the city.',
      },
      {
        id: 'men',
        name: 'Thursday Talk Club',
        description: 'A talking group for mental health and wellbeing.',
        pc_targetAudience: [{ audienceType: 'Men' }],
      },
    ],
    'feed',
  ).services;
  const contextIndex = buildSearchIndex(services, NOW);
  const score = (context: number, id: string) => {
    const weights = { ...DEFAULT_WEIGHTS, context };
    return createSearchEngine(contextIndex, NOW, weights)
      .search("men's mental health")
      .hits.find((hit) => hit.id === `feed:${id}`)?.score;
  };

  it('lowers the need score of services that lack the words the need does not explain, in their own fields', () => {
    expect(score(DEFAULT_WEIGHTS.context, 'general')).toBeLessThan(score(0, 'general') ?? 0);
    expect(score(DEFAULT_WEIGHTS.context, 'men')).toBeCloseTo(score(0, 'men') ?? 0, 6);
  });
});

describe('createSearchEngine: disclosures', () => {
  const directory = normaliseRecords(
    [
      // Both mention a word of safeguarding services ("safe"), as many listings do in passing.
      { id: 'cycling', name: 'Adult Cycling Activities', description: 'Bike rides on safe routes for adults.' },
      { id: 'transport', name: 'Accessible Transport', description: 'Safe door to door minibus for disabled people.' },
      { id: 'talk', name: 'Talk Club', description: 'A talking and listening club for men who are feeling low.' },
      {
        id: 'partnership',
        name: 'Keeping the City Safe Partnership',
        description: 'How to report a concern and keep children safe from abuse and neglect.',
      },
    ],
    'feed',
    NOW,
  ).services;
  const safeguarding = createSearchEngine(buildSearchIndex(directory, NOW), NOW);

  it("puts a safeguarding service first for a child's disclosure whose words no service uses", () => {
    const answer = safeguarding.search('my stepdad hurts me');
    expect(answer.safety).toEqual(['safeguarding']);
    expect(answer.hits[0]?.id).toBe('feed:partnership');
  });

  it('says who a query asks for: men', () => {
    expect(safeguarding.search('blokes feeling low').audiences).toEqual(['men']);
    expect(safeguarding.search('feeling low').audiences).toEqual([]);
  });
});
