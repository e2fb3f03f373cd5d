import { useEffect, useState } from 'preact/hooks';

/** Whether the browser thinks it has a network connection. */
export function useOnline(win: Window = window): boolean {
  const [online, setOnline] = useState(win.navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(win.navigator.onLine);
    win.addEventListener('online', update);
    win.addEventListener('offline', update);
    // The connection may have changed between the first render and these listeners.
    update();
    return () => {
      win.removeEventListener('online', update);
      win.removeEventListener('offline', update);
    };
  }, [win]);
  return online;
}
