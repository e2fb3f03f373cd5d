import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LeafletContent } from '@/utils/explain/load-leaflet';
import { qrDataUrl } from '@/utils/explain/qr-data-url';
import { DEFAULT_ROLE_TEXT, type RoleText } from '@/utils/explain/role-text';
import { Leaflet } from './Leaflet';

const ADDRESS = 'https://pcn.example/refer?from=leaflet';
const TEXT: RoleText = {
  ...DEFAULT_ROLE_TEXT,
  pcnName: 'Riverside PCN',
  contact: { phone: '01632 960001', selfReferralUrl: ADDRESS },
};

function show(content: LeafletContent) {
  const onPrint = vi.fn();
  const view = render(<Leaflet content={content} onPrint={onPrint} />);
  return { ...view, onPrint };
}

afterEach(cleanup);

describe('Leaflet', () => {
  it('is one main landmark titled with the PCN, with the sections as h2', () => {
    show({ text: TEXT });
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(screen.getAllByRole('heading').map((h) => `${h.tagName} ${h.textContent}`)).toEqual([
      'H1 Social prescribing at Riverside PCN',
      'H2 They can help with',
      'H2 They don’t',
      'H2 Who they can help',
      'H2 How to self-refer',
      'H2 Contact',
    ]);
    expect(screen.getByText(DEFAULT_ROLE_TEXT.intro)).toBeTruthy();
  });

  it('shows the QR code as an image with the address printed under it', async () => {
    const qr = await qrDataUrl(ADDRESS);
    const { container } = show({ text: TEXT, qr });
    const image = screen.getByRole('img', { name: `QR code for ${ADDRESS}` });
    expect(image.getAttribute('src')).toBe(qr);
    expect(image.closest('figure')?.querySelector('figcaption')?.textContent).toContain(ADDRESS);
    // Shown as an image only: the SVG's markup never becomes part of the page.
    expect(container.querySelector('svg, path')).toBeNull();
    expect(screen.queryByRole('link', { name: ADDRESS })).toBeNull();
  });

  it('falls back to the address as a link when there is no QR code', () => {
    show({ text: TEXT });
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('link', { name: ADDRESS }).getAttribute('href')).toBe(ADDRESS);
  });

  it('has no self-referral code or address when none is set', () => {
    show({ text: { ...TEXT, contact: {} } });
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByText(/https:/)).toBeNull();
  });

  it.each([
    ['a problem', 'The QR code could not be made.', 1],
    ['no problem', undefined, 0],
  ])('with %s, shows %j on screen', (_, problem, count) => {
    show({ text: TEXT, problem });
    expect(screen.queryAllByRole('status')).toHaveLength(count);
    if (problem) expect(screen.getByRole('status').textContent).toBe(problem);
  });

  it('prints from its button', () => {
    const { onPrint } = show({ text: TEXT });
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(onPrint).toHaveBeenCalledOnce();
  });
});
