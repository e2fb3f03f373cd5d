import type { Page } from 'playwright-core';
import type { DemoServer } from './demo-server';
import type { ExtensionBrowser } from './launch-extension';

export interface OpenDemo {
  /** The options page's message after the import, e.g. "Imported 817 services; 2 records skipped." */
  imported: string;
  record: Page;
  panel: Page;
}

/**
 * Sets the extension up as a user would: the local feed entered and imported on the settings page, the demo
 * record opened, and the real side panel opened beside it (the click is the user gesture Chrome requires).
 */
export async function openDemo(ext: ExtensionBrowser, server: DemoServer): Promise<OpenDemo> {
  const options = await ext.openExtensionPage('options.html');
  await options.getByLabel('Directory feed address').fill(server.feedUrl);
  await options.getByRole('button', { name: 'Save and import' }).click();
  const outcome = options.getByRole('status').filter({ hasNotText: 'Importing' });
  await outcome.waitFor({ timeout: 60_000 });
  const imported = (await outcome.textContent()) ?? '';

  const record = await ext.context.newPage();
  await record.goto(server.recordUrl);
  await options.bringToFront();
  await options.getByRole('button', { name: 'Open the Signpost panel' }).click();
  const panel = await ext.sidePanel();
  await options.close();
  await record.bringToFront();
  return { imported, record, panel };
}
