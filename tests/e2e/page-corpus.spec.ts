import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needVocabulary } from '../../utils/needs/need-vocabulary';
import { type CorpusPage, corpusPages, needsRecall, wrongNeeds } from '../page-corpus';
import { type Harness, startHarness } from './harness';
import { OptionsPage } from './pages/options-page';
import { ReferPage } from './pages/refer-page';
import { SidePanelPage } from './pages/side-panel-page';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The need ids the form's "From the record" line offers, read back from their labels. */
function suggestedIds(text: string): string[] {
  return needVocabulary
    .filter((need) => new RegExp(`(?:: |\\), )${escapeRegExp(need.label)}(?: \\(query\\))? \\('`).test(text))
    .map((need) => need.id);
}

interface Figures {
  file: string;
  patientRight: boolean;
  recall: number;
  wrong: string[];
  negations: number;
  negationsCaught: number;
  ms: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

describe('the page corpus, read through the real side panel', () => {
  let h: Harness;
  let panel: SidePanelPage;
  let refer: ReferPage;
  let record: Page;
  const figures: Figures[] = [];

  beforeAll(async () => {
    h = await startHarness();
    record = await h.ext.context.newPage();
    await record.goto(h.server.recordUrl);
    const options = new OptionsPage(await h.ext.openExtensionPage('options.html'));
    await options.openSidePanel();
    panel = new SidePanelPage(await h.ext.sidePanel());
    refer = new ReferPage(panel.page);
    await refer.open();
    await record.bringToFront();
  });
  afterAll(async () => {
    if (figures.length > 0) {
      const right = figures.filter((f) => f.patientRight).length;
      const negations = figures.reduce((sum, f) => sum + f.negations, 0);
      const caught = figures.reduce((sum, f) => sum + f.negationsCaught, 0);
      const lowest = Math.min(...figures.map((f) => f.recall));
      // The figures docs/page-reading.md reports: printed, not asserted beyond the per-page checks below.
      console.log(
        [
          ...figures.map(
            (f) =>
              `${f.file}: patient ${f.patientRight ? 'right' : 'WRONG'}, needs recall ${f.recall.toFixed(2)}, ` +
              `negations caught ${f.negationsCaught}/${f.negations}, read in ${f.ms} ms`,
          ),
          `Patients right (or asked): ${right}/${figures.length}`,
          `Needs recall: lowest ${lowest.toFixed(2)} per page, mean ${(figures.reduce((s, f) => s + f.recall, 0) / figures.length).toFixed(2)}`,
          `Negations caught: ${caught}/${negations}`,
          `"Read patient from page" to a filled form: median ${median(figures.map((f) => f.ms))} ms`,
        ].join('\n'),
      );
    }
    await h?.close();
  });

  async function readAndTime(): Promise<number> {
    const status = panel.page.getByTestId('patient-status');
    const before = Number(await status.getAttribute('data-reads'));
    const started = Date.now();
    await panel.page.getByRole('button', { name: 'Read patient from page' }).first().click();
    await panel.page.waitForFunction(
      (count) => Number(document.querySelector('[data-testid="patient-status"]')?.getAttribute('data-reads')) > count,
      before,
      { timeout: 15_000 },
    );
    return Date.now() - started;
  }

  async function patientRight(page: CorpusPage): Promise<boolean> {
    const line = (await panel.page.getByTestId('patient-status').textContent()) ?? '';
    if (page.patient === 'none') return line.startsWith('No patient found on this page.');
    if (page.patient === 'ask')
      return (await refer.candidates().count()) >= 2 && / different patients are on this page/.test(line);
    const values = await refer.values();
    const phone = await refer.field('Phone number').inputValue();
    const expected = page.patient;
    return (
      values.nhsNumber === expected.nhsNumber &&
      values.name === expected.name &&
      values.dateOfBirth === expected.dateOfBirth &&
      values.postcode === (expected.postcode ?? '') &&
      (expected.phone === undefined || phone === expected.phone)
    );
  }

  it.each(corpusPages())('reads $file: $layout', async (page) => {
    await refer.startAgain();
    await record.goto(`${h.server.origin}/pages/${page.file}`);
    const ms = await readAndTime();
    const right = await patientRight(page);
    const needs = suggestedIds(await refer.suggestionText());
    const wrong = wrongNeeds(page, needs);
    const recall = needsRecall(page, needs);
    const negations = page.notNeeds.length;
    figures.push({
      file: page.file,
      patientRight: right,
      recall,
      wrong,
      negations,
      negationsCaught: page.notNeeds.filter((need) => !needs.includes(need)).length,
      ms,
    });
    expect({ right, recallAtLeast075: recall >= 0.75, wrong }).toEqual({
      right: true,
      recallAtLeast075: true,
      wrong: [],
    });
  });
});
