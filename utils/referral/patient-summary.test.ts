import { describe, expect, it } from 'vitest';
import { patientSummaryOf } from './patient-summary';

describe('patientSummaryOf', () => {
  it('puts name, date of birth, grouped NHS number, postcode and phone on one line', () => {
    expect(
      patientSummaryOf({
        nhsNumber: '9990079196',
        name: 'Jane Testpatient',
        dateOfBirth: '1956-03-01',
        postcode: 'BS1 5TR',
        phone: '07700 900123',
      }),
    ).toBe('Jane Testpatient · born 1 March 1956 · NHS number 999 007 9196 · BS1 5TR · 07700 900123');
  });

  it('leaves out what is missing, and shows an NHS number that is not 10 digits as typed', () => {
    expect(patientSummaryOf({ nhsNumber: ' 999 007 ', name: '', dateOfBirth: '' })).toBe('NHS number 999 007');
    expect(patientSummaryOf({ nhsNumber: '', name: ' ', dateOfBirth: '', postcode: '' })).toBe('');
  });
});
