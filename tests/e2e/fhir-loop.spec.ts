import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server';
import { type ExtensionBrowser, launchExtension } from '../../scripts/lib/launch-extension';
import { type Harness, startHarness } from './harness';
import { CaseloadPage } from './pages/caseload-page';
import { LINK_WORKER, ReferralDesk } from './pages/referral-desk';
import { SettingsPage } from './pages/settings-page';

/**
 * The feedback loop across two browsers, as a PCN runs it: a care coordinator's Chromium refers through the FHIR
 * server; the link worker's own Chromium (another profile) works the referral from its Caseload; the referrer's
 * log follows without anyone typing it in. Plus the failures: server down, offline, 401, 412, a refusal.
 */
describe('the referral feedback loop through a FHIR server, in two browsers', () => {
  let server: DemoServer;
  let h: Harness;
  let desk: ReferralDesk;
  let worker: ExtensionBrowser;
  let caseload: CaseloadPage;

  beforeAll(async () => {
    server = await startDemoServer();
    h = await startHarness({ server });
    desk = await ReferralDesk.open(h);
    worker = await launchExtension({ headless: true });
    const settings = new SettingsPage(await worker.openExtensionPage('options.html'));
    await settings.saveFhirEndpoint(`${server.origin}/fhir`);
    await settings.saveCaseload(LINK_WORKER.email);
    await settings.page.close();
    caseload = new CaseloadPage(await worker.openExtensionPage('caseload.html'));
  });
  afterAll(async () => {
    await worker?.close();
    await h?.close();
    await server?.close();
  });

  const tasks = () => server.fhir.store.all('Task');

  it('a referral sent by one practice is accepted and closed by the link worker, and the log shows it by itself', async () => {
    await desk.referPatientOn('/record');
    expect(await desk.refer.deliver('Send to FHIR endpoint')).toBe(`Sent to ${server.origin}/fhir.`);
    expect(tasks()).toHaveLength(1);

    await caseload.refresh();
    await caseload.card('999 007 9196').waitFor();
    expect(await caseload.card('999 007 9196').textContent()).toContain('Waiting for the link worker');
    expect(await caseload.act('999 007 9196', 'Accept')).toBe('Saved: Accepted. The referring practice will see it.');
    expect(await caseload.act('999 007 9196', 'Close with outcome', 'Joined the Tuesday walking group.')).toBe(
      'Saved: Completed. The referring practice will see it.',
    );

    // Nobody types anything at the practice: opening Referrals fetches the changed Task.
    await desk.log.open();
    const entry = desk.log.entry('999 007 9196');
    await expect
      .poll(async () => (await entry.textContent()) ?? '', { timeout: 20_000 })
      .toContain('Joined the Tuesday walking group.');
    const text = (await entry.textContent()) ?? '';
    expect(text).toContain('StatusClosed');
    expect(text).toMatch(/On the FHIR server: Completed; updated by the link worker .+; last checked /);
  });

  it('queues a referral while the server is down and sends it exactly once when it is back', async () => {
    server.fhir.down = true;
    await desk.refer.open();
    await desk.referPatientOn('/patients/banner.html');
    const message = await desk.refer.deliver('Send to FHIR endpoint');
    expect(message).toMatch(/^Waiting to send: The FHIR server could not be reached/);
    await desk.log.open();
    const entry = desk.log.entry('999 526 0182');
    expect(await entry.textContent()).toContain('Waiting to send to the FHIR server');
    expect(tasks()).toHaveLength(1);

    server.fhir.down = false;
    await desk.log.section.page().getByRole('button', { name: 'Check now' }).click();
    await expect
      .poll(async () => (await entry.textContent()) ?? '', { timeout: 20_000 })
      .toContain('On the FHIR server');
    expect(tasks()).toHaveLength(2);
    // Checking again, and the background's alarm, find nothing left to send.
    await desk.log.section.page().getByRole('button', { name: 'Check now' }).click();
    await desk.log.section
      .page()
      .getByText(/^Up to date\.$/)
      .waitFor({ timeout: 20_000 });
    expect(tasks()).toHaveLength(2);
  });

  it('waits on a 401 until the access token is set, then sends once', async () => {
    server.fhir.token = 'pcn-token-1';
    try {
      await desk.refer.open();
      await desk.referPatientOn('/patients/table.html');
      expect(await desk.refer.deliver('Send to FHIR endpoint')).toMatch(
        /^Waiting to send: The FHIR server needs you to sign in \(401\)/,
      );
      const settings = new SettingsPage(await h.ext.openExtensionPage('options.html'));
      await settings.saveFhirToken('pcn-token-1');
      await settings.page.close();
      await desk.log.open();
      await desk.log.section.page().getByRole('button', { name: 'Check now' }).click();
      const entry = desk.log.entry('999 159 0838');
      await expect
        .poll(async () => (await entry.textContent()) ?? '', { timeout: 20_000 })
        .toContain('On the FHIR server');
      expect(tasks()).toHaveLength(3);
      expect(JSON.stringify(server.fhir.requests)).not.toContain('pcn-token-1');
    } finally {
      server.fhir.token = undefined;
    }
  });

  it('shows both versions when someone else changed the referral first (412), and overwrites nothing', async () => {
    await caseload.refresh();
    const nhs = '999 526 0182';
    await caseload.card(nhs).waitFor();
    // A colleague at another desk records contact on the same Task after this page read it.
    const task = tasks().find((t) => JSON.stringify(t.for).includes('9995260182'));
    if (!task?.id) throw new Error('No Task for the second referral');
    server.fhir.store.update({ ...task, status: 'in-progress', note: [{ text: 'Phoned, left a message.' }] }, task.id);
    const message = await caseload.act(nhs, 'Close with outcome', 'Referred to the debt advice drop-in.');
    expect(message).toContain('Not saved: someone else changed this referral after you opened it.');
    expect(message).toContain('On the server now: In progress, “Phoned, left a message.”');
    expect(message).toContain('Your change: Completed, with the outcome “Referred to the debt advice drop-in.”');
    expect(server.fhir.store.read('Task', task.id)?.status).toBe('in-progress');
    // The card now holds the server's version, so trying again applies to it.
    expect(await caseload.act(nhs, 'Close with outcome', 'Referred to the debt advice drop-in.')).toBe(
      'Saved: Completed. The referring practice will see it.',
    );
  });

  it('queues a referral made offline and the background sends it', async () => {
    const panel = desk.panel.page;
    const cdp = await panel.context().newCDPSession(panel);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: true,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    try {
      await desk.refer.open();
      await desk.referPatientOn('/patients/definition-list.html');
      expect(await desk.refer.deliver('Send to FHIR endpoint')).toMatch(/^Waiting to send: /);
    } finally {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    }
    await desk.log.open();
    await desk.log.section.page().getByRole('button', { name: 'Check now' }).click();
    await expect.poll(() => tasks().length, { timeout: 20_000 }).toBe(4);
  });

  it('keeps the draft and logs nothing when the server refuses the referral, saying why', async () => {
    // Two Patients with one NHS number: the server cannot tell which is meant and refuses (412 on If-None-Exist).
    const patient = server.fhir.store.all('Patient')[0];
    if (!patient) throw new Error('No Patient on the server');
    const { id: _id, meta: _meta, ...copy } = patient;
    server.fhir.store.create(copy);
    const logged = (await desk.log.storedIds()).length;
    await desk.refer.open();
    await desk.referPatientOn('/record');
    const message = await desk.refer.deliver('Send to FHIR endpoint');
    expect(message).toMatch(/^Not sent\. The FHIR server refused it \(412\): .*2 resources match the condition/);
    expect(message).toContain('The draft is kept');
    expect(await desk.refer.values()).toMatchObject({ nhsNumber: '9990079196' });
    expect(await desk.log.storedIds()).toHaveLength(logged);
  });
});
