import { describe, expect, it } from 'vitest';
import { composeRecordText } from './compose-record-text';
import { draftFromUnknown } from './draft-from-unknown';
import { makeDraft } from './make-draft.fixture';
import type { ReferralDraft } from './referral';
import { serviceCaution } from './service-caution';

const NOW = Date.parse('2026-12-05T12:00:00Z');
const service = (listing?: ReferralDraft['services'][number]['listing']) => ({
  id: 'bristol:42',
  name: 'Money Advice Drop-in',
  ...(listing ? { listing } : {}),
});

describe('serviceCaution', () => {
  it.each([
    ['an active service checked this year', { status: 'active', assuredDate: '2026-03-01' }, undefined],
    ['an active service checked exactly a year ago', { status: 'active', assuredDate: '2025-12-05' }, undefined],
    [
      'an active service checked over a year ago',
      { status: 'active', assuredDate: '2024-12-09' },
      'Last checked by its publisher on 9 December 2024, over a year ago: confirm the details with the service.',
    ],
    [
      'an active service never checked',
      { status: 'active' },
      'Never checked by its publisher: confirm the details with the service.',
    ],
    [
      'an inactive service, however recently checked',
      { status: 'inactive', assuredDate: '2026-11-01' },
      'The directory lists this service as inactive: check it is still running before referring.',
    ],
    [
      'a temporarily closed service',
      { status: 'temporarily closed', assuredDate: '2026-11-01' },
      'The directory lists this service as temporarily closed: check it is still running before referring.',
    ],
  ])('says of %s: %j', (_what, listing, expected) => {
    expect(serviceCaution(service(listing), NOW)).toBe(expected);
  });

  it('says nothing of a service added before Signpost kept what the directory said', () => {
    expect(serviceCaution(service(), NOW)).toBeUndefined();
  });
});

describe('the caution on the referral itself', () => {
  const stale = makeDraft({
    services: [
      { ...service({ status: 'active', assuredDate: '2024-12-09' }), phone: '0117 496 0000' },
      { id: 'bristol:7', name: 'Walking Group', listing: { status: 'active', assuredDate: '2026-10-01' } },
    ],
  });

  it('puts the caution under an old or inactive service in the record text, and nothing under a fresh one', () => {
    const lines = composeRecordText(stale, NOW).split('\n');
    const at = lines.indexOf('- Money Advice Drop-in: 0117 496 0000');
    expect(lines[at + 1]).toBe(
      '  Caution: Last checked by its publisher on 9 December 2024, over a year ago: confirm the details with the service.',
    );
    expect(lines[lines.indexOf('- Walking Group') + 1]).toBe('');
  });

  it('keeps what the directory said when the draft is read back for printing', () => {
    expect(draftFromUnknown(JSON.parse(JSON.stringify(stale)))?.services.map((s) => s.listing)).toEqual([
      { status: 'active', assuredDate: '2024-12-09' },
      { status: 'active', assuredDate: '2026-10-01' },
    ]);
  });
});
