import { describe, expect, it } from 'vitest';
import { normaliseOrukService } from './normalise-oruk-service';

function service(record: Record<string, unknown>) {
  const result = normaliseOrukService({ id: 's1', name: 'Tea and Chat', ...record }, 'feed');
  if ('problem' in result) throw new Error(result.problem.reason);
  return result.service;
}

describe('normaliseOrukService', () => {
  it('qualifies the id with its source and keeps the feed id', () => {
    expect(service({})).toMatchObject({ id: 'feed:s1', feedId: 's1', sourceId: 'feed', status: 'active' });
  });

  it.each([
    ['http://example.org', 'http://example.org/'],
    ['example.org/path', 'https://example.org/path'],
    ['javascript:alert(1)', undefined],
    ['ftp://example.org', undefined],
    ['', undefined],
  ])('keeps only http(s) websites: %j', (url, website) => {
    expect(service({ url }).website).toBe(website);
  });

  it('trims audience tags, splits paths on ">" and drops repeats', () => {
    const audiences = service({
      pc_targetAudience: [
        { audienceType: 'Dementia ' },
        { audienceType: 'Dementia' },
        { audienceType: 'Health > Carers' },
      ],
    }).eligibility.audiences;
    expect(audiences).toEqual(['Dementia', 'Health', 'Carers']);
  });

  it('maps attendance and access words to the model', () => {
    expect(service({ attending_type: 'Home visit', attending_access: 'Self referral' })).toMatchObject({
      attendance: ['home visit'],
      access: ['self-referral'],
    });
  });

  it('reads cost, ages, assured date and organisation', () => {
    expect(
      service({
        fees: 'Free of charge',
        minimum_age: 16,
        maximum_age: '25',
        assured_date: '2023-04-13',
        organization: { name: '1625 Independent People ' },
      }),
    ).toMatchObject({
      cost: { free: true, text: 'Free of charge' },
      eligibility: { minAge: 16, maxAge: 25 },
      assuredDate: '2023-04-13',
      organisation: '1625 Independent People',
    });
  });

  it.each([
    [
      { id: '', name: 'x' },
      { id: '(none)', reason: 'The record has no id.' },
    ],
    [
      { id: 'a', name: '   ' },
      { id: 'a', reason: 'The service has no name.' },
    ],
    ['text', { id: '(none)', reason: 'The record is not an object.' }],
  ])('explains why %j cannot be used', (record, problem) => {
    expect(normaliseOrukService(record, 'feed')).toEqual({ problem });
  });
});
