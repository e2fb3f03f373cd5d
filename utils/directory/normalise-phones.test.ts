import { describe, expect, it } from 'vitest';
import { normalisePhones } from './normalise-phones';

describe('normalisePhones', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['none', {}, []],
    ['3.0 service phones', { phones: [{ number: '0117 496 0123' }] }, ['0117 496 0123']],
    ['stray CSV quotes', { phones: [{ number: '"+44 1234 234567"' }] }, ['+44 1234 234567']],
    [
      'v1 contacts, unique by digits',
      { contacts: [{ phones: [{ number: '0117 496 0123' }, { number: '01174960123' }, { number: 7700900456 }] }] },
      ['0117 496 0123', '7700900456'],
    ],
    [
      'phones at locations',
      {
        service_at_locations: [
          { phones: [{ number: '0117 496 0001' }], location: { phones: [{ number: '0117 496 0002' }] } },
        ],
      },
      ['0117 496 0001', '0117 496 0002'],
    ],
    [
      'organisation only when the service has none',
      { phones: [{ number: '0117 496 0003' }], organization: { phones: [{ number: '0117 496 0004' }] } },
      ['0117 496 0003'],
    ],
    ['organisation as fallback', { organization: { phones: [{ number: '0117 496 0004' }] } }, ['0117 496 0004']],
    ['numbers without digits', { phones: [{ number: 'N/A' }, { number: '' }, {}] }, []],
  ])('%s', (_, record, phones) => {
    expect(normalisePhones(record)).toEqual(phones);
  });
});
