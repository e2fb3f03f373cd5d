import { describe, expect, it } from 'vitest';
import { normaliseCost } from './normalise-cost';

describe('normaliseCost', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['nothing', {}, {}],
    ['free fees', { fees: 'Free of charge' }, { text: 'Free of charge', free: true }],
    ['no-charge fees', { fees: '<p>No charge</p>' }, { text: 'No charge', free: true }],
    ['fees that are not free', { fees: '£3 per session' }, { text: '£3 per session' }],
    ['3.0 fees_description', { fees_description: 'Donations welcome' }, { text: 'Donations welcome' }],
    [
      'all options free',
      {
        cost_options: [
          { option: 'Tea', amount: 0 },
          { option: 'Lunch', amount_description: 'Free for members' },
        ],
      },
      { text: 'Tea: Free; Lunch: Free for members', free: true },
    ],
    [
      'a priced option',
      { cost_options: [{ option: 'Under 18s and Over 60s', amount: 35, amount_description: 'per 1 hour session' }] },
      { text: 'Under 18s and Over 60s: £35 per 1 hour session', free: false },
    ],
    [
      'a price wins over free-sounding fees',
      { fees: 'Free for carers', cost_options: [{ amount: '7.5' }] },
      { text: 'Free for carers', free: false },
    ],
    ['another currency', { cost_options: [{ amount: 10, currency: 'EUR' }] }, { text: '10 EUR', free: false }],
  ])('%s', (_, record, cost) => {
    expect(normaliseCost(record)).toEqual(cost);
  });

  it('formats pence', () => {
    expect(normaliseCost({ cost_options: [{ amount: 7.5 }] }).text).toBe('£7.50');
  });
});
