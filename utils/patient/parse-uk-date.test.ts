import { describe, expect, it } from 'vitest';
import { leadingUkDate, parseUkDate } from './parse-uk-date';

describe('parseUkDate', () => {
  it.each([
    ['03/04/1948', '1948-04-03'],
    ['3/4/1948', '1948-04-03'],
    ['03-04-1948', '1948-04-03'],
    ['03.04.1948', '1948-04-03'],
    ['3 Apr 1948', '1948-04-03'],
    ['3 Apr. 1948', '1948-04-03'],
    ['03-Apr-1948', '1948-04-03'],
    ['03-APR-1948', '1948-04-03'],
    ['3rd April 1948', '1948-04-03'],
    ['21st September 2001', '2001-09-21'],
    ['1 Sept 2001', '2001-09-01'],
    ['3 April, 1948', '1948-04-03'],
    ['1948-04-03', '1948-04-03'],
    ['  29/02/2000 ', '2000-02-29'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseUkDate(text)).toBe(iso);
  });

  it.each([
    ['31/02/1948', 'no 31 February'],
    ['29/02/1900', '1900 was not a leap year'],
    ['00/04/1948', 'no day 0'],
    ['03/13/1948', 'no month 13'],
    ['1948-13-01', 'no month 13 in ISO'],
    ['3 Apl 1948', 'not a month'],
    ['3 Marc 1948', 'not a month nor its abbreviation'],
    ['03/04/48', 'two-digit years are ambiguous'],
    ['03/04-1948', 'mixed separators'],
    ['04/03/1948 (78y)', 'text after the date'],
    ['', 'empty'],
  ])('rejects %j (%s)', (text) => {
    expect(parseUkDate(text)).toBeUndefined();
  });
});

describe('leadingUkDate', () => {
  it.each([
    ['14-Mar-1946 (80y)', { iso: '1946-03-14', length: 11 }],
    ['3 Apr 1948, 78 years', { iso: '1948-04-03', length: 10 }],
    ['03/04/19481', undefined],
    ['Born 3 Apr 1948', undefined],
  ])('%j', (text, expected) => {
    expect(leadingUkDate(text)).toEqual(expected);
  });
});
