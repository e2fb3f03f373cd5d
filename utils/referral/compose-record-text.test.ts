import { describe, expect, it } from 'vitest';
import { composeRecordText } from './compose-record-text';
import { makeDraft } from './make-draft.fixture';

const HEADINGS = [
  'Patient demographics',
  'Needs and concerns',
  'Support offered',
  'Consent',
  'Referrer',
  'Link worker',
];

/** Each heading's position in the text, so the test can check they come in PRSB order. */
function headingPositions(text: string): number[] {
  const rows = text.split('\n');
  return HEADINGS.map((heading) => rows.indexOf(heading));
}

describe('composeRecordText', () => {
  it.each([
    [false, 'SNOMED CT 871731000000106 |Referral to social prescribing service|', '871711000000103'],
    [true, 'SNOMED CT 871711000000103 |Social prescribing declined|', '871731000000106'],
  ])('declined=%s codes the entry with %s', (declined, line, otherCode) => {
    const text = composeRecordText(makeDraft({ declined }));
    expect(text.split('\n')).toContain(line);
    expect(text).not.toContain(otherCode);
  });

  it.each([false, true])('has every PRSB heading on its own line, in order (declined=%s)', (declined) => {
    const positions = headingPositions(composeRecordText(makeDraft({ declined })));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it.each([
    'NHS number: 999 007 9196',
    'Date of birth: 1 March 1956',
    'Address: 1 Example Street, Bristol, BS1 5TR',
    '- Debt and money worries',
    'Reason for referral: Worried about council tax arrears and feels isolated since moving.',
    '- Money Advice Drop-in (Example Citizens Advice): 0117 496 0000, https://example.org/money',
    'Consent to referral: Yes',
    'Contact by: Phone call, Text message',
    'Practice: Example Surgery (ODS A81001)',
    'Name: Alex Linkworker',
    // 09:05 UTC is 10:05 in British Summer Time.
    'Date: 2 June 2025, 10:05',
    'Urgency: Routine',
  ])('includes the line %j', (line) => {
    expect(composeRecordText(makeDraft()).split('\n')).toContain(line);
  });

  /** How many times `needle` occurs in `text`, ignoring case and spaces ("BS15TR" is "BS1 5TR"). */
  function occurrences(text: string, needle: string): number {
    const squash = (t: string) => t.toUpperCase().replace(/\s+/g, '');
    return squash(text).split(squash(needle)).length - 1;
  }

  it.each([
    ['an address without it', '1 Example Street, Bristol', 'Address: 1 Example Street, Bristol, BS1 5TR'],
    ['an address ending with it', '1 Example Street, Bristol BS1 5TR', 'Address: 1 Example Street, Bristol BS1 5TR'],
    [
      'an address holding it unspaced',
      '1 Example Street, BS15TR, Bristol',
      'Address: 1 Example Street, BS15TR, Bristol',
    ],
    ['no address', '', 'Address: BS1 5TR'],
  ])('says the postcode once for %s', (_case, address, line) => {
    const draft = makeDraft();
    const text = composeRecordText({ ...draft, patient: { ...draft.patient, address, postcode: 'bs1 5tr' } });
    expect(occurrences(text, 'BS1 5TR')).toBe(1);
    expect(text.toUpperCase().split('\n')).toContain(line.toUpperCase());
  });

  it.each([
    [
      'an organisation of another name',
      'Example Citizens Advice',
      '- Money Advice Drop-in (Example Citizens Advice): ',
    ],
    ['an organisation of the same name', 'Money Advice Drop-in', '- Money Advice Drop-in: '],
    ['an organisation differing only in case', 'money advice drop-in', '- Money Advice Drop-in: '],
    ['no organisation', undefined, '- Money Advice Drop-in: '],
  ])('says the service name once for %s', (_case, organisation, start) => {
    const draft = makeDraft();
    const [service] = draft.services;
    if (!service) throw new Error('The fixture has a service.');
    const text = composeRecordText({ ...draft, services: [{ ...service, organisation }] });
    expect(occurrences(text, 'Money Advice Drop-in')).toBe(1);
    expect(text.split('\n').some((row) => row.startsWith(start))).toBe(true);
  });

  it('says a service chosen twice once', () => {
    const draft = makeDraft();
    const [service] = draft.services;
    if (!service) throw new Error('The fixture has a service.');
    const text = composeRecordText({ ...draft, services: [service, { ...service, id: 'other:7' }] });
    expect(occurrences(text, 'Money Advice Drop-in')).toBe(1);
  });

  it('records a declined offer without consent or link worker details', () => {
    const text = composeRecordText(makeDraft({ declined: true }));
    expect(text).toContain('The patient declined referral to social prescribing.');
    expect(text).not.toContain('Alex Linkworker');
    expect(text).not.toContain('Urgency');
  });

  it('keeps one-line fields on one line, so pasted text cannot fake a heading', () => {
    const d = makeDraft();
    const text = composeRecordText({ ...d, patient: { ...d.patient, name: 'Jane\nConsent\nTestpatient' } });
    expect(text.split('\n')).toContain('Name: Jane Consent Testpatient');
    expect(text.split('\n').filter((row) => row === 'Consent')).toHaveLength(1);
  });

  it('says when no services were chosen', () => {
    expect(composeRecordText(makeDraft({ services: [] }))).toContain('No services chosen yet');
  });
});
