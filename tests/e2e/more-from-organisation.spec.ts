import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';
import { OptionsPage } from './pages/options-page';
import { SidePanelPage } from './pages/side-panel-page';

/** An organisation with many matching records on the real Bristol feed is folded under one card, opened by keyboard. */
describe('"N more from <organisation>" in the real side panel', () => {
  let h: Harness;
  let panel: SidePanelPage;

  beforeAll(async () => {
    h = await startHarness();
    await h.importDemoFeed();
    const options = new OptionsPage(await h.ext.openExtensionPage('options.html'));
    await options.openSidePanel();
    panel = new SidePanelPage(await h.ext.sidePanel());
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('folds the memory cafés of one organisation, and opens and closes them with the keyboard', async () => {
    // Alzheimer's Society runs many memory cafés in the feed: a dementia search folds most of them.
    await panel.search('dementia');
    const toggle = panel.page.getByRole('button', { name: /^\d+ more from Alzheimer/ });
    await expect.poll(() => toggle.count(), { timeout: 20_000 }).toBe(1);
    const folded = Number((await toggle.textContent())?.match(/^(\d+)/)?.[1]);
    expect(folded).toBeGreaterThan(1);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const list = panel.page.getByRole('list', { name: /^More from Alzheimer/, includeHidden: true });
    expect(await list.isHidden()).toBe(true);
    const before = (await panel.resultNames()).length;

    await toggle.focus();
    await panel.page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await list.isVisible()).toBe(true);
    const names = await list.getByRole('heading').allTextContents();
    expect(names).toHaveLength(folded);
    expect(names.every((name) => name.length > 0)).toBe(true);
    expect((await panel.resultNames()).length).toBe(before + folded);

    await panel.page.keyboard.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await list.isHidden()).toBe(true);
    expect((await panel.resultNames()).length).toBe(before);
  });
});
