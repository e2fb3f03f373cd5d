import { describe, expect, it } from 'vitest';
import { draftFieldIds, draftIssueAnchor } from './draft-field-ids';

describe('draftFieldIds', () => {
  it('puts every id under the prefix, with none shared', () => {
    const ids = Object.values(draftFieldIds('composer'));
    expect(ids.every((id) => id.startsWith('composer-'))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ['patient.nhsNumber', 'r-nhs-number'],
    ['patient.dateOfBirth', 'r-date-of-birth'],
    ['consent.referral', 'r-consent'],
    ['consent.sharing', 'r-consent'],
    ['consent.contact', 'r-contact'],
    ['linkWorker.email', 'r-link-worker'],
    ['needs', 'r-needs'],
    ['referrer.name', undefined],
    ['createdAt', undefined],
  ])('links an issue at %s to %s', (field, anchor) => {
    expect(draftIssueAnchor(field, draftFieldIds('r'))).toBe(anchor);
  });
});
