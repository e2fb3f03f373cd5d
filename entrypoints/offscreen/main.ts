import { browser } from 'wxt/browser';
import { IMPORT_PORT, NORMALISE_FEED } from '@/utils/directory/normalise-elsewhere';

// Chrome's offscreen document for imports: each job from the background starts a worker and hands it the channel.
// If the background goes (the browser stopped it mid-import), its port disconnects and the worker is ended at once.
navigator.serviceWorker.addEventListener('message', (event) => {
  const [port] = event.ports;
  if (event.data?.type !== NORMALISE_FEED || !port) return;
  const worker = new Worker(new URL('./normalise-worker.ts', import.meta.url), { type: 'module' });
  const background = browser.runtime.connect({ name: IMPORT_PORT });
  background.onDisconnect.addListener(() => worker.terminate());
  worker.postMessage(event.data, [port]);
});
navigator.serviceWorker.startMessages();
