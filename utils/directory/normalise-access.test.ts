import { describe, expect, it } from 'vitest';
import { normaliseAccess } from './normalise-access';

describe('normaliseAccess', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['nothing', {}, []],
    ['self referral', { attending_access: 'Self referral' }, ['self-referral']],
    ['professional referral', { attending_access: 'Professional referral' }, ['referral']],
    ['bare referral', { attending_access: 'referral' }, ['referral']],
    ['a list', { attending_access: 'Drop-in, Self-referral' }, ['self-referral', 'drop-in']],
    ['appointment and membership', { attending_access: 'Appointment, Membership' }, []],
    [
      'words in the additional info',
      { pc_attendingAccess_additionalInfo: 'We accept professional or self-referrals.' },
      ['referral', 'self-referral'],
    ],
    ['a GP referral in a sentence', { pc_attendingAccess_additionalInfo: 'Your GP can refer you.' }, ['referral']],
    [
      'a referral ruled out',
      { pc_attendingAccess_additionalInfo: 'No GP referral needed, just drop in.' },
      ['drop-in'],
    ],
    ['a bare referral in a sentence is not enough', { pc_attendingAccess_additionalInfo: 'Referral not needed' }, []],
    ['3.0 has no access field', { schedules: [{ attending_type: 'Drop in' }] }, []],
  ])('%s', (_, record, access) => {
    expect(normaliseAccess(record)).toEqual(access);
  });
});
