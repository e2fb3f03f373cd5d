import { importFeed, serveGeneratedFeed } from '../lib/bench-feed';
import { launchExtension } from '../lib/launch-extension';
const SIZE = Number(process.argv[2] ?? 10000);
const feed = await serveGeneratedFeed(SIZE);
const ext = await launchExtension({ headless: true });
const options = await ext.openExtensionPage('options.html');
console.log(await importFeed(options, feed.url));
await new Promise((r) => setTimeout(r, 2000));
for (let i = 0; i < 4; i++) {
  const panel = await ext.openExtensionPage('sidepanel.html?q=debt');
  await panel.waitForFunction(() => performance.getEntriesByName('signpost:first-results').length > 0, undefined, { timeout: 30000 });
  if (i >= 2) console.log(await panel.evaluate(() => [
      ...performance.getEntriesByType('resource').map((e) => `${e.name.split('/').pop()} ${e.startTime.toFixed(0)}-${(e as PerformanceResourceTiming).responseEnd.toFixed(0)}`),
      ...performance.getEntriesByType('mark').map((e) => `${e.name} ${e.startTime.toFixed(0)}`),
    ].join('\n')));
  await panel.close();
}
await ext.close();
await feed.close();
