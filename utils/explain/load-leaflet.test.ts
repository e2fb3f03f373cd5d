import { describe, expect, it, vi } from 'vitest';
import { roleTextItem } from '../config/storage-items';
import { loadLeaflet } from './load-leaflet';
import { DEFAULT_ROLE_TEXT, type RoleText } from './role-text';

const SAVED: RoleText = {
  ...DEFAULT_ROLE_TEXT,
  pcnName: 'Riverside PCN',
  contact: { phone: '01632 960001', selfReferralUrl: 'https://pcn.example/refer' },
};

describe('loadLeaflet', () => {
  it('shows the default wording without a QR code when nothing is saved', async () => {
    const makeQr = vi.fn(async () => 'data:qr');
    await expect(loadLeaflet(undefined, makeQr)).resolves.toEqual({ text: DEFAULT_ROLE_TEXT });
    expect(makeQr).not.toHaveBeenCalled();
  });

  it('reads the saved text and makes a QR code for its self-referral address', async () => {
    await roleTextItem.setValue(SAVED);
    const makeQr = vi.fn(async (url: string) => `data:qr,${url}`);
    await expect(loadLeaflet(undefined, makeQr)).resolves.toEqual({
      text: SAVED,
      qr: 'data:qr,https://pcn.example/refer',
    });
  });

  it('makes a real SVG QR code by default', async () => {
    const content = await loadLeaflet(async () => SAVED);
    expect(content.qr).toMatch(/^data:image\/svg\+xml;utf8,%3Csvg/);
  });

  it.each<[string, unknown]>([
    ['is not an object', 'corrupt'],
    ['has no don’ts', { ...SAVED, whatTheyDont: [] }],
    ['has a script address', { ...SAVED, contact: { selfReferralUrl: 'javascript:alert(1)' } }],
  ])('falls back to the standard wording when the saved text %s', async (_, saved) => {
    const makeQr = vi.fn(async () => 'data:qr');
    const content = await loadLeaflet(async () => saved, makeQr);
    expect(content.text).toEqual(DEFAULT_ROLE_TEXT);
    expect(content.qr).toBeUndefined();
    expect(content.problem).toMatch(/^The saved text could not be used/);
    expect(makeQr).not.toHaveBeenCalled();
  });

  it('keeps the text and says so when the QR code fails', async () => {
    const content = await loadLeaflet(
      async () => SAVED,
      async () => Promise.reject(new Error('too long')),
    );
    expect(content).toEqual({ text: SAVED, problem: expect.stringMatching(/QR code could not be made/) });
  });
});
