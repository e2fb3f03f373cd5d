import { describe, expect, it } from 'vitest';
import { draftFromUnknown } from './draft-from-unknown';
import { makeDraft } from './make-draft.fixture';

describe('draftFromUnknown', () => {
  it('reads back a stored draft unchanged', () => {
    const draft = makeDraft();
    expect(draftFromUnknown(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  });

  it('keeps a decline', () => {
    const draft = makeDraft({ declined: true, consent: { referral: false, sharing: false, contact: [] } });
    expect(draftFromUnknown(draft)?.declined).toBe(true);
  });

  it.each([null, 'text', 42, [], {}, { patient: 'Jane' }, { patient: { nhsNumber: ' ', name: '' } }])(
    'has nothing to print for %j',
    (value) => {
      expect(draftFromUnknown(value)).toBeUndefined();
    },
  );

  it('drops what it cannot use and fills the rest with safe defaults', () => {
    const draft = draftFromUnknown({
      patient: { name: 'Jane Testpatient', nhsNumber: 9990079196, phone: '' },
      needs: [{ id: 'debt' }, { label: 'no id' }, 'loneliness'],
      services: [{ name: 'Walking group' }, { id: 'x' }],
      reason: 7,
      urgency: 'yesterday',
      consent: { referral: 'yes', sharing: true, contact: ['phone', 'pigeon'] },
      linkWorker: null,
    });
    expect(draft).toEqual({
      patient: { nhsNumber: '9990079196', name: 'Jane Testpatient', dateOfBirth: '' },
      needs: [{ id: 'debt', label: 'debt' }],
      services: [{ id: 'Walking group', name: 'Walking group' }],
      reason: '',
      urgency: 'routine',
      consent: { referral: false, sharing: true, contact: ['phone'] },
      referrer: { name: '', practice: '' },
      linkWorker: { name: '' },
      createdAt: '',
    });
  });
});
