import { describe, expect, it } from 'vitest';
import { parseLabelledSegment } from './inline-values';

describe('parseLabelledSegment', () => {
  it.each([
    ['NHS No. 999 007 9196', [['nhsNumber', 'NHS No.', '9990079196']]],
    [
      'Born 3 Apr 1948 (76y) NHS: 999-007-9196',
      [
        ['dateOfBirth', 'Born', '1948-04-03'],
        ['nhsNumber', 'NHS', '9990079196'],
      ],
    ],
    [
      'Name: SMITH, Jane (Mrs) DOB: 03/04/1948',
      [
        ['name', 'Name', 'SMITH, Jane (Mrs)'],
        ['dateOfBirth', 'DOB', '1948-04-03'],
      ],
    ],
    [
      'Address: 1 High St, Bristol BS1 1AA Tel 0117 496 0000',
      [
        ['address', 'Address', '1 High St, Bristol BS1 1AA'],
        ['phone', 'Tel', '0117 496 0000'],
      ],
    ],
    // An address word that is also a label ("Mobile") does not end the address unless a value of its shape follows.
    ['Address: 2 Mobile Home Park, Leeds LS1 1AA', [['address', 'Address', '2 Mobile Home Park, Leeds LS1 1AA']]],
    ['Email: jane@example.org', [['email', 'Email', 'jane@example.org']]],
    // The segment must start with a label: mentions in sentences are not fields.
    ["Her daughter's phone: 07700 900999", []],
    ['Seen with NHS No. 999 007 9196', []],
    // A label whose value is missing or of the wrong shape stops the run.
    ['NHS No: 999 123 4567 DOB: 03/04/1948', []],
    ['DOB: unknown', []],
  ])('%j', (segment, expected) => {
    expect(parseLabelledSegment(segment).map((field) => [field.field, field.label, field.value])).toEqual(expected);
  });
});
