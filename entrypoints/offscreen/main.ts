import { NORMALISE_FEED } from '@/utils/directory/normalise-elsewhere';

// Chrome's offscreen document for imports: each job from the background starts a worker and hands it the channel.
navigator.serviceWorker.addEventListener('message', (event) => {
  const [port] = event.ports;
  if (event.data?.type !== NORMALISE_FEED || !port) return;
  const worker = new Worker(new URL('./normalise-worker.ts', import.meta.url), { type: 'module' });
  worker.postMessage(event.data, [port]);
});
navigator.serviceWorker.startMessages();
