import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * Calls `onChange` when the user may be looking at another record: another tab, a page that finished loading, another
 * window. No polling: between those moments the open record cannot have changed under the user's eyes.
 */
export function usePageChanges(onChange: () => void): void {
  useEffect(() => {
    const changed = () => onChange();
    const updated = (_id: number, info: { status?: string }) => {
      if (info.status === 'complete') onChange();
    };
    browser.tabs.onActivated.addListener(changed);
    browser.tabs.onUpdated.addListener(updated);
    browser.windows?.onFocusChanged.addListener(changed);
    return () => {
      browser.tabs.onActivated.removeListener(changed);
      browser.tabs.onUpdated.removeListener(updated);
      browser.windows?.onFocusChanged.removeListener(changed);
    };
  }, []);
}
