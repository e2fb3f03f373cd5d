import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { detectPatient, readConsultationText } from './detect-patient';

// Frames load only in happy-dom's live window, so these tests build the page in the global document, with the
// framed page given as srcdoc: the same origin as its parent, as when a server serves both. (A src would be
// fetched, which happy-dom refuses.)
function framedPage(outer: string, inner = ''): HTMLIFrameElement {
  const srcdoc = inner.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  document.body.innerHTML = outer.replace(/<iframe( src="[^"]*")?/, `<iframe srcdoc="${srcdoc}"`);
  const frame = document.querySelector('iframe');
  if (!frame) throw new Error('the page has no iframe');
  return frame;
}

function demo(file: string): string {
  return readFileSync(`scripts/demo/patients/${file}`, 'utf8');
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('frames', () => {
  it('reads the record inside the iframe demo page', () => {
    // The body as text: parsing the page would make happy-dom try to fetch the frame's src.
    const outer = /<body>([\s\S]*)<\/body>/.exec(demo('iframe.html'))?.[1] ?? '';
    framedPage(outer, demo('iframe-record.html'));
    expect(detectPatient(document, [])).toMatchObject({
      status: 'found',
      patient: {
        nhsNumber: { value: '9991860916' },
        name: { value: 'Sunita MISTRY' },
        address: { value: '9 Millbrook Lane, Keynsham, Bristol BS31 1AB' },
      },
    });
    expect(readConsultationText(document, [])).toMatch(/^Carer for her husband; feels isolated/);
  });

  it('joins what the page and its frame show of the same patient', () => {
    framedPage(
      '<header>Jane SMITH · NHS No. 999 007 9196</header><iframe></iframe>',
      '<p>NHS: 999 007 9196 · DOB: 03/04/1948</p>',
    );
    expect(detectPatient(document, [])).toMatchObject({
      status: 'found',
      patient: { name: { value: 'Jane SMITH' }, dateOfBirth: { value: '1948-04-03' } },
    });
  });

  it('offers both when the frame shows another patient', () => {
    framedPage('<p>NHS No. 999 007 9196</p><iframe></iframe>', '<p>NHS No. 999 023 7573</p>');
    expect(detectPatient(document, [])).toMatchObject({ status: 'several' });
  });

  it('ignores a hidden frame', () => {
    const frame = framedPage('<iframe style="display:none"></iframe>', '<p>NHS No. 999 023 7573</p>');
    expect(frame.contentDocument?.body.textContent).toContain('999 023 7573');
    expect(detectPatient(document, [])).toMatchObject({ status: 'none' });
  });

  it.each([
    [
      'throws',
      () => {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    ],
    ['gives null', () => null],
  ])('skips a cross-origin frame (whose document %s) and says so', (_case, contentDocument) => {
    const frame = framedPage('<p>NHS No. 999 007 9196</p><iframe></iframe>');
    Object.defineProperty(frame, 'contentDocument', { get: contentDocument });
    expect(detectPatient(document, [])).toMatchObject({
      status: 'found',
      patient: { nhsNumber: { value: '9990079196' } },
    });
    document.querySelector('p')?.remove();
    expect(detectPatient(document, [])).toEqual({
      status: 'none',
      reason:
        'No NHS number with a valid check digit is visible on this page. 1 frame from another site could not be read.',
    });
  });
});
