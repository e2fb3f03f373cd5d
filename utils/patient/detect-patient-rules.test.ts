import { describe, expect, it } from 'vitest';
import { detectPatient } from './detect-patient';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

function numbers(html: string): string[] {
  const detection = detectPatient(page(html), []);
  if (detection.status === 'found') return [detection.patient.nhsNumber.value];
  if (detection.status === 'several') return detection.candidates.map((candidate) => candidate.nhsNumber.value);
  return [];
}

describe('which NHS numbers make a patient', () => {
  it.each([
    ['a labelled number', '<p>NHS No: 999 007 9196</p>', ['9990079196']],
    ['run together', '<p>NHS Number 9990079196</p>', ['9990079196']],
    ['hyphenated', '<p>NHS: 999-007-9196</p>', ['9990079196']],
    ['in a span beside its label', '<span>NHS</span><span>999 007 9196</span>', ['9990079196']],
    ['labelled by aria-label', '<span aria-label="NHS number">9990079196</span>', ['9990079196']],
    ['failing mod-11, though labelled', '<p>NHS No: 999 123 4567</p>', []],
    ['a failing number beside a valid one', '<p>NHS No: 999 123 4567</p><p>NHS No: 999 007 9196</p>', ['9990079196']],
    ['the same number twice', '<p>NHS No: 999 007 9196</p><p>NHS: 9990079196</p>', ['9990079196']],
    ['two different numbers', '<p>NHS No: 999 007 9196</p><p>NHS No: 999 023 7573</p>', ['9990079196', '9990237573']],
    ['unlabelled but written 3-3-4', '<p>999 007 9196</p>', ['9990079196']],
    ['unlabelled and run together', '<p>Ref 9990079196</p>', []],
    ['unlabelled, beside a labelled one', '<p>NHS No: 999 007 9196</p><p>Ref 999 023 7573</p>', ['9990079196']],
    ['display:none', '<p style="display:none">NHS No: 999 007 9196</p>', []],
    ['visibility:hidden', '<p style="visibility:hidden">NHS No: 999 007 9196</p>', []],
    ['hidden attribute', '<div hidden><p>NHS No: 999 007 9196</p></div>', []],
    ['a hidden input', '<label for="n">NHS No</label><input id="n" type="hidden" value="9990079196">', []],
    ['a text input', '<label for="n">NHS No</label><input id="n" value="9990079196">', ['9990079196']],
    ['a closed details', '<details><summary>Old</summary><p>NHS No: 999 007 9196</p></details>', []],
    ['in the page footer', '<footer>NHS No: 999 007 9196</footer>', []],
    ['typed in a note', '<textarea>Mother NHS No: 999 007 9196</textarea>', []],
  ])('%s', (_case, html, expected) => {
    expect(numbers(html)).toEqual(expected);
  });
});

describe('tying fields to the patient', () => {
  it('reads a name at the head of a banner line, and fields after it', () => {
    const detection = detectPatient(
      page('<header>Jane SMITH · NHS No. 999 007 9196 · Born 3 Apr 1948 (76y)</header>'),
      [],
    );
    expect(detection).toMatchObject({
      status: 'found',
      patient: { name: { value: 'Jane SMITH' }, dateOfBirth: { value: '1948-04-03', source: 'Born' } },
    });
  });

  it('reads label runs without separators', () => {
    const detection = detectPatient(page('<p>Name: Jane SMITH DOB: 03/04/1948 NHS No: 999 007 9196</p>'), []);
    expect(detection).toMatchObject({
      status: 'found',
      patient: { name: { value: 'Jane SMITH' }, dateOfBirth: { value: '1948-04-03' } },
    });
  });

  it('leaves out what has no clear label: a sentence, another person, an unlabelled phone', () => {
    const html = `<div><p>NHS No: 999 007 9196</p><p>Her daughter's phone: 07700 900999</p>
      <p>Next of kin: Peter SMITH</p><p>07700 900123</p><p>Practice address: 1 High St, Bristol BS1 1AA</p></div>`;
    const detection = detectPatient(page(html), []);
    expect(detection).toEqual({
      status: 'found',
      patient: { nhsNumber: { value: '9990079196', source: 'NHS No', place: 'the page' } },
    });
  });

  it('gives each patient the fields nearest its own number', () => {
    const html = `<ul><li>NHS: 999 007 9196 · DOB: 01/01/1950</li><li>NHS: 999 023 7573 · DOB: 02/02/1960</li></ul>`;
    const detection = detectPatient(page(html), []);
    const candidates = detection.status === 'several' ? detection.candidates : [];
    expect(candidates.map((c) => c.dateOfBirth?.value)).toEqual(['1950-01-01', '1960-02-02']);
  });

  it('does not lend a list row without a number to its neighbour', () => {
    const html = `<table><tr><th>Patient</th><th>NHS number</th></tr>
      <tr><td>Ann EXAMPLE</td><td>999 007 9196</td></tr><tr><td>Bob EXAMPLE</td><td></td></tr></table>`;
    const detection = detectPatient(page(html), []);
    expect(detection).toMatchObject({
      status: 'found',
      patient: { name: { value: 'Ann EXAMPLE', source: 'Patient' } },
    });
  });

  it('prefers a labelled name to a name heading', () => {
    const html = '<h1>Dr Sarah JONES</h1><dl><dt>Name</dt><dd>Jane SMITH</dd><dt>NHS</dt><dd>999 007 9196</dd></dl>';
    expect(detectPatient(page(html), [])).toMatchObject({
      status: 'found',
      patient: { name: { value: 'Jane SMITH' } },
    });
  });

  it('says why there is no patient', () => {
    expect(detectPatient(page('<p>Appointments</p>'), [])).toEqual({
      status: 'none',
      reason: 'No NHS number with a valid check digit is visible on this page.',
    });
  });
});
