import { describe, expect, it } from 'vitest';
import { detectPatient } from './detect-patient';

/** The NHS-number rules the first version's `findNhsNumbers` was tested on, now held by `detectPatient`. */
function page(html: string): Document {
  return new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html');
}

function numbers(html: string): string[] {
  const detection = detectPatient(page(html), []);
  if (detection.status === 'found') return [detection.patient.nhsNumber.value];
  if (detection.status === 'several') return detection.candidates.map((candidate) => candidate.nhsNumber.value);
  return [];
}

describe('NHS numbers on a page', () => {
  it.each([
    ['<p>NHS No: 999 007 9196</p>', ['9990079196']],
    ['<p>NHS Number 9990079196.</p>', ['9990079196']],
    ['<p>NHS No: 999-007-9196</p>', ['9990079196']],
    // Fails mod-11: never offered.
    ['<p>NHS No: 999 123 4567</p>', []],
    // Part of a longer number (a phone number or an order id): not an NHS number.
    ['<p>Order 19990079196</p>', []],
    ['<p>Tel 0117 496 0000</p>', []],
    ['<p>NHS No: 999 007 9196</p><p>NHS Number 9990079196</p>', ['9990079196']],
  ])('%s', (html, expected) => {
    expect(numbers(html)).toEqual(expected);
  });

  it('says when there is no patient', () => {
    expect(detectPatient(page('<p>Appointments today</p>'), []).status).toBe('none');
  });

  it('offers every candidate when two patients are on the page, and picks none', () => {
    expect(numbers('<p>NHS No: 999 007 9196</p><p>NHS No: 999 023 7573</p>')).toEqual(['9990079196', '9990237573']);
  });
});
