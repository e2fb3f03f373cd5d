import { expect, it } from 'vitest';
import { looksLikePatientName } from './name-shape';

it.each([
  ['TESTPATIENT, Eleanor (Mrs)', true],
  ['HOLLOWAY, Arthur', true],
  ["O'BRIEN, Mary Jane (Ms)", true],
  ['Mrs Eleanor TESTPATIENT', true],
  ['Jane SMITH-JONES', true],
  ['Jane Smith', false],
  ['SMITH', false],
  ['Consultation today', false],
  ['Smith, Jane', false],
  ['Jane SMITH 1948', false],
])('%j is a printed patient name: %s', (text, expected) => {
  expect(looksLikePatientName(text)).toBe(expected);
});
