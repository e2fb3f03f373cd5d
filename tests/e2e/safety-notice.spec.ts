import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';
import { OptionsPage } from './pages/options-page';
import { SidePanelPage } from './pages/side-panel-page';

/** The safety notices in the real side panel, on the real Bristol feed, with the wording set on the settings page. */
describe('safety first: a notice above the services, never instead of them', () => {
  let h: Harness;
  let panel: SidePanelPage;
  let options: Page;

  beforeAll(async () => {
    h = await startHarness();
    await h.importDemoFeed();
    const record = await h.ext.context.newPage();
    await record.goto(h.server.recordUrl);
    options = await h.ext.openExtensionPage('options.html');
    await new OptionsPage(options).openSidePanel();
    panel = new SidePanelPage(await h.ext.sidePanel());
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  const notice = () => panel.page.getByTestId('safety-notice').getByRole('alert');

  it('shows the domestic abuse route above the local services for a first-person disclosure', async () => {
    await panel.search('my husband hits me');
    await expect.poll(() => notice().count(), { timeout: 20_000 }).toBe(1);
    const alert = notice();
    expect(await alert.getByRole('heading').textContent()).toBe('Possible domestic abuse: check they are safe now');
    expect(await alert.getByRole('link', { name: '0808 2000 247' }).getAttribute('href')).toBe('tel:08082000247');
    // The search is not blocked: local domestic abuse services are listed below the notice.
    const names = await panel.resultNames();
    expect(names).toContain('Bristol Next Link Domestic Abuse Services');
    const [noticeBox, firstResult] = await Promise.all([
      alert.boundingBox(),
      panel.page.getByRole('list', { name: 'Services' }).getByRole('heading').first().boundingBox(),
    ]);
    expect(noticeBox?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(firstResult?.y ?? 0);
  });

  it('is reached with the Tab key from the search box', async () => {
    await panel.searchBox.focus();
    let inside = false;
    for (let presses = 0; presses < 80 && !inside; presses++) {
      await panel.page.keyboard.press('Tab');
      inside = await panel.page.evaluate(
        () => document.activeElement?.closest('[data-testid="safety-notice"]') !== null,
      );
    }
    expect(inside).toBe(true);
    expect(await panel.page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('tel:999');
  });

  it('names Samaritans and NHS 111 for a third-person suicide risk, and nothing for an ordinary search', async () => {
    await panel.search('my son talks about killing himself');
    await expect
      .poll(() => notice().getByRole('heading').textContent(), { timeout: 20_000 })
      .toBe('Possible risk of suicide or self-harm: assess risk now');
    expect(await notice().textContent()).toContain('Samaritans, free, 24 hours: 116 123.');
    expect(await notice().textContent()).toContain('NHS 111');
    expect((await panel.resultNames()).length).toBeGreaterThan(0);
    await panel.search('debt advice');
    await expect.poll(() => panel.page.getByTestId('safety-notice').count()).toBe(0);
  });

  it("uses the PCN's own wording from the settings page", async () => {
    const section = options.getByRole('region', { name: 'Safety notices' });
    const group = section.getByRole('group', { name: 'Domestic abuse' });
    await group.getByLabel('Heading').fill('Domestic abuse: ask if it is safe to talk');
    await group.getByLabel('What to do').fill('Safeguarding lead: Dr Patel, extension 214\nHelpline: 0808 2000 247');
    await section.getByRole('button', { name: 'Save the safety notices' }).click();
    await section.getByText('Saved. The side panel uses this wording now.').waitFor();
    await panel.search("she's scared of her partner");
    await expect
      .poll(() => notice().getByRole('heading').textContent(), { timeout: 20_000 })
      .toBe('Domestic abuse: ask if it is safe to talk');
    expect(await notice().textContent()).toContain('Safeguarding lead: Dr Patel, extension 214');
  });

  it('refuses an empty heading in plain words and keeps the saved wording', async () => {
    const section = options.getByRole('region', { name: 'Safety notices' });
    await section.getByRole('group', { name: 'Safeguarding' }).getByLabel('Heading').fill(' ');
    await section.getByRole('button', { name: 'Save the safety notices' }).click();
    await section.getByText('The safeguarding notice heading is empty.').waitFor();
    await panel.search('I think a child is being abused');
    await expect
      .poll(() => notice().getByRole('heading').textContent(), { timeout: 20_000 })
      .toBe('Possible safeguarding concern: a child or adult may be at risk');
  });
});
