import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Service } from '@/utils/directory/service';
import { makeService } from '@/utils/referral/draft-service.fixture';
import { draftShareText } from '@/utils/referral/draft-share-text';
import { ShareWithPatient } from './ShareWithPatient';

const QR = 'data:image/svg+xml;base64,PHN2Zy8+';

function show(service: Service = makeService(), qr?: string) {
  const onCopy = vi.fn<(text: string) => void>();
  const onPrint = vi.fn();
  render(<ShareWithPatient service={service} qr={qr} onCopy={onCopy} onPrint={onPrint} />);
  return { onCopy, onPrint };
}

afterEach(cleanup);

describe('ShareWithPatient', () => {
  it('names the service and who runs it, then the facts in plain words', () => {
    show();
    expect(screen.getByRole('heading', { level: 2, name: 'Money Advice Drop-in' })).toBeTruthy();
    expect(screen.getByText('Run by Example Citizens Advice')).toBeTruthy();
    const terms = [...document.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(['What it is', 'How to get in touch', 'How it works', 'When', 'Where', 'Cost']);
    expect(screen.getByText('Mondays 10:00–12:00')).toBeTruthy();
  });

  it('shows the QR code for the website as an image', () => {
    show(makeService(), QR);
    const image = screen.getByRole('img', { name: 'QR code for https://example.org/money' });
    expect(image.getAttribute('src')).toBe(QR);
  });

  it.each([
    ['no QR code', makeService(), undefined],
    ['no website', makeService({ website: undefined }), QR],
  ])('shows no image with %s', (_, service, qr) => {
    show(service, qr);
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('copies the same words as plain text, and prints on request', () => {
    const service = makeService({ name: 'Walking for Health' });
    const { onCopy, onPrint } = show(service);
    fireEvent.click(screen.getByRole('button', { name: 'Copy for the patient' }));
    expect(onCopy).toHaveBeenCalledExactlyOnceWith(draftShareText(service));
    expect(onCopy.mock.calls[0]?.[0]).toMatch(/^Walking for Health\n/);
    fireEvent.click(screen.getByRole('button', { name: 'Print for the patient' }));
    expect(onPrint).toHaveBeenCalledOnce();
  });

  it('renders feed text as text, never as markup', () => {
    show(makeService({ description: '<img src=x onerror=alert(1)>Tea and chat' }));
    expect(screen.getByText('<img src=x onerror=alert(1)>Tea and chat')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
