import { describe, expect, it } from 'vitest';
import type { Service } from '../../utils/directory/service';
import { createServiceSearch } from './plain-fuse-search';

function make(name: string, description = ''): Service {
  return {
    id: `feed:${name}`,
    feedId: name,
    sourceId: 'feed',
    name,
    description,
    phones: [],
    needs: [],
    needEvidence: [],
    locations: [],
    schedules: [],
    eligibility: { audiences: [] },
    cost: {},
    attendance: [],
    access: [],
    taxonomy: [],
    status: 'active',
  };
}

const services = [
  make('Silver Line', 'Friendship helpline for lonely older people'),
  make('Debt Advice Bristol', 'Free help with money worries and bills'),
  make('Cruse Bereavement Support', 'Support after someone dies'),
];

describe('createServiceSearch', () => {
  const search = createServiceSearch(services);

  it('lists the whole directory by name for an empty query', () => {
    expect(search('  ').map((r) => r.service.name)).toEqual([
      'Cruse Bereavement Support',
      'Debt Advice Bristol',
      'Silver Line',
    ]);
  });

  it.each([
    ['lonely', 'Silver Line'],
    ['money', 'Debt Advice Bristol'],
    ['bereavment', 'Cruse Bereavement Support'],
  ])('%s finds %s first', (query, name) => {
    expect(search(query)[0]?.service.name).toBe(name);
  });

  it('respects the limit', () => {
    expect(search('', 2)).toHaveLength(2);
  });
});
