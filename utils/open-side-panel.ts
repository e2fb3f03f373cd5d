import { browser } from 'wxt/browser';

/** The parts of Chrome's side panel API Signpost uses; absent in Firefox, which has `sidebarAction` instead. */
interface ChromeSidePanel {
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
  open(options: { windowId: number }): Promise<void>;
}

interface FirefoxSidebarAction {
  open(): Promise<void>;
  toggle(): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
}

function firefoxSidebar(): FirefoxSidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
}

/** Toolbar button opens the panel (Chrome/Edge side panel, Firefox sidebar). */
export function setupSidePanelBehaviour(): void {
  const sidePanel = chromeSidePanel();
  if (sidePanel) {
    void sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return;
  }
  const sidebar = firefoxSidebar();
  if (sidebar) (browser.action ?? browser.browserAction).onClicked.addListener(() => void sidebar.toggle());
}

/** Opens the panel from an extension page; must run inside a user gesture (a click). */
export async function openSidePanel(): Promise<void> {
  const sidePanel = chromeSidePanel();
  if (sidePanel) {
    const current = await browser.windows.getCurrent();
    if (current.id !== undefined) await sidePanel.open({ windowId: current.id });
    return;
  }
  await firefoxSidebar()?.open();
}
