import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_SITE_PROFILE } from './demo-site-profile';
import { readConsultationText } from './read-consultation-text';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

describe('readConsultationText', () => {
  it.each([
    ['banner.html', /^Lonely since my wife died; worried about debts and possible eviction\./],
    ['table.html', /^Lonely since my husband died; worried about debts/],
    ['definition-list.html', /mosque\. Agrees to see the link worker\.$/],
    ['two-patients.html', /^$/],
  ])('reads the note on %s', (file, expected) => {
    const html = readFileSync(`scripts/demo/patients/${file}`, 'utf8');
    expect(readConsultationText(new DOMParser().parseFromString(html, 'text/html'), [])).toMatch(expected);
  });

  it('joins every visible free-text area, keeping typed line breaks, outermost editors only', () => {
    const doc = page(`<textarea>History: lonely</textarea><textarea style="display:none">old draft</textarea>
      <div contenteditable="true">Plan: link worker<br>Review in 2 weeks<span contenteditable="true">!</span></div>
      <div contenteditable="false">Not a note</div>`);
    expect(readConsultationText(doc, [])).toBe('History: lonely\n\nPlan: link worker\nReview in 2 weeks!');
  });

  it("reads only the profile's note element when the URL matches", () => {
    const doc = page('<textarea>Other box</textarea><textarea id="consultation-note">Worried about debts</textarea>');
    expect(readConsultationText(doc, [DEMO_SITE_PROFILE], 'http://127.0.0.1:3000/record')).toBe('Worried about debts');
    expect(readConsultationText(doc, [DEMO_SITE_PROFILE], 'https://gp.example/record')).toBe(
      'Other box\n\nWorried about debts',
    );
  });

  it('falls back to the free-text areas when the profile note selector finds nothing', () => {
    const doc = page('<textarea>Lonely</textarea>');
    expect(readConsultationText(doc, [DEMO_SITE_PROFILE], 'http://127.0.0.1:3000/record')).toBe('Lonely');
  });
});
