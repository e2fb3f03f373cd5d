import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ReferralLogEntry } from '../db/schema';
import { initialsOf, referralLogToCsv } from './referral-csv';

function entry(overrides: Partial<ReferralLogEntry> = {}): ReferralLogEntry {
  return {
    id: 'r1',
    nhsNumber: '9990079196',
    initials: 'JT',
    needs: ['Debt and money worries', 'Loneliness'],
    services: ['Money Advice Drop-in'],
    date: '2025-06-02',
    route: 'email',
    referrer: 'Dr Sam Example',
    status: 'sent',
    updatedAt: '2025-06-02T09:05:00Z',
    ...overrides,
  };
}

function rows(csv: string): string[][] {
  return Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
}

describe('referralLogToCsv', () => {
  it('lists every route a referral went by, and the one route of an older row', () => {
    const csv = rows(referralLogToCsv([entry({ routes: ['record', 'email', 'print'] }), entry({ id: 'r2' })]));
    expect(csv[1]?.[6]).toBe('record; email; print');
    expect(csv[2]?.[6]).toBe('email');
  });

  it('writes a header row and one row per entry', () => {
    const csv = referralLogToCsv([entry(), entry({ id: 'r2', outcome: 'Joined walking group', status: 'closed' })]);
    expect(rows(csv)).toEqual([
      [
        'Referral ID',
        'NHS number',
        'Initials',
        'Needs',
        'Services',
        'Date',
        'Route',
        'Referrer',
        'Status',
        'Outcome',
        'Updated',
      ],
      [
        'r1',
        '999 007 9196',
        'JT',
        'Debt and money worries; Loneliness',
        'Money Advice Drop-in',
        '2025-06-02',
        'email',
        'Dr Sam Example',
        'sent',
        '',
        '2025-06-02T09:05:00Z',
      ],
      [
        'r2',
        '999 007 9196',
        'JT',
        'Debt and money worries; Loneliness',
        'Money Advice Drop-in',
        '2025-06-02',
        'email',
        'Dr Sam Example',
        'closed',
        'Joined walking group',
        '2025-06-02T09:05:00Z',
      ],
    ]);
    expect(csv).toContain('\r\n');
  });

  it('writes only the header for an empty log', () => {
    expect(rows(referralLogToCsv([]))).toHaveLength(1);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","x")'],
    ['+1+2'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\t=1'],
    ['=1+1\nsecond line'],
  ])('prefixes a formula cell %j with an apostrophe', (outcome) => {
    const cell = rows(referralLogToCsv([entry({ outcome })]))[1]?.[9];
    expect(cell).toBe(`'${outcome}`);
  });

  it.each([['Joined group'], ['Seen 3 times'], ["O'Neil referred on"]])('leaves %j as written', (outcome) => {
    expect(rows(referralLogToCsv([entry({ outcome })]))[1]?.[9]).toBe(outcome);
  });

  it('guards list cells too', () => {
    expect(rows(referralLogToCsv([entry({ services: ['=cmd|x', 'ok'] })]))[1]?.[4]).toBe("'=cmd|x; ok");
  });

  it('keeps commas and quotes inside one cell', () => {
    const outcome = 'Said "thanks", then left';
    expect(rows(referralLogToCsv([entry({ outcome })]))[1]?.[9]).toBe(outcome);
  });
});

describe('initialsOf', () => {
  it.each([
    ['Jane Mary Smith', 'JMS'],
    ['jane smith', 'JS'],
    ['  Jane   Smith  ', 'JS'],
    ['Mrs Jane Smith', 'JS'],
    ['Dr. Sam Example', 'SE'],
    ['SMITH, Jane (Mrs)', 'JS'],
    ['Anne-Marie O’Neil', 'AMO'],
    ['Émile Zola', 'ÉZ'],
    ['Cher', 'C'],
    ['', ''],
  ])('%j → %j', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});
