/**
 * `npm run screenshots`: pictures of the running extension for the README, taken from the real side panel beside
 * the demo clinical record (build first; `npm run screenshots` does).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { startDemoServer } from './lib/demo-server';
import { launchExtension } from './lib/launch-extension';
import { openDemo } from './lib/open-demo';

const OUT = 'docs';
const server = await startDemoServer();
const ext = await launchExtension({ headless: true, windowSize: { width: 1400, height: 860 } });
try {
  const { record, panel } = await openDemo(ext, server);
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
