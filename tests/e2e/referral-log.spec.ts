import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';
import type { ReferPage } from './pages/refer-page';
import { ReferralDesk } from './pages/referral-desk';
import type { ReferralLogPage } from './pages/referral-log-page';
import { SettingsPage } from './pages/settings-page';

const OUTCOME = 'Joined the Tuesday walking group.';

describe('the referral log in the real side panel', () => {
  let h: Harness;
  let desk: ReferralDesk;
  let refer: ReferPage;
  let log: ReferralLogPage;

  beforeAll(async () => {
    h = await startHarness();
    desk = await ReferralDesk.open(h);
    ({ refer, log } = desk);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('logs each referral once, by whichever route it went', async () => {
    await desk.referPatientOn('/record');
    await refer.deliver('Copy for record');
    await refer.deliver('Print');
    await desk.referPatientOn('/patients/table.html');
    await refer.recordWindowOpen();
    await refer.deliver('Email link worker');
    await desk.referPatientOn('/patients/iframe.html');
    await refer.downloadFhir();
    await refer.startAgain();
    await desk.show('/patients/banner.html');
    await desk.panel.readPatient();
    await refer.deliver('Patient declined');
    expect(await log.storedIds()).toHaveLength(4);
  });

  it('lists each referral: initials, NHS number, needs and route, never a name', async () => {
    await log.open();
    await expect.poll(async () => (await log.facts()).length).toBe(4);
    const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' }).format(new Date());
    const sent = { Needs: 'Loneliness', Referrer: 'Jo Care', Status: 'Sent' };
    expect(await log.facts()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          heading: `ET · ${today}`,
          'NHS number': '999 007 9196',
          // Copied, then printed: the log lists both routes, not only the first.
          Routes: 'Recorded in the clinical record, Printed',
          ...sent,
        }),
        expect.objectContaining({
          heading: `MA · ${today}`,
          'NHS number': '999 159 0838',
          Route: 'Emailed to the link worker',
          ...sent,
        }),
        expect.objectContaining({
          heading: `SM · ${today}`,
          'NHS number': '999 186 0916',
          Route: 'Sent as FHIR',
          ...sent,
        }),
        expect.objectContaining({
          heading: `AH · ${today}`,
          'NHS number': '999 526 0182',
          Needs: 'None recorded',
          Route: 'Declined by the patient',
          Status: 'Declined',
        }),
      ]),
    );
    expect(JSON.stringify(await log.facts())).not.toMatch(/TESTPATIENT|ASHDOWN|HOLLOWAY|MISTRY|Eleanor|Margaret/);
  });

  it('moves a referral from sent to closed with an outcome, and keeps it across a panel reload', async () => {
    const entry = log.entry('999 159 0838');
    for (const status of ['Accepted', 'Contacted']) await log.setStatus(entry, status);
    await log.setStatus(entry, 'Closed', OUTCOME);
    await desk.panel.page.reload();
    await log.open();
    await expect
      .poll(async () => (await log.facts()).find((facts) => facts['NHS number'] === '999 159 0838'))
      .toMatchObject({ Status: 'Closed', Outcome: OUTCOME });
  });

  it('exports the log as CSV with a header row', async () => {
    const file = await log.exportCsv();
    expect(file.name).toMatch(/^signpost-referrals-\d{4}-\d{2}-\d{2}\.csv$/);
    // The byte-order mark makes Excel read the file as UTF-8.
    expect(file.text.startsWith('\uFEFF')).toBe(true);
    const csv = Papa.parse<Record<string, string>>(file.text.slice(1), { header: true, skipEmptyLines: true });
    expect(csv.meta.fields).toEqual(
      'Referral ID,NHS number,Initials,Needs,Services,Date,Route,Referrer,Status,Outcome,Updated'.split(','),
    );
    expect(csv.data.map((row) => `${row['NHS number']} ${row.Initials} ${row.Route} ${row.Status}`).sort()).toEqual([
      '999 007 9196 ET record; print sent',
      '999 159 0838 MA email closed',
      '999 186 0916 SM fhir sent',
      '999 526 0182 AH declined declined',
    ]);
    expect(csv.data.find((row) => row.Status === 'closed')?.Outcome).toBe(OUTCOME);
  });

  it('deletes referrals older than the retention period once it is changed, keeping recent ones', async () => {
    const recent = await log.storedIds();
    await log.insertAged([
      { id: 'two-years-old', daysAgo: 730 },
      { id: 'five-months-old', daysAgo: 150 },
    ]);
    const settings = new SettingsPage(await h.ext.openExtensionPage('options.html'));

    await settings.saveRetention(6);
    await expect.poll(() => log.storedIds()).not.toContain('two-years-old');
    expect((await log.storedIds()).sort()).toEqual([...recent, 'five-months-old'].sort());

    await settings.saveRetention(3);
    await expect.poll(() => log.storedIds()).not.toContain('five-months-old');
    expect((await log.storedIds()).sort()).toEqual([...recent].sort());
    await log.section.getByText('Referrals are kept for 3 months, then deleted automatically.').waitFor();
    await expect.poll(() => log.entries().count()).toBe(recent.length);
  });

  // Last: the panel's clock stays fixed from here on.
  it('dates a referral by the UK calendar, also in the hour after midnight in summer', async () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in the UK.
    await desk.panel.page.clock.setFixedTime(new Date('2026-06-30T23:30:00Z'));
    await refer.open();
    await desk.referPatientOn('/patients/definition-list.html');
    await refer.deliver('Copy for record');
    await log.open();
    await expect
      .poll(async () => (await log.facts()).find((facts) => facts['NHS number'] === '999 016 6137')?.heading)
      .toBe('DO · 1 July 2026');
  });
});
