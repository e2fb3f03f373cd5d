import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server';
import { type ExtensionBrowser, type LaunchOptions, launchExtension } from '../../scripts/lib/launch-extension';
import { OptionsPage } from './pages/options-page';
import { SidePanelPage } from './pages/side-panel-page';

export interface Harness {
  server: DemoServer;
  ext: ExtensionBrowser;
  /** Points the extension at the demo feed through its options page; answers the outcome message. */
  importDemoFeed(url?: string): Promise<string>;
  /** The side panel page opened in a tab. */
  openPanelTab(): Promise<SidePanelPage>;
  close(): Promise<void>;
}

/** A demo server and a headless Chromium with the built extension, fresh for each test file. */
export async function startHarness(options: LaunchOptions & { server?: DemoServer } = {}): Promise<Harness> {
  const server = options.server ?? (await startDemoServer());
  const ext = await launchExtension({ headless: true, ...options });
  const harness: Harness = {
    server,
    ext,
    async importDemoFeed(url = server.feedUrl) {
      const page = await harness.ext.openExtensionPage('options.html');
      const message = await new OptionsPage(page).importFeed(url);
      await page.close();
      return message;
    },
    async openPanelTab() {
      return new SidePanelPage(await harness.ext.openExtensionPage('sidepanel.html'));
    },
    async close() {
      // A test may have restarted the browser: close the one in use now.
      await harness.ext.close();
      if (!options.server) await server.close();
    },
  };
  return harness;
}
