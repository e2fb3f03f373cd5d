import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';
import type { DeliveryButton, ReferPage } from './pages/refer-page';
import { LINK_WORKER, ReferralDesk } from './pages/referral-desk';
import type { ReferralLogPage } from './pages/referral-log-page';

const SENTINEL = 'nothing delivered yet';
const ROUTES: DeliveryButton[] = [
  'Copy for record',
  'Email link worker',
  'Print',
  'Download FHIR',
  'Send to FHIR endpoint',
  'Fill into page field',
];

interface FhirEntry {
  fullUrl: string;
  resource: { resourceType: string; code?: { coding: { code: string }[] }; subject?: { reference: string } };
}

/** The ServiceRequest's code and the NHS number of the Patient its subject points at. */
function referralIn(bundleText: string): {
  type: string;
  code?: string;
  nhsNumber?: { system: string; value: string };
} {
  const bundle = JSON.parse(bundleText) as { resourceType: string; entry: FhirEntry[] };
  const request = bundle.entry.find((e) => e.resource.resourceType === 'ServiceRequest')?.resource;
  const patient = bundle.entry.find((e) => e.fullUrl === request?.subject?.reference)?.resource as
    | { identifier: { system: string; value: string }[] }
    | undefined;
  const nhs = patient?.identifier.find((id) => id.system === 'https://fhir.nhs.uk/Id/nhs-number');
  return {
    type: bundle.resourceType,
    code: request?.code?.coding[0]?.code,
    nhsNumber: nhs && { system: nhs.system, value: nhs.value },
  };
}

describe('referring a patient from the real side panel', () => {
  let h: Harness;
  let desk: ReferralDesk;
  let refer: ReferPage;
  let log: ReferralLogPage;
  let record: Page;

  beforeAll(async () => {
    h = await startHarness();
    desk = await ReferralDesk.open(h);
    ({ refer, log, record } = desk);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('blocks every delivery while the open record is another patient, until the user chooses', async () => {
    await desk.referPatientOn('/record');
    await refer.writeClipboard(SENTINEL);
    await refer.recordWindowOpen();
    await refer.form.getByText('Same patient as the open record').waitFor();
    // The clinician opens another patient's record in the same tab.
    await desk.show('/patients/banner.html');
    await refer.mismatch.waitFor({ timeout: 8000 });
    expect(await refer.mismatch.textContent()).toContain('The open page shows a different patient (NHS 999 526 0182)');
    const tabs = h.ext.context.pages().length;
    const downloads: Download[] = [];
    refer.page.on('download', (download) => downloads.push(download));
    for (const route of [...ROUTES, 'Patient declined' as const]) {
      await refer.press(route);
      await expect.poll(() => refer.errorSummary.textContent()).toContain('The open page shows a different patient');
    }
    expect(await refer.readClipboard()).toBe(SENTINEL);
    expect(await refer.openedUrls()).toEqual([]);
    expect(h.server.fhir.requests).toEqual([]);
    expect(await log.storedIds()).toEqual([]);
    expect(h.ext.context.pages().length).toBe(tabs);
    expect(downloads).toEqual([]);
    expect(await record.locator('#consultation-note').inputValue()).not.toContain('871731000000106');

    // Keeping the referral's patient turns the light amber, naming the other record.
    await refer.mismatch.getByRole('button', { name: 'Keep this patient' }).click();
    await refer.form.getByText("you chose to keep this referral's patient").waitFor();
    expect(await refer.mismatch.count()).toBe(0);
    await desk.show('/record');
    await refer.form.getByText('Same patient as the open record').waitFor({ timeout: 8000 });

    // Another patient again; this time the referral follows the record.
    await desk.show('/patients/table.html');
    await refer.mismatch.waitFor({ timeout: 8000 });
    await refer.mismatch.getByRole('button', { name: 'Use the patient on the page' }).click();
    await expect.poll(() => refer.values()).toMatchObject({ nhsNumber: '9991590838', name: 'ASHDOWN, Margaret (Mrs)' });
    await refer.form.getByText('Same patient as the open record').waitFor();
  });

  it('checks the record again at the moment of sending, when the page swapped patients without loading', async () => {
    await desk.referPatientOn('/record');
    await refer.writeClipboard(SENTINEL);
    await refer.form.getByText('Same patient as the open record').waitFor();
    // A single-page clinical system shows the next patient without a page load: no tab event tells the panel.
    await record.evaluate(() => {
      const set = (id: string, text: string) => {
        const element = document.getElementById(id);
        if (element) element.textContent = text;
      };
      set('patient-nhs', '999 526 0182');
      set('patient-name', 'Mr Arthur HOLLOWAY');
    });
    await refer.press('Copy for record');
    await refer.mismatch.waitFor({ timeout: 8000 });
    // Said by the check at sending; the 5-second check may rarely get there first, and then the form blocks it.
    expect(['', 'Not sent: the open page shows a different patient.']).toContain(await refer.status.textContent());
    expect(await refer.readClipboard()).toBe(SENTINEL);
    expect(await log.storedIds()).toEqual([]);
  });

  it('copies the referral for the record, with its SNOMED CT code and the NHS number', async () => {
    await desk.referPatientOn('/record');
    expect(await refer.deliver('Copy for record')).toContain('Copied for the clinical record');
    const text = await refer.readClipboard();
    expect(text).toContain('871731000000106');
    expect(text).toContain('999 007 9196');
    expect(await log.storedIds()).toHaveLength(1);
  });

  it('opens an email to the link worker, or copies the email when it is too long for a link', async () => {
    await refer.recordWindowOpen();
    expect(await refer.deliver('Email link worker')).toBe(
      'Your email program should open with the referral to Sam Okoro.',
    );
    const [href = ''] = await refer.openedUrls();
    expect(href.startsWith(`mailto:${LINK_WORKER.email}?`)).toBe(true);
    expect(decodeURIComponent(new URL(href).searchParams.get('body') ?? '')).toContain('999 007 9196');

    const long = `${'Lonely and worried about money since her husband died. '.repeat(34)}`.trim();
    await refer.reason.fill(long);
    expect(await refer.deliver('Email link worker')).toContain(
      `The referral is too long for an email link, so it has been copied: paste it into an email to ${LINK_WORKER.email}`,
    );
    expect(await refer.readClipboard()).toContain(long);
    expect(await refer.openedUrls()).toHaveLength(1);
    await refer.reason.fill('Lonely since bereavement; would like to meet people locally.');
  });

  it('opens the printable referral in a new tab', async () => {
    const opened = h.ext.context.waitForEvent('page');
    expect(await refer.deliver('Print')).toBe('The printable referral opened in a new tab.');
    const printable = await opened;
    expect(printable.url()).toBe(`chrome-extension://${h.ext.extensionId}/print-referral.html`);
    await printable.getByText('Mrs Eleanor TESTPATIENT').first().waitFor();
    expect(await printable.locator('body').textContent()).toContain('999 007 9196');
    await printable.close();
  });

  it('downloads the referral as a FHIR Bundle', async () => {
    await record.bringToFront();
    const file = await refer.downloadFhir();
    expect(file.message).toBe(`Downloaded the FHIR referral as ${file.name}.`);
    expect(file.name).toMatch(/^signpost-referral-\d{4}-\d{2}-\d{2}\.json$/);
    expect(referralIn(file.text)).toEqual({
      type: 'Bundle',
      code: '871731000000106',
      nhsNumber: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9990079196' },
    });
  });

  it('sends the referral to the FHIR server once, however often it is sent', async () => {
    expect(await refer.deliver('Send to FHIR endpoint')).toBe(`Sent to ${h.server.origin}/fhir.`);
    const store = h.server.fhir.store;
    const [request] = store.all('ServiceRequest');
    expect(request?.code).toMatchObject({ coding: [{ code: '871731000000106' }] });
    expect(store.all('Task')).toHaveLength(1);
    expect(store.all('Patient')[0]?.identifier).toContainEqual(
      expect.objectContaining({ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9990079196' }),
    );
    // The same referral again (a second press, or a retry): the server finds it rather than making another.
    expect(await refer.deliver('Send to FHIR endpoint')).toBe(
      `Already on ${h.server.origin}/fhir: the server has this referral, so nothing new was made.`,
    );
    expect([store.all('ServiceRequest').length, store.all('Task').length]).toEqual([1, 1]);
    expect(await refer.values()).toMatchObject({ nhsNumber: '9990079196', name: 'Mrs Eleanor TESTPATIENT' });
  });

  it('fills the referral into the page field the user clicked', async () => {
    await record.bringToFront();
    await record.locator('#consultation-note').click();
    expect(await refer.deliver('Fill into page field')).toBe(
      'Filled into “Free-text note” on the page. Check it before saving.',
    );
    const note = await record.locator('#consultation-note').inputValue();
    expect(note).toContain('Lonely since her husband died in March.');
    expect(note).toContain('871731000000106');
    expect(note).toContain('999 007 9196');
    // Every route so far sent the same referral: it is logged once, listing each route it went by.
    expect(await log.storedIds()).toHaveLength(1);
    await log.open();
    // The Referrals view lists what IndexedDB answers after it shows: wait for the entry, not just the view.
    await expect
      .poll(async () => (await log.facts())[0]?.Routes)
      .toBe(
        'Recorded in the clinical record, Emailed to the link worker, Printed, Sent as FHIR, Filled into a referral form',
      );
    await refer.open();
  });

  it('fills into a field of the record shown in a same-origin frame', async () => {
    await desk.referPatientOn('/patients/iframe.html');
    const note = record.frameLocator('iframe[title="Patient record"]').locator('[contenteditable]');
    await note.click();
    expect(await refer.deliver('Fill into page field')).toBe(
      'Filled into “the text field” on the page. Check it before saving.',
    );
    const text = (await note.textContent()) ?? '';
    expect(text).toContain('Carer for her husband');
    expect(text).toContain('999 186 0916');
  });

  it('records that the patient declined, with its own code', async () => {
    const logged = (await log.storedIds()).length;
    await refer.startAgain();
    await desk.show('/patients/banner.html');
    await desk.panel.readPatient();
    expect(await refer.deliver('Patient declined')).toContain('871711000000103');
    expect(await refer.readClipboard()).toContain('871711000000103');
    expect(await log.storedIds()).toHaveLength(logged + 1);
  });

  it('logs a referral sent after the draft moved to the patient on the page as that patient’s', async () => {
    const logged = (await log.storedIds()).length;
    await desk.referPatientOn('/record');
    await refer.deliver('Copy for record');
    await desk.show('/patients/table.html');
    await refer.mismatch.waitFor({ timeout: 8000 });
    await refer.mismatch.getByRole('button', { name: 'Use the patient on the page' }).click();
    await expect.poll(() => refer.values()).toMatchObject({ nhsNumber: '9991590838' });
    await refer.deliver('Copy for record');
    expect(await refer.readClipboard()).toContain('999 159 0838');
    expect(await log.storedIds()).toHaveLength(logged + 2);
  });

  it('refuses a bad NHS number, an over-long reason and a missing consent, delivering nothing', async () => {
    await desk.referPatientOn('/record');
    await refer.writeClipboard(SENTINEL);
    const [posts, logged] = [h.server.fhir.requests.length, await log.storedIds()];

    // A read patient's fields are folded behind "Edit details".
    await refer.editPatient();
    await refer.field('NHS number').fill('999 007 9197');
    for (const route of ['Copy for record', 'Send to FHIR endpoint'] as const) {
      await refer.press(route);
      await expect.poll(() => refer.errorSummary.textContent()).toContain('There is a problem');
      expect(await refer.errorSummary.textContent()).toContain(
        'The NHS number is not valid (its check digit is wrong). Check it against the record.',
      );
    }
    await refer.field('NHS number').fill('999 007 9196');

    const long = 'a'.repeat(2001);
    await refer.reason.fill(long);
    const tooLong = 'The reason is 2,001 characters: shorten it to 2,000 or fewer.';
    await refer.form.getByText(tooLong).first().waitFor();
    await refer.press('Copy for record');
    await expect.poll(() => refer.errorSummary.textContent()).toContain(tooLong);
    expect(await refer.reason.inputValue()).toBe(long);
    await refer.reason.fill('Wants to meet people.');

    await refer.consent.uncheck();
    await refer.press('Copy for record');
    await expect
      .poll(() => refer.errorSummary.textContent())
      .toContain('The patient has not agreed to the referral. Record their consent, or record that they declined.');

    expect(await refer.readClipboard()).toBe(SENTINEL);
    expect(h.server.fhir.requests).toHaveLength(posts);
    expect(await log.storedIds()).toEqual(logged);
  });
});
