import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';
import { OptionsPage } from './pages/options-page';
import { ReferPage } from './pages/refer-page';
import { SidePanelPage } from './pages/side-panel-page';

/** Fictional patients on differently built demo pages, what each page shows about them, and the strip's date. */
const PAGES = [
  {
    page: 'a banner',
    path: '/patients/banner.html',
    nhs: '999 526 0182',
    name: 'HOLLOWAY, Arthur (Mr)',
    born: '1948-04-03',
    bornShown: '3 April 1948',
    postcode: 'BS6 6AB',
  },
  {
    page: 'a demographics table',
    path: '/patients/table.html',
    nhs: '999 159 0838',
    name: 'ASHDOWN, Margaret (Mrs)',
    born: '1948-04-03',
    bornShown: '3 April 1948',
    postcode: 'BS8 4RU',
  },
  {
    page: 'a definition list',
    path: '/patients/definition-list.html',
    nhs: '999 016 6137',
    name: 'Daniel OKAFOR',
    born: '1952-04-03',
    bornShown: '3 April 1952',
    postcode: 'BS2 9HX',
  },
  {
    page: 'a same-origin frame',
    path: '/patients/iframe.html',
    nhs: '999 186 0916',
    name: 'Sunita MISTRY',
    born: '1961-11-12',
    bornShown: '12 November 1961',
    postcode: 'BS31 1AB',
  },
  {
    page: 'the demo record',
    path: '/record',
    nhs: '999 007 9196',
    name: 'Mrs Eleanor TESTPATIENT',
    born: '1946-03-14',
    bornShown: '14 March 1946',
    postcode: 'BS5 6XX',
  },
];

describe('reading the patient from clinical pages into the real side panel', () => {
  let h: Harness;
  let panel: SidePanelPage;
  let refer: ReferPage;
  let record: Page;

  beforeAll(async () => {
    h = await startHarness();
    record = await h.ext.context.newPage();
    await record.goto(h.server.recordUrl);
    const options = new OptionsPage(await h.ext.openExtensionPage('options.html'));
    await options.openSidePanel();
    panel = new SidePanelPage(await h.ext.sidePanel());
    refer = new ReferPage(panel.page);
    await record.bringToFront();
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each(PAGES)('reads the patient from $page into the strip and the referral', async (expected) => {
    await record.goto(`${h.server.origin}${expected.path}`);
    expect(await panel.readPatient()).toBe(
      `NHS number ${expected.nhs} · ${expected.name} · born ${expected.bornShown}`,
    );
    await refer.open();
    expect(await refer.values()).toEqual({
      nhsNumber: expected.nhs.replace(/ /g, ''),
      name: expected.name,
      dateOfBirth: expected.born,
      postcode: expected.postcode,
    });
    // The open record is the patient just read: the light is green.
    await refer.form.getByText('Same patient as the open record').waitFor();
    await panel.show('Find');
  });

  it('offers each patient when a page shows two, and uses the one chosen', async () => {
    await record.goto(`${h.server.origin}/patients/two-patients.html`);
    expect(await panel.readPatient()).toBe('2 different patients are on this page: choose one in Refer.');
    await refer.open();
    expect(await refer.candidates().allTextContents()).toEqual([
      'Use GREENE, Thomas (Mr) NHS 999 390 9963',
      'Use GREENE, Tom (Mr) NHS 999 030 8241',
    ]);
    await refer.candidates().filter({ hasText: '999 030 8241' }).click();
    await expect.poll(() => refer.values()).toMatchObject({ nhsNumber: '9990308241', name: 'GREENE, Tom (Mr)' });
    expect(await refer.values()).toEqual({
      nhsNumber: '9990308241',
      name: 'GREENE, Tom (Mr)',
      dateOfBirth: '1939-07-21',
      postcode: 'BS6 6HR',
    });
    expect(await panel.page.getByTestId('patient-status').textContent()).toBe(
      'NHS number 999 030 8241 · GREENE, Tom (Mr) · born 21 July 1939',
    );
    expect(await refer.candidates().count()).toBe(0);
    // Two records are open at once, so the light cannot be green: it says why instead.
    await refer.form.getByText('Cannot check the open page: the open page shows several patients').waitFor();
  });

  it('says plainly when a page shows no patient, and keeps the draft', async () => {
    await record.goto(`${h.server.origin}/patients/banner.html`);
    await panel.readPatient();
    await refer.open();
    await refer.reason.fill('Wants to meet people nearby.');
    await record.goto(`${h.server.origin}/appointments`);
    expect(await panel.readPatient()).toBe(
      'No patient found on this page. No NHS number with a valid check digit is visible on this page.',
    );
    expect(await refer.values()).toMatchObject({ nhsNumber: '9995260182', name: 'HOLLOWAY, Arthur (Mr)' });
    expect(await refer.reason.inputValue()).toBe('Wants to meet people nearby.');
  });

  it('suggests needs from the record, with where each was, and adds them when asked', async () => {
    await refer.startAgain();
    await record.goto(`${h.server.origin}/patients/table.html`);
    await panel.readPatient();
    await refer.open();
    // "Struggling with heating bills" is money, not mood; "possible eviction" is only queried, so it comes last.
    // The year is shown only for entries from an earlier year than today's.
    expect(await refer.suggestionText()).toMatch(
      new RegExp(
        "^From the record: Loneliness \\('Lonely', journal entry\\), Bereavement \\('husband died', journal entry\\), " +
          "Mental wellbeing \\('worried', journal entry\\), Debt \\('debts', journal entry\\), Heating & energy " +
          "\\('heating bills', journal entry\\), Long-term conditions \\('Diabetic', recent encounters, 14 Jan( 2026)?\\), " +
          "Housing \\(query\\) \\('eviction', journal entry\\)$",
      ),
    );
    expect(await refer.chosenNeeds()).toEqual([]);
    await refer.form.getByRole('button', { name: 'Add', exact: true }).click();
    const added = ['Loneliness', 'Bereavement', 'Mental wellbeing', 'Debt', 'Heating & energy', 'Long-term conditions'];
    await expect.poll(() => refer.chosenNeeds()).toEqual(expect.arrayContaining([...added, 'Housing']));
    expect((await refer.chosenNeeds()).length).toBe(7);
    expect(await refer.suggestionText()).toBe('');
  });
});
