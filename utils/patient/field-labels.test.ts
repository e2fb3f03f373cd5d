import { describe, expect, it } from 'vitest';
import { classifyLabel, inlineLabelAt } from './field-labels';

describe('classifyLabel', () => {
  it.each([
    ['NHS No', 'nhsNumber'],
    ['NHS No.:', 'nhsNumber'],
    ['NHS Number', 'nhsNumber'],
    ['nhs number', 'nhsNumber'],
    ['NHS', 'nhsNumber'],
    ["Patient's NHS number", 'nhsNumber'],
    ['DOB', 'dateOfBirth'],
    ['D.O.B.', 'dateOfBirth'],
    ['Date of birth', 'dateOfBirth'],
    ['Born', 'dateOfBirth'],
    ['Name', 'name'],
    ['Patient name', 'name'],
    ['Patient', 'name'],
    ['Address', 'address'],
    ['Home address:', 'address'],
    ['Postcode', 'postcode'],
    ['Post code', 'postcode'],
    ['Tel.', 'phone'],
    ['Telephone', 'phone'],
    ['Mobile', 'phone'],
    ['Home phone', 'phone'],
    ['Contact number', 'phone'],
    ['E-mail', 'email'],
    ['Email address', 'email'],
    ['* Date of birth', 'dateOfBirth'],
  ])('%j names %s', (label, field) => {
    expect(classifyLabel(label)).toBe(field);
  });

  it.each(['Next of kin phone', 'Practice address', 'Usual GP', 'Gender', 'NHS Trust name', 'Consultation note', ''])(
    '%j is not a patient field label',
    (label) => {
      expect(classifyLabel(label)).toBeUndefined();
    },
  );
});

describe('inlineLabelAt', () => {
  it.each([
    ['NHS No. 999 007 9196', 0, { field: 'nhsNumber', label: 'NHS No.', valueStart: 8, colon: false }],
    ['DOB: 03/04/1948', 0, { field: 'dateOfBirth', label: 'DOB', valueStart: 5, colon: true }],
    ['x · Name: Jane SMITH', 4, { field: 'name', label: 'Name', valueStart: 10, colon: true }],
    // Free-text fields need a colon inline: "Address" alone is an ordinary word.
    ['Address 12 Example Road', 0, undefined],
    ['Patient Jane SMITH', 0, undefined],
    // A label ends at a word boundary.
    ['Borneo 1948', 0, undefined],
    ['Telford Road', 0, undefined],
  ])('%j at %i', (text, index, expected) => {
    expect(inlineLabelAt(text, index)).toEqual(expected);
  });
});
