import { describe, expect, it } from 'vitest';
import { postcodeInAddress, readFieldValue } from './field-values';
import type { PatientField } from './patient-types';

describe('readFieldValue', () => {
  it.each<[PatientField, string, string | undefined]>([
    ['nhsNumber', '999 007 9196', '9990079196'],
    ['nhsNumber', '999-007-9196 (verified)', '9990079196'],
    ['nhsNumber', '9990079196', '9990079196'],
    ['nhsNumber', '999 123 4567', undefined],
    ['nhsNumber', '19990079196', undefined],
    ['dateOfBirth', '14-Mar-1946 (80y)', '1946-03-14'],
    ['dateOfBirth', '31/02/1946', undefined],
    ['phone', '0117 496 0123', '0117 496 0123'],
    ['phone', '07700 900461 (mobile)', '07700 900461'],
    ['phone', '+44 (0)117 496 0123', '+44 (0)117 496 0123'],
    ['phone', '(0117) 496 0123', '(0117) 496 0123'],
    ['phone', '12345', undefined],
    ['phone', '0017 496 0123', undefined],
    ['postcode', 'bs5 6xx', 'BS5 6XX'],
    ['postcode', 'BS56XX', 'BS5 6XX'],
    ['postcode', 'Bristol', undefined],
    ['email', 'jane.smith@example.org', 'jane.smith@example.org'],
    ['email', 'not an email', undefined],
    ['name', 'SMITH, Jane (Mrs)', 'SMITH, Jane (Mrs)'],
    ['name', "Mary-Jane  O'BRIEN", "Mary-Jane O'BRIEN"],
    ['name', 'Room 4', undefined],
    ['name', 'Records', undefined],
    ['name', 'Mrs J. SMITH', 'Mrs J. SMITH'],
    ['name', 'NHS number', undefined],
    ['address', '22 Harbour View\nHotwells\nBristol BS8 4RU', '22 Harbour View, Hotwells, Bristol BS8 4RU'],
    ['address', '-', undefined],
  ])('%s from %j', (field, text, expected) => {
    expect(readFieldValue(field, text)?.value).toBe(expected);
  });

  it('says how much of the text the value took, counting leading spaces', () => {
    expect(readFieldValue('nhsNumber', '  999 007 9196 · Born')).toEqual({ value: '9990079196', length: 14 });
  });
});

describe('postcodeInAddress', () => {
  it.each([
    ['12 Example Road, Easton, Bristol BS5 6XX', 'BS5 6XX'],
    ['Flat 2, 1 High St, bs2 9hx', 'BS2 9HX'],
    ['12 Example Road, Bristol', undefined],
  ])('%j', (address, postcode) => {
    expect(postcodeInAddress(address)).toBe(postcode);
  });
});
