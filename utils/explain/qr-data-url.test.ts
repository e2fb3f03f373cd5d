import QRCode from 'qrcode';
import { describe, expect, it, vi } from 'vitest';
import { qrDataUrl } from './qr-data-url';

const PREFIX = 'data:image/svg+xml;utf8,';

function svgOf(dataUrl: string): string {
  expect(dataUrl.startsWith(PREFIX)).toBe(true);
  return decodeURIComponent(dataUrl.slice(PREFIX.length));
}

/**
 * Reads the dark modules back out of the SVG path (`M x y` moves, `m dx dy` relative moves, `h n` runs of dark
 * modules), as 0/1 rows without the four-module quiet zone, to compare with what the QR encoder produced.
 */
function darkModules(svg: string): number[][] {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]) - 8;
  const grid = Array.from({ length: size }, () => Array<number>(size).fill(0));
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  let x = 0;
  let y = 0;
  for (const [, op, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (op === 'M') [x, y] = [Number(a), Number(b)];
    if (op === 'm') [x, y] = [x + Number(a), y + Number(b)];
    if (op !== 'h') continue;
    for (let i = 0; i < Number(a); i++) {
      const row = grid[y - 0.5 - 4];
      if (row) row[x + i - 4] = 1;
    }
    x += Number(a);
  }
  return grid;
}

function encoded(url: string): number[][] {
  const { size, data } = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;
  return Array.from({ length: size }, (_, row) => Array.from(data.slice(row * size, (row + 1) * size), Number));
}

describe('qrDataUrl', () => {
  it.each([
    ['https://pcn.example/refer'],
    ['https://www.riverside-pcn.nhs.uk/social-prescribing/self-referral-form?source=leaflet&lang=en'],
  ])('encodes %s as an escaped SVG of exactly its QR modules', async (url) => {
    const dataUrl = await qrDataUrl(url);
    // Escaped, so the characters that could end an attribute or start markup never appear raw.
    expect(dataUrl.slice(PREFIX.length)).not.toMatch(/[<>"' ]/);
    const svg = svgOf(dataUrl);
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<path fill="#ffffff"');
    expect(darkModules(svg)).toEqual(encoded(url));
  });

  it('gives different codes for different addresses', async () => {
    const [a, b] = await Promise.all([qrDataUrl('https://pcn.example/a'), qrDataUrl('https://pcn.example/b')]);
    expect(a).not.toBe(b);
  });

  it('asks the renderer for an SVG of the trimmed address', async () => {
    const render = vi.fn(async () => '<svg/>');
    await expect(qrDataUrl('  https://pcn.example/refer ', render)).resolves.toBe(`${PREFIX}%3Csvg%2F%3E`);
    expect(render).toHaveBeenCalledWith('https://pcn.example/refer', expect.objectContaining({ type: 'svg' }));
  });

  it.each([['http://pcn.example/refer'], ['javascript:alert(1)'], ['']])('refuses %j', async (url) => {
    const render = vi.fn(async () => '<svg/>');
    await expect(qrDataUrl(url, render)).rejects.toThrow(/https:\/\//);
    expect(render).not.toHaveBeenCalled();
  });

  it('passes on a renderer failure', async () => {
    await expect(qrDataUrl('https://pcn.example', async () => Promise.reject(new Error('too long')))).rejects.toThrow(
      'too long',
    );
  });
});
