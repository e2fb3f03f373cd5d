import type { Page } from 'playwright-core';
import type { Harness } from '../harness';
import { OptionsPage } from './options-page';
import { ReferPage } from './refer-page';
import { ReferralLogPage } from './referral-log-page';
import { SettingsPage } from './settings-page';
import { SidePanelPage } from './side-panel-page';

/** The link worker every referral in these tests goes to. */
export const LINK_WORKER = { name: 'Sam Okoro', email: 'sam.okoro@nhs.net', organisation: 'Bristol Central PCN' };

/**
 * A care coordinator's desk: the practice set up through the settings page, a clinical record in one tab and the
 * real side panel open beside it, on its Refer view.
 */
export class ReferralDesk {
  readonly refer: ReferPage;
  readonly log: ReferralLogPage;

  private constructor(
    private readonly h: Harness,
    readonly record: Page,
    readonly panel: SidePanelPage,
  ) {
    this.refer = new ReferPage(panel.page);
    this.log = new ReferralLogPage(panel.page);
  }

  static async open(h: Harness): Promise<ReferralDesk> {
    const settings = new SettingsPage(await h.ext.openExtensionPage('options.html'));
    await settings.savePractice({ name: 'Riverside Medical Practice', referrerName: 'Jo Care', odsCode: 'L81001' });
    await settings.saveLinkWorker(LINK_WORKER);
    await settings.saveFhirEndpoint(`${h.server.origin}/fhir`);
    // Chromium calls an extension's origin opaque and refuses a grant naming it: granted without an origin instead.
    await h.ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const record = await h.ext.context.newPage();
    await record.goto(h.server.recordUrl);
    // The settings page's button is the user gesture Chrome needs to open the panel.
    await new OptionsPage(settings.page).openSidePanel();
    const desk = new ReferralDesk(h, record, new SidePanelPage(await h.ext.sidePanel()));
    await record.bringToFront();
    await desk.refer.open();
    return desk;
  }

  /** Opens a page of the demo server in the clinical tab, the one the panel reads. */
  async show(path: string): Promise<void> {
    await this.record.bringToFront();
    await this.record.goto(`${this.h.server.origin}${path}`);
  }

  /** Starts a fresh referral for the patient on `path`, read from the page, and completes it. */
  async referPatientOn(path: string): Promise<void> {
    await this.refer.startAgain();
    await this.show(path);
    await this.panel.readPatient();
    await this.refer.complete();
  }
}
