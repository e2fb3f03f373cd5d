import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPatient } from '@/utils/patient/detect-patient';
import { readPage } from '@/utils/patient/read-page';
import { CORPUS_DIR, corpusPages, needsRecall, wrongNeeds } from '../page-corpus';

// Pages drawn by script or framed by srcdoc need a real browser: tests/e2e/page-corpus.spec.ts reads every page.
const BROWSER_ONLY = new Set(['script-drawn-banner.html', 'shadow-banner.html', 'frame-record.html']);

function parse(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(`${CORPUS_DIR}${file}`, 'utf8'), 'text/html');
}

describe('the page corpus, read without a browser', () => {
  it.each(corpusPages().filter((page) => !BROWSER_ONLY.has(page.file)))('reads $file ($layout)', (page) => {
    const detection = detectPatient(parse(page.file), []);
    if (page.patient === 'none' || page.patient === 'ask') {
      expect(detection.status).toBe(page.patient === 'none' ? 'none' : 'several');
      return;
    }
    expect(detection.status).toBe('found');
    if (detection.status !== 'found') return;
    const { patient } = detection;
    expect({
      nhsNumber: patient.nhsNumber.value,
      name: patient.name?.value,
      dateOfBirth: patient.dateOfBirth?.value,
      postcode: patient.postcode?.value,
      phone: patient.phone?.value,
    }).toEqual({ postcode: undefined, phone: undefined, ...page.patient });
  });
});

describe('needs from the record of each page, read without a browser', () => {
  it.each(corpusPages().filter((page) => !BROWSER_ONLY.has(page.file)))('suggests the needs of $file', (page) => {
    const needs = readPage([], parse(page.file)).suggestedNeeds.map(({ need }) => need);
    expect({ recall: needsRecall(page, needs) >= 0.75, wrong: wrongNeeds(page, needs) }).toEqual({
      recall: true,
      wrong: [],
    });
  });
});
