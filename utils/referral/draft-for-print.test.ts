import { describe, expect, it } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { printReferral } from '../config/storage-items';
import { draftForPrint } from './draft-for-print';
import { makeDraft } from './make-draft.fixture';

describe('draftForPrint', () => {
  it('reads the referral the panel left in session storage', async () => {
    const draft = makeDraft();
    await storage.setItem(printReferral.key, draft);
    expect(printReferral.key).toBe('session:printReferral');
    expect(await draftForPrint()).toEqual(draft);
  });

  it('has nothing to print when the panel left nothing', async () => {
    expect(await draftForPrint()).toBeUndefined();
  });

  it.each([
    ['a read that fails', () => Promise.reject(new Error('storage is unavailable'))],
    ['something that is not a referral', () => Promise.resolve({ hello: 'world' })],
  ])('has nothing to print after %s', async (_, read) => {
    expect(await draftForPrint(read)).toBeUndefined();
  });
});
