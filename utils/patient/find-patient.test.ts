import { describe, expect, it } from 'vitest';
import { findNhsNumbers, findPatient } from './find-patient';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('record');
  doc.body.innerHTML = html;
  return doc;
}

describe('findNhsNumbers', () => {
  it.each([
    ['NHS No: 999 007 9196', ['9990079196']],
    ['NHS Number 9990079196.', ['9990079196']],
    ['nhs: 999-007-9196', ['9990079196']],
    // Fails mod-11: never offered.
    ['NHS No: 999 123 4567', []],
    // Part of a longer number (a phone number or an order id): not an NHS number.
    ['Order 19990079196', []],
    ['Tel 0117 496 0000', []],
    ['999 007 9196 and again 9990079196', ['9990079196']],
  ])('%s', (text, expected) => {
    expect(findNhsNumbers(text)).toEqual(expected);
  });
});

describe('findPatient', () => {
  it('says when there is no patient', () => {
    expect(findPatient(page('<p>Appointments today</p>'))).toEqual({ status: 'none' });
  });

  it('finds the one patient in a banner', () => {
    expect(findPatient(page('<header>Jane SMITH · NHS No. 999 007 9196</header>'))).toEqual({
      status: 'found',
      nhsNumber: '9990079196',
    });
  });

  it('offers every candidate when two patients are on the page, and picks none', () => {
    expect(findPatient(page('<p>999 007 9196</p><p>999 023 7573</p>'))).toEqual({
      status: 'several',
      nhsNumbers: ['9990079196', '9990237573'],
    });
  });
});
