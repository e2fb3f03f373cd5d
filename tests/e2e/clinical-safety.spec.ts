import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ukIsoDate } from '../../utils/referral/uk-dates';
import { type Harness, startHarness } from './harness';
import { ReferralDesk } from './pages/referral-desk';

const DAY_MS = 86_400_000;

/** The extension's session storage, as its own pages see it (the test's types know no `chrome`). */
interface SessionArea {
  get(keys: string | string[]): Promise<Record<string, { draft?: unknown } | undefined>>;
  set(items: Record<string, unknown>): Promise<void>;
}
type WithSession = { chrome: { storage: { session: SessionArea } } };

/** The feed's record for `name`, changed as `change` says: what the publisher would serve. */
function publish(h: Harness, name: string, change: { status?: string; assured: string }): void {
  h.server.services = (h.server.services as { name: string; pc_metadata?: object }[]).map((record) =>
    record.name === name
      ? {
          ...record,
          status: change.status ?? 'active',
          assured_date: change.assured,
          pc_metadata: { ...record.pc_metadata, date_assured: change.assured },
        }
      : record,
  );
}

/**
 * The hazard log's controls that were added for the clinical safety case (docs/clinical-safety/hazard-log.md),
 * each proved against the built extension in the real side panel.
 */
describe('clinical safety controls in the real side panel', () => {
  let h: Harness;
  let desk: ReferralDesk;

  beforeAll(async () => {
    h = await startHarness();
    const now = Date.now();
    publish(h, 'Knitting And Crochet', { assured: ukIsoDate(new Date(now - 30 * DAY_MS)) });
    publish(h, 'Hillfields Walking Group', { assured: '2021-11-03' });
    publish(h, 'Bristol Nordic Walking', { status: 'inactive', assured: ukIsoDate(new Date(now - 10 * DAY_MS)) });
    expect(await h.importDemoFeed()).toMatch(/Imported/);
    desk = await ReferralDesk.open(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Finds `name` in Find and presses its Refer button, which adds it to the referral and opens Refer. */
  async function referTo(query: string, name: string): Promise<void> {
    const { panel } = desk;
    await panel.show('Find');
    await panel.search(query);
    await panel.page.getByRole('article', { name }).getByRole('button', { name: 'Refer', exact: true }).click();
    await desk.refer.form.waitFor();
  }

  it('warns on the referral itself about a service that is inactive or was last checked over a year ago', async () => {
    await desk.refer.startAgain();
    await referTo('knitting and crochet', 'Knitting And Crochet');
    await referTo('hillfields walking group', 'Hillfields Walking Group');
    await desk.panel.show('Find');
    await desk.panel.page.getByText('Filters').click();
    await desk.panel.page.getByLabel('Include closed and inactive services').check();
    await referTo('bristol nordic walking', 'Bristol Nordic Walking');

    const services = desk.panel.page.getByRole('region', { name: 'Services discussed' });
    const item = (name: string) => services.getByRole('listitem').filter({ hasText: name });
    await item('Bristol Nordic Walking').waitFor();
    expect(await item('Knitting And Crochet').textContent()).not.toMatch(/checked|directory lists/i);
    expect(await item('Hillfields Walking Group').textContent()).toContain(
      'Last checked by its publisher on 3 November 2021, over a year ago: confirm the details with the service.',
    );
    expect(await item('Bristol Nordic Walking').textContent()).toContain(
      'The directory lists this service as inactive: check it is still running before referring.',
    );

    // The same cautions travel in the text pasted into the record, each under its own service.
    await desk.show('/record');
    await desk.panel.readPatient();
    await desk.refer.complete();
    expect(await desk.refer.deliver('Copy for record')).toContain('Copied for the clinical record');
    const lines = (await desk.refer.readClipboard()).split('\n');
    const lineAfter = (name: string) => lines[lines.findIndex((line) => line.startsWith(`- ${name}`)) + 1];
    expect(lineAfter('Knitting And Crochet')).not.toMatch(/Caution/);
    expect(lineAfter('Hillfields Walking Group')).toBe(
      '  Caution: Last checked by its publisher on 3 November 2021, over a year ago: confirm the details with the service.',
    );
    expect(lineAfter('Bristol Nordic Walking')).toBe(
      '  Caution: The directory lists this service as inactive: check it is still running before referring.',
    );
  });

  it('shows a referral that was only copied as not confirmed pasted, until the user confirms it or it is filled into the page', async () => {
    const { refer, log, panel, record } = desk;
    const notPasted = 'Copied, not confirmed pasted into the record.';

    await desk.referPatientOn('/patients/banner.html');
    expect(await refer.deliver('Copy for record')).toContain(
      'Paste it into the patient’s record, then confirm it in Referrals.',
    );
    await log.open();
    const copied = log.entry('999 526 0182');
    await copied.getByText(notPasted).waitFor();
    expect(await log.section.textContent()).toMatch(/\d+ referrals? (was|were) copied but not confirmed pasted/);
    await copied.getByRole('button', { name: /^Confirm pasted for / }).click();
    await copied.getByText('Confirmed pasted.').waitFor();
    expect(await copied.textContent()).not.toContain(notPasted);
    // Saved, not just hidden: a fresh panel still has it confirmed.
    await panel.page.reload();
    await log.open();
    await log.entry('999 526 0182').waitFor();
    expect(await log.entry('999 526 0182').textContent()).not.toContain(notPasted);

    // Copied, then filled into the record's own field: the referral is in the record, so the log stops asking.
    await refer.open();
    await desk.referPatientOn('/patients/iframe.html');
    await refer.deliver('Copy for record');
    await log.open();
    await log.entry('999 186 0916').getByText(notPasted).waitFor();
    await refer.open();
    await record.bringToFront();
    await record.frameLocator('iframe[title="Patient record"]').locator('[contenteditable]').click();
    expect(await refer.deliver('Fill into page field')).toContain('Filled into');
    await log.open();
    await expect.poll(() => log.entry('999 186 0916').textContent()).not.toContain(notPasted);
    expect(await log.entries().filter({ hasText: '999 186 0916' }).count()).toBe(1);
  });

  it('clears a referral left an hour without use, and its printable copy, saying so without naming the patient', async () => {
    const { refer, panel } = desk;
    /** Makes the stored draft look last changed `minutes` ago (and leaves a printable copy), then reopens the panel. */
    const reopenAfter = async (minutes: number) => {
      await panel.page.evaluate(async (ago) => {
        const storage = (globalThis as unknown as WithSession).chrome.storage.session;
        const { referralDraft } = await storage.get('referralDraft');
        await storage.set({
          referralDraft: { ...referralDraft, touchedAt: Date.now() - ago * 60_000 },
          printReferral: referralDraft?.draft,
        });
      }, minutes);
      await panel.page.reload();
      await refer.open();
    };
    const stored = () =>
      panel.page.evaluate(async () =>
        Object.keys(
          await (globalThis as unknown as WithSession).chrome.storage.session.get(['referralDraft', 'printReferral']),
        ),
      );
    const cleared = 'The last referral was cleared after an hour without use';

    await refer.open();
    await desk.referPatientOn('/patients/definition-list.html');
    const patient = await refer.values();
    expect(patient.nhsNumber).not.toBe('');

    // 59½ minutes: still there when the panel opens, then cleared by the clock with no one touching it.
    await reopenAfter(59.5);
    expect(await refer.values()).toEqual(patient);
    await expect.poll(() => refer.values(), { timeout: 60_000 }).toMatchObject({ nhsNumber: '', name: '' });
    expect(await panel.page.getByTestId('patient-status').textContent()).toContain(cleared);
    expect(await stored()).not.toContain('printReferral');

    // Over an hour while the panel was closed: cleared as it opens, before anyone sees it.
    await desk.referPatientOn('/patients/definition-list.html');
    await reopenAfter(61);
    await expect.poll(() => refer.values()).toMatchObject({ nhsNumber: '', name: '', dateOfBirth: '' });
    const status = (await panel.page.getByTestId('patient-status').textContent()) ?? '';
    expect(status).toContain(cleared);
    expect(status).not.toContain(patient.nhsNumber.slice(0, 3));
    expect(await stored()).not.toContain('printReferral');
  });
});
