/**
 * `npm run screenshots`: pictures of the running extension for the README, taken from the real side panel beside
 * the demo clinical record (build first; `npm run screenshots` does).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { startDemoServer } from './lib/demo-server';
import { launchExtension } from './lib/launch-extension';

const OUT = 'docs';
const server = await startDemoServer();
const ext = await launchExtension({ headless: true, windowSize: { width: 1400, height: 860 } });
try {
  const options = await ext.openExtensionPage('options.html');
  await options.getByLabel('Directory feed address').fill(server.feedUrl);
  await options.getByRole('button', { name: 'Save and import' }).click();
  await options.getByText(/^Imported/).waitFor({ timeout: 60_000 });

  const record = await ext.context.newPage();
  await record.goto(server.recordUrl);
  await options.bringToFront();
  await options.getByRole('button', { name: 'Open the Signpost panel' }).click();
  const panel = await ext.sidePanel();
  await options.close();
  await record.bringToFront();

  await panel.getByRole('button', { name: 'Read patient from page' }).click();
  await panel.getByTestId('patient-status').filter({ hasText: 'NHS number' }).waitFor();
  await panel.getByRole('searchbox', { name: 'Search services' }).fill('lonely');
  await panel.getByTestId('result-count').filter({ hasText: 'match' }).waitFor();
  await mkdir(OUT, { recursive: true });
  const panelPng = await panel.screenshot();
  await writeFile(`${OUT}/side-panel.png`, panelPng);

  // The README picture: the demo clinical record with the real side panel beside it, as a user sees them.
  const panelSize = await panel.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
  await record.setViewportSize({ width: 900, height: panelSize.height });
  const recordPng = await record.screenshot();
  const canvas = await ext.context.newPage();
  await canvas.setViewportSize({ width: 900 + panelSize.width + 1, height: panelSize.height });
  await canvas.setContent(
    `<body style="margin:0;display:flex;background:#888">
       <img src="data:image/png;base64,${recordPng.toString('base64')}">
       <img style="margin-left:1px" src="data:image/png;base64,${panelPng.toString('base64')}">
     </body>`,
  );
  await writeFile(`${OUT}/screenshot.png`, await canvas.screenshot());
  console.log(`Wrote ${OUT}/screenshot.png and ${OUT}/side-panel.png`);
} finally {
  await ext.close();
  await server.close();
}
