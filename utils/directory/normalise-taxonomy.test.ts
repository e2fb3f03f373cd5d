import { describe, expect, it } from 'vitest';
import { normaliseTaxonomy } from './normalise-taxonomy';

describe('normaliseTaxonomy', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['nothing', {}, []],
    [
      'v1 service_taxonomys',
      {
        service_taxonomys: [
          { taxonomy: { id: '69', name: 'Social isolation', vocabulary: 'esdNeed' } },
          { taxonomy: { id: 69, vocabulary: 'esdNeed' } },
          { taxonomy: { id: 'BD', name: 'No vocabulary' } },
          { taxonomy: { name: 'No id', vocabulary: 'esdNeed' } },
          'junk',
        ],
      },
      ['esdNeed:69', 'BD'],
    ],
    [
      '3.0 attributes: code before id',
      {
        attributes: [
          { taxonomy_term: { id: 'uuid-1', code: 'BD-1800', taxonomy: 'AIRS' } },
          { taxonomy_term: { id: 'uuid-2', taxonomy: 'taxonomy' } },
          { link_type: 'no term' },
        ],
      },
      ['AIRS:BD-1800', 'taxonomy:uuid-2'],
    ],
    [
      '3.0 taxonomy_terms with taxonomy_detail',
      { taxonomy_terms: [{ id: 'x', code: 'food', taxonomy_detail: { name: 'openEligibility' } }] },
      ['openEligibility:food'],
    ],
  ])('%s', (_, record, taxonomy) => {
    expect(normaliseTaxonomy(record)).toEqual(taxonomy);
  });
});
