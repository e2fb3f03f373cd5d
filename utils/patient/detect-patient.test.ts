import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPatient } from './detect-patient';
import type { PatientCandidate } from './patient-types';

function demoPage(file: string): Document {
  // Relative to the project root, where vitest runs (as the other fixture-reading tests do).
  const html = readFileSync(`scripts/demo/${file}`, 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The candidate's values and labels; where each sits in plain words is tested with the page corpus. */
function withoutPlaces(candidate: PatientCandidate): PatientCandidate {
  return Object.fromEntries(
    Object.entries(candidate).map(([field, { value, source }]) => [field, { value, source }]),
  ) as unknown as PatientCandidate;
}

// No profiles: these pages must be read by the heuristics alone.
function found(file: string): PatientCandidate | undefined {
  const detection = detectPatient(demoPage(file), []);
  return detection.status === 'found' ? withoutPlaces(detection.patient) : undefined;
}

describe('detectPatient on the demo pages', () => {
  it('reads a banner: a name heading, label/value spans and a "Label: value" line', () => {
    expect(found('patients/banner.html')).toEqual({
      nhsNumber: { value: '9995260182', source: 'NHS No.' },
      name: { value: 'HOLLOWAY, Arthur (Mr)', source: 'h1 text' },
      dateOfBirth: { value: '1948-04-03', source: 'Born' },
      address: { value: '4 Sample Street, Redland, Bristol BS6 6AB', source: 'Address' },
      postcode: { value: 'BS6 6AB', source: 'Address (postcode in address)' },
      phone: { value: '07700 900461', source: 'Tel' },
      email: { value: 'arthur.holloway@example.com', source: 'Email' },
    });
  });

  it('reads a table of label/value rows and leaves out the next of kin', () => {
    expect(found('patients/table.html')).toEqual({
      nhsNumber: { value: '9991590838', source: 'NHS number' },
      name: { value: 'ASHDOWN, Margaret (Mrs)', source: 'Name' },
      dateOfBirth: { value: '1948-04-03', source: 'Date of birth' },
      address: { value: '22 Harbour View, Hotwells, Bristol, BS8 4RU', source: 'Home address' },
      postcode: { value: 'BS8 4RU', source: 'Home address (postcode in address)' },
      phone: { value: '07700 900218', source: 'Mobile' },
    });
  });

  it('reads a definition list, not the closed "previous addresses" nor the recent-patients menu', () => {
    expect(found('patients/definition-list.html')).toEqual({
      nhsNumber: { value: '9990166137', source: 'NHS Number' },
      name: { value: 'Daniel OKAFOR', source: 'Patient name' },
      dateOfBirth: { value: '1952-04-03', source: 'D.O.B.' },
      address: { value: 'Flat 7, Orchard Court, St Pauls, Bristol', source: 'Address' },
      postcode: { value: 'BS2 9HX', source: 'Postcode' },
      phone: { value: '+44 117 496 0742', source: 'Telephone' },
      email: { value: 'd.okafor@example.org', source: 'Email' },
    });
  });

  it('reads a framed record page: inline labels and a form of labelled inputs', () => {
    expect(found('patients/iframe-record.html')).toEqual({
      nhsNumber: { value: '9991860916', source: 'NHS' },
      name: { value: 'Sunita MISTRY', source: 'Name' },
      dateOfBirth: { value: '1961-11-12', source: 'DOB' },
      address: { value: '9 Millbrook Lane, Keynsham, Bristol BS31 1AB', source: 'Usual address' },
      postcode: { value: 'BS31 1AB', source: 'Usual address (postcode in address)' },
      phone: { value: '0117 496 0388', source: 'Home phone' },
    });
  });

  it('offers both records of the duplicates screen, each with its own details, and the repeated number once', () => {
    const detection = detectPatient(demoPage('patients/two-patients.html'), []);
    expect(detection.status).toBe('several');
    const candidates = detection.status === 'several' ? detection.candidates : [];
    expect(candidates.map((c) => [c.nhsNumber.value, c.name?.value, c.dateOfBirth?.value])).toEqual([
      ['9993909963', 'GREENE, Thomas (Mr)', '1939-07-21'],
      ['9990308241', 'GREENE, Tom (Mr)', '1939-07-21'],
    ]);
  });

  it('reads the original demo record without its profile', () => {
    expect(found('record.html')).toMatchObject({
      nhsNumber: { value: '9990079196' },
      name: { value: 'Mrs Eleanor TESTPATIENT' },
      dateOfBirth: { value: '1946-03-14' },
      postcode: { value: 'BS5 6XX' },
      phone: { value: '0117 496 0123' },
    });
  });

  it('lists each patient of the home-visits table with the name from its own row', () => {
    const detection = detectPatient(demoPage('ward-list.html'), []);
    const candidates = detection.status === 'several' ? detection.candidates : [];
    expect(candidates.map((c) => [c.nhsNumber.value, c.name?.value])).toEqual([
      ['9990237573', 'Mr Alan TESTPATIENT'],
      ['9990316767', 'Ms Bea EXAMPLE'],
    ]);
  });

  it('finds no patient on the appointments page, whose numbers are not NHS numbers', () => {
    expect(detectPatient(demoPage('appointments.html'), [])).toMatchObject({ status: 'none' });
  });
});
